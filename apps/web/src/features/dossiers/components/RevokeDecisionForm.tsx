import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useRevokeDecision } from '../api/revoke-decision';
import { REVOCATION_GROUND_LABEL, REVOCATION_GROUNDS, type RevocationGround } from './text';

interface Values {
  date: Dayjs;
  ground: RevocationGround;
  reason: string;
  signerName: string;
}

/**
 * "Thu hồi" (hủy bỏ quyết định khen thưởng, khoản 2 Điều 92 Luật Thi đua, khen thưởng 2022) for the leader:
 * a new revocation decision referencing this one; asks for confirmation, then opens the new decision.
 */
export function RevokeDecisionForm({ decisionId, decisionNumber }: { decisionId: string; decisionNumber: string }) {
  const { t, fmtDate } = useI18n();
  const [form] = Form.useForm<Values>();
  const { user } = useSession();
  const navigate = useNavigate();
  const revoke = useRevokeDecision();
  const [idemKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState<Values | null>(null);

  const confirm = () => {
    if (!pending) return;
    revoke.mutate(
      {
        id: decisionId,
        key: idemKey,
        body: { date: toIso(pending.date), ground: pending.ground, reason: pending.reason.trim(), signerName: pending.signerName.trim() },
      },
      {
        onSuccess: (dec) => {
          setPending(null);
          void navigate(paths.decision(dec.id));
        },
        onError: () => setPending(null),
      },
    );
  };

  return (
    <Card title={<h2 className="card-title">{t('dossiers.revoke.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('dossiers.revoke.intro', { number: decisionNumber })}</Typography.Paragraph>
      <ErrorAlert error={revoke.error} />
      <Form<Values>
        name="revoke-decision"
        form={form}
        layout="vertical"
        style={{ maxWidth: 820 }}
        initialValues={{ date: dayjs(), signerName: user.displayName.split(' – ')[0] }}
        onFinish={(v) => setPending(v)}
        disabled={revoke.isPending}
      >
        <Form.Item name="date" label={t('dossiers.revoke.date')} rules={[{ required: true, message: t('dossiers.form.dateRequired') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="ground" label={t('dossiers.revoke.ground')} rules={[{ required: true, message: t('dossiers.revoke.groundRequired') }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {REVOCATION_GROUNDS.map((g) => (
                <Radio key={g} value={g}>
                  {t('dossiers.revoke.groundOption', { point: g, ground: REVOCATION_GROUND_LABEL(t, g) })}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('dossiers.revoke.reason')} rules={[{ required: true, whitespace: true, message: t('dossiers.revoke.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="signerName" label={t('dossiers.form.signer')} rules={[{ required: true, whitespace: true, message: t('dossiers.form.signerRequired') }]}>
          <Input maxLength={200} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Button danger type="primary" htmlType="submit" loading={revoke.isPending}>
          {t('dossiers.revoke.submit')}
        </Button>
      </Form>
      <Modal
        open={pending !== null}
        title={t('dossiers.revoke.confirmTitle')}
        okText={t('dossiers.revoke.confirmOk')}
        cancelText={t('dossiers.no')}
        okButtonProps={{ danger: true, loading: revoke.isPending }}
        onOk={confirm}
        onCancel={() => setPending(null)}
      >
        {pending ? (
          <Space orientation="vertical">
            <Alert
              type="warning"
              showIcon
              title={t('dossiers.revoke.confirmWarning', { number: decisionNumber })}
            />
            <div>{t('dossiers.form.confirmDate', { date: fmtDate(toIso(pending.date)) })}</div>
            <div>{t('dossiers.revoke.confirmGround', { point: pending.ground, ground: REVOCATION_GROUND_LABEL(t, pending.ground) })}</div>
            <div>{t('dossiers.revoke.confirmReason', { reason: pending.reason })}</div>
          </Space>
        ) : null}
      </Modal>
    </Card>
  );
}
