import { Link, useNavigate } from 'react-router';
import { Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useInbox, type InboxEntry } from '../api/get-inbox';
import { useDossiers, type DossierView } from '../api/list-dossiers';
import { useCouncilSessions } from '../api/list-council-sessions';
import { Countdown } from '../components/Countdown';
import { ACTION_LABEL, statusText } from '../components/text';

function inboxLink(i: InboxEntry) {
  if (i.kind === 'council_session') return <Link to={paths.councilSession(i.id)}>{i.title}</Link>;
  if (i.kind === 'dossier') return <Link to={paths.dossier(i.id)}>{i.title}</Link>;
  return i.title;
}

/** The inbox ("việc cần xử lý") with countdowns, every dossier in scope, and the council sessions. */
export default function DossiersPage() {
  const { t, locale, fmtDate, fmtNumber } = useI18n();
  const inbox = useInbox();
  const list = useDossiers({ limit: 100, offset: 0 });
  const sessions = useCouncilSessions();
  const mayWrite = useCan('dossier.write');
  const mayManageCouncil = useCan('council.manage');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('dossiers.list.title')}
        subtitle={t('dossiers.list.subtitle')}
        extra={
          mayWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.dossierNew)}>
              {t('dossiers.list.create')}
            </Button>
          ) : undefined
        }
      />
      <Tabs
        items={[
          {
            key: 'inbox',
            label: inbox.data ? t('dossiers.list.inboxCount', { n: fmtNumber(inbox.data.total) }) : t('dossiers.list.inbox'),
            children: (
              <Card>
                <ErrorAlert error={inbox.error} />
                <Table<InboxEntry>
                  rowKey={(r) => `${r.kind}:${r.id}`}
                  loading={inbox.isPending}
                  dataSource={inbox.data?.items ?? []}
                  pagination={false}
                  size="small"
                  columns={[
                    { title: t('dossiers.list.content'), key: 'title', render: (_, r) => inboxLink(r) },
                    {
                      title: t('dossiers.col.status'),
                      key: 'status',
                      render: (_, r) => <Tag>{statusText(t, locale, r.status, r.statusLabel)}</Tag>,
                    },
                    { title: t('dossiers.list.todo'), key: 'action', render: (_, r) => ACTION_LABEL(t, r.action) },
                    {
                      title: t('dossiers.col.due'),
                      key: 'due',
                      render: (_, r) => <Countdown due={r.due} left={r.workingDaysLeft} overdue={r.overdue} />,
                    },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: 'all',
            label: list.data ? t('dossiers.list.allCount', { n: fmtNumber(list.data.total) }) : t('dossiers.list.all'),
            children: (
              <Card>
                <ErrorAlert error={list.error} />
                <Table<DossierView>
                  rowKey="id"
                  loading={list.isPending}
                  dataSource={list.data?.items ?? []}
                  size="small"
                  columns={[
                    { title: t('dossiers.col.dossier'), key: 'title', render: (_, d) => <Link to={paths.dossier(d.id)}>{d.title}</Link> },
                    { title: t('dossiers.col.award'), dataIndex: 'awardName' },
                    { title: t('dossiers.col.ownerOrg'), dataIndex: 'ownerOrgName' },
                    { title: t('dossiers.col.status'), key: 'status', render: (_, d) => <Tag>{statusText(t, locale, d.status, d.statusLabel)}</Tag> },
                    {
                      title: t('dossiers.col.due'),
                      key: 'deadline',
                      render: (_, d) =>
                        d.deadline ? (
                          <Countdown due={d.deadline.due} left={d.deadline.workingDaysLeft} overdue={d.deadline.overdue} />
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: 'council',
            label: t('dossiers.list.council'),
            children: (
              <Card
                extra={
                  mayManageCouncil ? (
                    <Button icon={<PlusOutlined />} onClick={() => void navigate(paths.councilSessionNew)}>
                      {t('dossiers.list.newSession')}
                    </Button>
                  ) : undefined
                }
              >
                <ErrorAlert error={sessions.error} />
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {sessions.data && !sessions.data.items.length ? <span>{t('dossiers.list.noSessions')}</span> : null}
                  {(sessions.data?.items ?? []).map((s) => (
                    <div key={s.id}>
                      <Link to={paths.councilSession(s.id)}>{s.title}</Link> · {fmtDate(s.meetingDate)}{' '}
                      <Tag color={s.status === 'open' ? 'blue' : 'default'}>{s.status === 'open' ? t('dossiers.list.sessionOpen') : t('dossiers.list.sessionClosed')}</Tag>
                    </div>
                  ))}
                </Space>
              </Card>
            ),
          },
        ]}
      />
    </>
  );
}
