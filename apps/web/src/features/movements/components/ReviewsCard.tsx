import { Button, Card, DatePicker, Form, Input, List, Radio, Space, Typography } from 'antd';
import { MOVEMENT_DOCUMENT_KINDS, movementDocumentKindAllowed } from '@thidua/domain/clusters/movement';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { useT } from '@/i18n';
import { useCan } from '@/lib/session';
import type { MovementDetailView } from '../api/get-movement';
import { useAddMovementReview } from '../api/add-review';
import { DocumentUpload } from './DocumentUpload';
import { DocumentsTable } from './DocumentsTable';
import { REVIEW_KIND } from './text';

/** What a review's files may be: the domain rule the server applies. */
const kindsFor = (on: 'interim' | 'final') => MOVEMENT_DOCUMENT_KINDS.filter((k) => movementDocumentKindAllowed(k, on));

interface Values {
  kind?: 'interim' | 'final';
  heldOn?: Dayjs | null;
  report?: string;
}

/** Interim and final reviews (sơ kết, tổng kết) of the movement with their report files, and the form to record one. */
export function ReviewsCard({ movement }: { movement: MovementDetailView }) {
  const t = useT();
  const reviewKind = REVIEW_KIND(t);
  const mayManage = useCan('movement.manage');
  const add = useAddMovementReview();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) =>
    add.mutate(
      { movementId: movement.id, body: { kind: v.kind ?? 'interim', heldOn: toIso(v.heldOn ?? dayjs()), ...(v.report?.trim() ? { report: v.report.trim().normalize('NFC') } : {}) } },
      { onSuccess: () => form.resetFields(['report']) },
    );
  return (
    <Card title={<h2 className="card-title">{t('movements.reviews.title')}</h2>}>
      <List
        dataSource={movement.reviews}
        locale={{ emptyText: t('movements.reviews.empty') }}
        renderItem={(r) => (
          <List.Item>
            {/* Keyed children: antd's Space keys unkeyed items by their index among the rendered ones, so the
                upload form (and its "uploaded" notice) would remount when the first file appears above it. */}
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text key="heading" strong>
                {r.organisation
                  ? t('movements.reviews.headingOrg', { kind: reviewKind[r.kind], date: fmtDate(r.heldOn), organisation: r.organisation.name })
                  : t('movements.reviews.heading', { kind: reviewKind[r.kind], date: fmtDate(r.heldOn) })}
              </Typography.Text>
              {r.report ? <Typography.Paragraph key="report" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.report}</Typography.Paragraph> : null}
              {r.files.length ? (
                <div key="files">
                  <Typography.Text type="secondary">{t('movements.docs.reviewFiles')}</Typography.Text>
                  <DocumentsTable movementId={movement.id} files={r.files} />
                </div>
              ) : null}
              {r.abilities.upload ? (
                <DocumentUpload
                  key="upload"
                  movementId={movement.id}
                  reviewId={r.id}
                  kinds={kindsFor(r.kind)}
                  kindLabel={t('movements.docs.reviewKind', { review: t(`movements.review.${r.kind}`), date: fmtDate(r.heldOn) })}
                  buttonLabel={t('movements.docs.reviewUpload', { review: t(`movements.review.${r.kind}`), date: fmtDate(r.heldOn) })}
                />
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {mayManage ? (
        <>
          <ErrorAlert error={add.error} />
          <Form<Values> name="movement-review" form={form} layout="vertical" style={{ maxWidth: 820, marginTop: 12 }} initialValues={{ kind: 'interim', heldOn: dayjs() }} onFinish={onFinish} disabled={add.isPending}>
            <Space wrap size="large">
              <Form.Item name="kind" label={t('movements.reviews.kind')}>
                <Radio.Group options={[{ value: 'interim', label: reviewKind.interim }, { value: 'final', label: reviewKind.final }]} />
              </Form.Item>
              <Form.Item name="heldOn" label={t('movements.reviews.heldOn')} rules={[{ required: true, message: t('movements.reviews.heldOnRequired') }]}>
                <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
              </Form.Item>
            </Space>
            <Form.Item name="report" label={t('movements.reviews.report')}>
              <Input.TextArea rows={4} maxLength={50000} />
            </Form.Item>
            <Button htmlType="submit" loading={add.isPending}>
              {t('movements.reviews.submit')}
            </Button>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
