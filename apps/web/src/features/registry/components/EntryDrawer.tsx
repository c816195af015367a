import { useEffect } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Form, Input, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useAwardName } from '@/components/award-select';
import { useI18n, type TKey } from '@/i18n';
import { useCan } from '@/lib/session';
import { useReissueRequests } from '../api/list-reissue-requests';
import { useReissueEntry } from '../api/reissue-entry';
import type { RegistryItem } from '../api/search-registry';
import { EntryCorrections } from './EntryCorrections';
import { isOpenRequest, ReissueRequests } from './ReissueRequests';

export const STATUS_COLOR = { valid: 'green', revoked: 'red', reissued: 'orange' } as const;

function ReissueForm({ entry, onDone }: { entry: RegistryItem; onDone: (e: RegistryItem) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ certificateCode: string; reason: string }>();
  const reissue = useReissueEntry();
  useEffect(() => form.resetFields(), [entry.id, form]);
  return (
    <>
      <Divider />
      <Typography.Title level={5}>{t('reg.reissue.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('reg.reissue.help')}</Typography.Paragraph>
      {reissue.error ? <ErrorAlert error={reissue.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="reissue"
        onFinish={(v) => reissue.mutate({ id: entry.id, certificateCode: v.certificateCode.trim(), reason: v.reason.trim() }, { onSuccess: onDone })}
      >
        <Form.Item name="certificateCode" label={t('reg.reissue.code')} rules={[{ required: true, whitespace: true, message: t('reg.reissue.required', { field: t('reg.reissue.code').toLowerCase() }) }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label={t('reg.reissue.reason')} rules={[{ required: true, whitespace: true, message: t('reg.reissue.required', { field: t('reg.reissue.reason').toLowerCase() }) }]}>
          <Input.TextArea maxLength={1000} rows={3} placeholder={t('reg.reissue.reasonPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={reissue.isPending}>
          {t('reg.reissue.submit')}
        </Button>
      </Form>
    </>
  );
}

/** One registry entry: who, which award, which decision, the organisation as it was, status, source. */
export function EntryDrawer({
  entry,
  notice,
  onClose,
  onOpen,
  onReissued,
}: {
  entry: RegistryItem | null;
  notice?: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
  onReissued: (e: RegistryItem) => void;
}) {
  const { t, fmtDate } = useI18n();
  const awardName = useAwardName();
  const canWrite = useCan('registry.write');
  const e = entry;
  const requests = useReissueRequests(e?.id);
  // A request under way is decided and issued in its own panel; the direct reissue is offered only without one.
  const requestOpen = (requests.data?.items ?? []).some(isOpenRequest);
  return (
    <Drawer open={e !== null} onClose={onClose} title={t('reg.entry.title')} width={560} destroyOnHidden>
      {e ? (
        <>
          {notice ? <Alert type="success" showIcon message={notice} style={{ marginBottom: 12 }} /> : null}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('reg.entry.name')}>{e.person?.fullName ?? e.subjectName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.kind')}>{t(`reg.kind.${e.subjectKind}`)}</Descriptions.Item>
            {e.person ? (
              <>
                <Descriptions.Item label={t('reg.entry.birthYear')}>{e.person.birthYear ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('reg.entry.gender')}>{e.person.gender ? t(`reg.gender.${e.person.gender}`) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('reg.entry.hometown')}>{e.person.hometown ?? '—'}</Descriptions.Item>
              </>
            ) : null}
            <Descriptions.Item label={t('reg.entry.award')}>{awardName(e.award)}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.type')}>{t(`award.type.${e.type}` as TKey)}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.year')}>{e.year ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.decision')}>{t('reg.entry.decisionValue', { number: e.decision.number ?? '—', date: fmtDate(e.decision.date) || '—' })}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.authority')}>{e.decision.authority ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.organisation')}>{e.organisation?.name ?? e.organisationText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.certificate')}>{e.certificateCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('reg.entry.status')}>
              <Tag color={STATUS_COLOR[e.status]}>{t(`reg.status.${e.status}`)}</Tag>
            </Descriptions.Item>
            {e.replacedById ? (
              <Descriptions.Item label={t('reg.entry.replacedBy')}>
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(e.replacedById!)}>
                  {t('reg.entry.openReplacement')}
                </Button>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('reg.entry.source')}>{t(`reg.source.${e.source}` as TKey)}</Descriptions.Item>
          </Descriptions>
          <EntryCorrections entryId={e.id} />
          <ReissueRequests entry={e} requests={requests} onOpen={onOpen} onIssued={onReissued} />
          {canWrite && e.status === 'valid' && !requestOpen && !requests.isPending ? <ReissueForm entry={e} onDone={onReissued} /> : null}
        </>
      ) : null}
    </Drawer>
  );
}
