import { useState } from 'react';
import { App, Button, Divider, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import { fmtDateTime } from '@/lib/dates';
import { useCan } from '@/lib/session';
import { useDecideReissue } from '../api/decide-reissue';
import { useIssueReissue } from '../api/issue-reissue';
import type { ReissueRequestView } from '../api/list-reissue-requests';
import { useRequestReissue } from '../api/request-reissue';
import { getRegistryEntry, type RegistryItem } from '../api/search-registry';

export const REQUEST_COLOR = { requested: 'gold', approved: 'blue', rejected: 'default', reissued: 'green' } as const;
/** A request still under way: while there is one, no other request (nor a direct reissue) is offered. */
export const isOpenRequest = (r: Pick<ReissueRequestView, 'status'>) => r.status === 'requested' || r.status === 'approved';

/**
 * Requests to reissue a lost or damaged medal or certificate, tracked against the entry: the unit
 * files one (cause, item, explanation); the board approves or rejects it, then issues the approved one
 * with the new certificate code (a new entry; this one becomes "reissued").
 */
export function ReissueRequests({
  entry,
  requests,
  onOpen,
  onIssued,
}: {
  entry: RegistryItem;
  requests: UseQueryResult<{ items: ReissueRequestView[] }>;
  onOpen: (id: string) => void;
  onIssued: (e: RegistryItem) => void;
}) {
  const { t } = useI18n();
  const mayRequest = useCan('registry.reissue.request');
  const mayDecide = useCan('registry.write');
  const [filing, setFiling] = useState(false);
  const items = requests.data?.items ?? [];
  const open = items.some(isOpenRequest);
  return (
    <section aria-labelledby="reissue-requests-title" data-testid="reissue-requests">
      <Divider />
      <Typography.Title level={5} id="reissue-requests-title">
        {t('reg.request.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reg.request.help')}</Typography.Paragraph>
      <ErrorAlert error={requests.error} />
      <List
        size="small"
        loading={requests.isPending}
        dataSource={items}
        locale={{ emptyText: t('reg.request.none') }}
        renderItem={(r) => (
          <List.Item data-testid={`reissue-request-${r.status}`}>
            <RequestItem r={r} mayDecide={mayDecide} onOpen={onOpen} onIssued={onIssued} />
          </List.Item>
        )}
      />
      {mayRequest && entry.status === 'valid' && !open && !requests.isPending ? (
        filing ? (
          <RequestForm entryId={entry.id} onDone={() => setFiling(false)} />
        ) : (
          <Button style={{ marginTop: 8 }} onClick={() => setFiling(true)}>
            {t('reg.request.open')}
          </Button>
        )
      ) : null}
    </section>
  );
}

function RequestItem({
  r,
  mayDecide,
  onOpen,
  onIssued,
}: {
  r: ReissueRequestView;
  mayDecide: boolean;
  onOpen: (id: string) => void;
  onIssued: (e: RegistryItem) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const decide = useDecideReissue();
  const issue = useIssueReissue();
  const [note, setNote] = useState('');
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const [opening, setOpening] = useState<unknown>(null);
  const act = (action: 'approve' | 'reject') =>
    decide.mutate(
      { id: r.id, action, body: note.trim() ? { note: note.trim().normalize('NFC') } : {} },
      { onSuccess: () => void message.success(t(action === 'approve' ? 'reg.request.approved' : 'reg.request.rejected')) },
    );
  const doIssue = () => {
    const c = code.trim();
    setCodeMissing(!c);
    if (!c) return;
    issue.mutate(
      { id: r.id, body: { certificateCode: c } },
      { onSuccess: (done) => (done.newEntryId ? getRegistryEntry(done.newEntryId).then(onIssued, setOpening) : undefined) },
    );
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap size={6}>
        <Tag color={REQUEST_COLOR[r.status]}>{t(`reg.request.status.${r.status}`)}</Tag>
        <Typography.Text strong>
          {t('reg.request.summary', { cause: t(`reg.request.cause.${r.cause}`), item: t(`reg.request.item.${r.item}`) })}
        </Typography.Text>
      </Space>
      <Typography.Text>{r.reason}</Typography.Text>
      <Typography.Text type="secondary">{t('reg.request.by', { user: r.requestedBy, date: fmtDateTime(r.createdAt) })}</Typography.Text>
      {r.decidedBy ? (
        <Typography.Text type="secondary">
          {t('reg.request.decidedBy', { user: r.decidedBy })}
          {r.decisionNote ? ` — ${r.decisionNote}` : ''}
        </Typography.Text>
      ) : null}
      {r.status === 'reissued' ? (
        <Space wrap>
          <Typography.Text>{t('reg.request.issuedCode', { code: r.certificateCode ?? '—' })}</Typography.Text>
          {r.newEntryId ? (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.newEntryId!)}>
              {t('reg.request.openNew')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      <ErrorAlert error={decide.error ?? issue.error ?? opening} />
      {mayDecide && r.status === 'requested' ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('reg.request.note')}
            placeholder={t('reg.request.notePlaceholder')}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Space>
            <Button
              type="primary"
              loading={decide.isPending && decide.variables?.action === 'approve'}
              disabled={decide.isPending}
              onClick={() => act('approve')}
            >
              {t('reg.request.approve')}
            </Button>
            <Button
              danger
              loading={decide.isPending && decide.variables?.action === 'reject'}
              disabled={decide.isPending}
              onClick={() => act('reject')}
            >
              {t('reg.request.reject')}
            </Button>
          </Space>
        </Space>
      ) : null}
      {mayDecide && r.status === 'approved' ? (
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('reg.request.code')}
            htmlFor={`reissue-code-${r.id}`}
            required
            validateStatus={codeMissing ? 'error' : undefined}
            help={codeMissing ? t('reg.request.codeRequired') : undefined}
          >
            <Input
              id={`reissue-code-${r.id}`}
              maxLength={100}
              autoComplete="off"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              onPressEnter={doIssue}
            />
          </Form.Item>
          <Button type="primary" loading={issue.isPending} onClick={doIssue}>
            {t('reg.request.issue')}
          </Button>
        </Form>
      ) : null}
    </Space>
  );
}

interface RequestValues {
  cause: 'lost' | 'damaged';
  item: 'certificate' | 'medal' | 'both';
  reason: string;
}

function RequestForm({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const send = useRequestReissue();
  return (
    <Form<RequestValues>
      layout="vertical"
      name="reissue-request"
      style={{ marginTop: 8 }}
      initialValues={{ cause: 'lost', item: 'certificate' }}
      disabled={send.isPending}
      onFinish={(v) =>
        send.mutate(
          { entryId, body: { cause: v.cause, item: v.item, reason: v.reason.trim().normalize('NFC') } },
          {
            onSuccess: () => {
              void message.success(t('reg.request.sent'));
              onDone();
            },
          },
        )
      }
    >
      <ErrorAlert error={send.error} />
      <Form.Item name="cause" label={t('reg.request.cause')}>
        <Radio.Group options={(['lost', 'damaged'] as const).map((c) => ({ value: c, label: t(`reg.request.cause.${c}`) }))} />
      </Form.Item>
      <Form.Item name="item" label={t('reg.request.item')}>
        <Radio.Group options={(['certificate', 'medal', 'both'] as const).map((i) => ({ value: i, label: t(`reg.request.item.${i}`) }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reg.request.reason')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('reg.request.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('reg.request.reasonPlaceholder')} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {t('reg.request.submit')}
        </Button>
        <Button onClick={onDone}>{t('reg.request.cancel')}</Button>
      </Space>
    </Form>
  );
}
