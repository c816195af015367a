import { Button, Card, DatePicker, Form, Input, List, Radio, Space, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { useCan } from '@/lib/session';
import type { MovementDetailView } from '../api/get-movement';
import { useAddMovementReview } from '../api/add-review';
import { REVIEW_KIND } from './text';

interface Values {
  kind?: 'interim' | 'final';
  heldOn?: Dayjs | null;
  report?: string;
}

/** Interim and final reviews (sơ kết, tổng kết) of the movement, and the form to record one. */
export function ReviewsCard({ movement }: { movement: MovementDetailView }) {
  const mayManage = useCan('movement.manage');
  const add = useAddMovementReview();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) =>
    add.mutate(
      { movementId: movement.id, body: { kind: v.kind ?? 'interim', heldOn: toIso(v.heldOn ?? dayjs()), ...(v.report?.trim() ? { report: v.report.trim().normalize('NFC') } : {}) } },
      { onSuccess: () => form.resetFields(['report']) },
    );
  return (
    <Card title={<h2 className="card-title">Sơ kết, tổng kết</h2>}>
      <List
        dataSource={movement.reviews}
        locale={{ emptyText: 'Chưa sơ kết, tổng kết.' }}
        renderItem={(r) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>{`${REVIEW_KIND[r.kind]} ngày ${fmtDate(r.heldOn)}${r.organisation ? ` – ${r.organisation.name}` : ''}`}</Typography.Text>
              {r.report ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.report}</Typography.Paragraph> : null}
            </Space>
          </List.Item>
        )}
      />
      {mayManage ? (
        <>
          <ErrorAlert error={add.error} />
          <Form<Values> name="movement-review" form={form} layout="vertical" style={{ maxWidth: 820, marginTop: 12 }} initialValues={{ kind: 'interim', heldOn: dayjs() }} onFinish={onFinish} disabled={add.isPending}>
            <Space wrap size="large">
              <Form.Item name="kind" label="Loại">
                <Radio.Group options={[{ value: 'interim', label: REVIEW_KIND.interim }, { value: 'final', label: REVIEW_KIND.final }]} />
              </Form.Item>
              <Form.Item name="heldOn" label="Ngày tổ chức" rules={[{ required: true, message: 'Nhập ngày.' }]}>
                <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
              </Form.Item>
            </Space>
            <Form.Item name="report" label="Báo cáo sơ kết, tổng kết">
              <Input.TextArea rows={4} maxLength={50000} />
            </Form.Item>
            <Button htmlType="submit" loading={add.isPending}>
              Ghi nhận sơ kết, tổng kết
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
