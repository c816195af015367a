import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useRevokeDecision } from '../api/revoke-decision';
import { REVOCATION_GROUND_LABEL } from './text';

interface Values {
  date: Dayjs;
  ground: 'a' | 'b' | 'c' | 'd';
  reason: string;
  signerName: string;
}

/**
 * "Thu hồi" (hủy bỏ quyết định khen thưởng, khoản 2 Điều 92 Luật Thi đua, khen thưởng 2022) for the leader:
 * a new revocation decision referencing this one; asks for confirmation, then opens the new decision.
 */
export function RevokeDecisionForm({ decisionId, decisionNumber }: { decisionId: string; decisionNumber: string }) {
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
    <Card title={<h2 className="card-title">Thu hồi (hủy bỏ) quyết định khen thưởng</h2>}>
      <Typography.Paragraph type="secondary">
        Ban hành quyết định hủy bỏ dẫn chiếu Quyết định số {decisionNumber}; các khen thưởng trong sổ chuyển sang “Đã hủy bỏ”, hiện vật và
        tiền thưởng phải thu hồi (khoản 2 Điều 92 Luật Thi đua, khen thưởng năm 2022).
      </Typography.Paragraph>
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
        <Form.Item name="date" label="Ngày ban hành quyết định hủy bỏ" rules={[{ required: true, message: 'Nhập ngày.' }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="ground" label="Căn cứ hủy bỏ (khoản 2 Điều 92)" rules={[{ required: true, message: 'Chọn căn cứ hủy bỏ.' }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {(Object.keys(REVOCATION_GROUND_LABEL) as Values['ground'][]).map((g) => (
                <Radio key={g} value={g}>
                  {`Điểm ${g}: ${REVOCATION_GROUND_LABEL[g]}`}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label="Lý do cụ thể" rules={[{ required: true, whitespace: true, message: 'Nêu lý do hủy bỏ.' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="signerName" label="Người ký" rules={[{ required: true, whitespace: true, message: 'Nhập họ tên người ký.' }]}>
          <Input maxLength={200} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Button danger type="primary" htmlType="submit" loading={revoke.isPending}>
          Thu hồi
        </Button>
      </Form>
      <Modal
        open={pending !== null}
        title="Xác nhận thu hồi khen thưởng"
        okText="Ban hành quyết định hủy bỏ"
        cancelText="Không"
        okButtonProps={{ danger: true, loading: revoke.isPending }}
        onOk={confirm}
        onCancel={() => setPending(null)}
      >
        {pending ? (
          <Space orientation="vertical">
            <Alert
              type="warning"
              showIcon
              title={`Hủy bỏ toàn bộ khen thưởng của Quyết định số ${decisionNumber}. Quyết định đã ban hành không sửa được.`}
            />
            <div>Ngày: {fmtDate(toIso(pending.date))}</div>
            <div>{`Căn cứ: điểm ${pending.ground} khoản 2 Điều 92 – ${REVOCATION_GROUND_LABEL[pending.ground]}`}</div>
            <div>Lý do: {pending.reason}</div>
          </Space>
        ) : null}
      </Modal>
    </Card>
  );
}
