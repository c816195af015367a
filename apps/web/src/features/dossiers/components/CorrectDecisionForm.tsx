import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCorrectDecision } from '../api/correct-decision';
import { CORRECTABLE_FIELDS, correctableEntries, currentValue, targetOf, type CorrectableEntry, type CorrectableField } from './correction-target';

interface Correction {
  location?: string;
  entryId?: string;
  field?: CorrectableField;
  wrong: string;
  right: string;
}
interface Values {
  date: Dayjs;
  corrections: Correction[];
  reason?: string;
  signerName: string;
}

const clean = (s: string | undefined) => (s ?? '').trim().normalize('NFC');

/**
 * "Đính chính" for the leader: a new correction decision that lists what was written wrongly and what it should
 * read; the decision it corrects stays as issued (issued decisions are immutable). A line may name the registry
 * entry and the field it changes (name, unit, achievement year): "Đã ghi" then takes what the entry reads now,
 * and the registry is corrected with the decision.
 */
export function CorrectDecisionForm({ decisionId, decisionNumber, entries = [] }: { decisionId: string; decisionNumber: string; entries?: readonly CorrectableEntry[] }) {
  const { t, fmtDate } = useI18n();
  const [form] = Form.useForm<Values>();
  const { user } = useSession();
  const navigate = useNavigate();
  const correct = useCorrectDecision();
  const [idemKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState<Values | null>(null);
  const targets = correctableEntries(entries);
  const entryLabel = (e: CorrectableEntry) => (e.year === null ? e.name : `${e.name} – ${e.year}`);
  // Picking both the entry and the field fills "Đã ghi" with what the entry reads now.
  const onTarget = (index: number) => {
    const line = form.getFieldValue(['corrections', index]) as Correction | undefined;
    const e = targets.find((x) => x.id === line?.entryId);
    if (e && line?.field) form.setFieldValue(['corrections', index, 'wrong'], currentValue(e, line.field));
  };

  const confirm = () => {
    if (!pending) return;
    const reason = clean(pending.reason);
    correct.mutate(
      {
        id: decisionId,
        key: idemKey,
        body: {
          date: toIso(pending.date),
          corrections: pending.corrections.map((c) => ({
            ...(clean(c.location) ? { location: clean(c.location) } : {}),
            ...targetOf(c),
            wrong: clean(c.wrong),
            right: clean(c.right),
          })),
          ...(reason ? { reason } : {}),
          signerName: clean(pending.signerName),
        },
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
    <Card title={<h2 className="card-title">{t('dossiers.correct.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('dossiers.correct.intro', { number: decisionNumber })}</Typography.Paragraph>
      <ErrorAlert error={correct.error} />
      <Form<Values>
        name="correct-decision"
        form={form}
        layout="vertical"
        style={{ maxWidth: 980 }}
        initialValues={{ date: dayjs(), signerName: user.displayName.split(' – ')[0], corrections: [{ location: '', wrong: '', right: '' }] }}
        onFinish={(v) => setPending(v)}
        disabled={correct.isPending}
      >
        <Form.Item name="date" label={t('dossiers.correct.date')} rules={[{ required: true, message: t('dossiers.form.dateRequired') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: 200 }} />
        </Form.Item>
        <Form.List name="corrections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'location']} label={i === 0 ? t('dossiers.correct.location') : undefined}>
                    <Input
                      aria-label={t('dossiers.correct.locationAria', { n: i + 1 })}
                      maxLength={300}
                      style={{ width: 220 }}
                      placeholder={t('dossiers.correct.locationPlaceholder')}
                    />
                  </Form.Item>
                  {targets.length > 0 ? (
                    <Form.Item name={[f.name, 'entryId']} label={i === 0 ? t('dossiers.correct.entry') : undefined}>
                      <Select
                        aria-label={t('dossiers.correct.entryAria', { n: i + 1 })}
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('dossiers.correct.entryPlaceholder')}
                        style={{ width: 240 }}
                        options={targets.map((e) => ({ value: e.id, label: entryLabel(e) }))}
                        onChange={() => onTarget(f.name)}
                      />
                    </Form.Item>
                  ) : null}
                  {targets.length > 0 ? (
                    <Form.Item
                      name={[f.name, 'field']}
                      label={i === 0 ? t('dossiers.correct.field') : undefined}
                      dependencies={[['corrections', f.name, 'entryId']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: (_, v) =>
                            Boolean(v) === Boolean(getFieldValue(['corrections', f.name, 'entryId'])) ? Promise.resolve() : Promise.reject(new Error(t('dossiers.correct.fieldPair'))),
                        }),
                      ]}
                    >
                      <Select
                        aria-label={t('dossiers.correct.fieldAria', { n: i + 1 })}
                        allowClear
                        placeholder={t('dossiers.correct.fieldPlaceholder')}
                        style={{ width: 160 }}
                        options={CORRECTABLE_FIELDS.map((x) => ({ value: x, label: t(`reg.corr.field.${x}`) }))}
                        onChange={() => onTarget(f.name)}
                      />
                    </Form.Item>
                  ) : null}
                  <Form.Item
                    name={[f.name, 'wrong']}
                    label={i === 0 ? t('dossiers.correct.wrong') : undefined}
                    rules={[{ required: true, whitespace: true, message: t('dossiers.correct.wrongRequired') }]}
                  >
                    <Input aria-label={t('dossiers.correct.wrongAria', { n: i + 1 })} maxLength={1000} style={{ width: 280 }} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'right']}
                    label={i === 0 ? t('dossiers.correct.right') : undefined}
                    rules={[{ required: true, whitespace: true, message: t('dossiers.correct.rightRequired') }]}
                  >
                    <Input aria-label={t('dossiers.correct.rightAria', { n: i + 1 })} maxLength={1000} style={{ width: 280 }} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('dossiers.correct.removeAria', { n: i + 1 })}
                      onClick={() => remove(f.name)}
                      style={{ marginTop: i === 0 ? 30 : 0 }}
                    />
                  ) : null}
                </Space>
              ))}
              {fields.length < 50 ? (
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({ location: '', wrong: '', right: '' })}>
                    {t('dossiers.correct.add')}
                  </Button>
                </Form.Item>
              ) : null}
            </>
          )}
        </Form.List>
        <Form.Item name="reason" label={t('dossiers.correct.reason')}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="signerName" label={t('dossiers.form.signer')} rules={[{ required: true, whitespace: true, message: t('dossiers.form.signerRequired') }]}>
          <Input maxLength={200} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={correct.isPending}>
          {t('dossiers.correct.submit')}
        </Button>
      </Form>
      <Modal
        open={pending !== null}
        title={t('dossiers.correct.confirmTitle')}
        okText={t('dossiers.correct.confirmOk')}
        cancelText={t('dossiers.no')}
        okButtonProps={{ loading: correct.isPending }}
        onOk={confirm}
        onCancel={() => setPending(null)}
      >
        {pending ? (
          <Space orientation="vertical">
            <Alert type="info" showIcon title={t('dossiers.correct.confirmInfo', { number: decisionNumber })} />
            <div>{t('dossiers.form.confirmDate', { date: fmtDate(toIso(pending.date)) })}</div>
            {pending.corrections.map((c, i) => (
              <div key={i}>
                {clean(c.location)
                  ? t('dossiers.correct.confirmLineAt', { location: clean(c.location), wrong: clean(c.wrong), right: clean(c.right) })
                  : t('dossiers.correct.confirmLine', { wrong: clean(c.wrong), right: clean(c.right) })}
                {c.entryId && c.field ? (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('dossiers.correct.confirmRegistry', { entry: entryLabel(targets.find((e) => e.id === c.entryId) ?? { id: '', name: '', year: null, organisationText: null, status: '' }), field: t(`reg.corr.field.${c.field}`) })}
                  </Typography.Text>
                ) : null}
              </div>
            ))}
          </Space>
        ) : null}
      </Modal>
    </Card>
  );
}
