import { Link, useNavigate } from 'react-router';
import { Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
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
import { awardText, inboxText, statusText } from '../components/text';

/** An entry's title, linked to its dossier or session (a deadline notice to its dossier). */
function inboxLink(i: InboxEntry, title: string) {
  if (i.kind === 'council_session') return <Link to={paths.councilSession(i.id)}>{title}</Link>;
  if (i.kind === 'dossier') return <Link to={paths.dossier(i.id)}>{title}</Link>;
  if (i.notice) return <Link to={paths.dossier(i.notice.params.dossierId)}>{title}</Link>;
  return title;
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
                    {
                      title: t('dossiers.list.content'),
                      key: 'title',
                      render: (_, r) => {
                        const x = inboxText(t, fmtDate, r);
                        return (
                          <Space orientation="vertical" size={0}>
                            {inboxLink(r, x.title)}
                            <Typography.Text type="secondary">{x.kind}</Typography.Text>
                          </Space>
                        );
                      },
                    },
                    { title: t('dossiers.col.status'), key: 'status', render: (_, r) => <Tag>{inboxText(t, fmtDate, r).status}</Tag> },
                    { title: t('dossiers.list.todo'), key: 'action', render: (_, r) => inboxText(t, fmtDate, r).action },
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
                    { title: t('dossiers.col.award'), key: 'award', render: (_, d) => awardText(locale, d.award, d.awardName) },
                    { title: t('dossiers.col.ownerOrg'), dataIndex: 'ownerOrgName' },
                    { title: t('dossiers.col.status'), key: 'status', render: (_, d) => <Tag>{statusText(t, d.status, d.statusLabel)}</Tag> },
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
