import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { fmtDateTime } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useMovementQueue, type QueueItemView } from '../api/list-queue';
import { useTransitionRegistration } from '../api/transition-registration';
import { useAwardName } from '@/components/award-select';
import { ReturnDialog } from '../components/ReturnDialog';

const PAGE = 50;

/**
 * "Đăng ký chờ duyệt": the registrations waiting for the caller's level across movements (the level directly
 * above each registering unit), oldest first, approved or returned (with a reason) from here.
 */
export default function MovementQueuePage() {
  const { t } = useI18n();
  const awardName = useAwardName();
  const [page, setPage] = useState(1);
  const q = useMovementQueue({ limit: PAGE, offset: (page - 1) * PAGE });
  const act = useTransitionRegistration();
  const [returning, setReturning] = useState<QueueItemView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const who = (r: QueueItemView) => r.personName ?? r.organisation.name;
  const run = (r: QueueItemView, action: 'approve' | 'return', note?: string) => {
    setDone(null);
    act.mutate(
      { movementId: r.movement.id, id: r.id, action, ...(note ? { note } : {}) },
      {
        onSuccess: () => {
          setReturning(null);
          setDone(t(action === 'approve' ? 'movements.queue.approved' : 'movements.queue.returned', { name: who(r) }));
        },
      },
    );
  };
  const levels = q.data?.levels ?? [];
  return (
    <>
      <nav aria-label={t('movements.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.movements}>{t('movements.backToList')}</Link>
      </nav>
      <PageHeader title={t('movements.queue.title')} subtitle={t('movements.queue.subtitle')} />
      <Card>
        {q.data ? (
          <Typography.Paragraph>
            {levels.length ? t('movements.queue.levels', { levels: levels.map((l) => l.name).join('; ') }) : t('movements.queue.noLevel')}
            {' · '}
            {t('movements.queue.count', { count: q.data.total })}
          </Typography.Paragraph>
        ) : null}
        <div role="status" aria-live="polite">
          {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title={done} /> : null}
        </div>
        <ErrorAlert error={q.error ?? act.error} />
        <Table<QueueItemView>
          rowKey="id"
          size="small"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('movements.queue.empty') }}
          columns={[
            { title: t('movements.queue.movement'), key: 'movement', render: (_, r) => <Link to={paths.movement(r.movement.id)}>{r.movement.title}</Link> },
            { title: t('movements.reg.unit'), key: 'org', render: (_, r) => r.organisation.name },
            { title: t('movements.reg.person'), key: 'person', render: (_, r) => r.personName ?? <Typography.Text type="secondary">{t('movements.reg.collective')}</Typography.Text> },
            { title: t('movements.reg.titles'), key: 'titles', render: (_, r) => r.titles.map((c) => awardName(c)).join('; ') },
            { title: t('movements.queue.submittedAt'), key: 'at', render: (_, r) => fmtDateTime(r.submittedAt) },
            { title: t('movements.reg.level'), key: 'level', render: (_, r) => r.reviewOrganisation?.name ?? '—' },
            { title: t('movements.reg.note'), key: 'note', render: (_, r) => r.note ?? '' },
            {
              title: t('movements.reg.actions'),
              key: 'actions',
              render: (_, r) => (
                <Space>
                  {r.abilities.approve ? (
                    <Button size="small" type="primary" loading={act.isPending && act.variables?.id === r.id && act.variables.action === 'approve'} aria-label={t('movements.reg.approveAria', { name: who(r) })} onClick={() => run(r, 'approve')}>
                      {t('movements.reg.approve')}
                    </Button>
                  ) : null}
                  {r.abilities.return ? (
                    <Button size="small" aria-label={t('movements.reg.returnAria', { name: who(r) })} onClick={() => setReturning(r)}>
                      {t('movements.reg.return')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ReturnDialog
        open={returning !== null}
        summary={returning ? `${returning.movement.title} — ${who(returning)}: ${returning.titles.map((c) => awardName(c)).join('; ')}` : ''}
        pending={act.isPending}
        onReturn={(why) => returning && run(returning, 'return', why)}
        onCancel={() => setReturning(null)}
      />
    </>
  );
}
