import { Link, useNavigate } from 'react-router';
import { Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useInbox, type InboxEntry } from '../api/get-inbox';
import { useDossiers, type DossierView } from '../api/list-dossiers';
import { useCouncilSessions } from '../api/list-council-sessions';
import { Countdown } from '../components/Countdown';
import { ACTION_LABEL, STATUS_LABEL } from '../components/text';

function inboxLink(i: InboxEntry) {
  if (i.kind === 'council_session') return <Link to={paths.councilSession(i.id)}>{i.title}</Link>;
  if (i.kind === 'dossier') return <Link to={paths.dossier(i.id)}>{i.title}</Link>;
  return i.title;
}

/** The inbox ("việc cần xử lý") with countdowns, every dossier in scope, and the council sessions. */
export default function DossiersPage() {
  const inbox = useInbox();
  const list = useDossiers({ limit: 100, offset: 0 });
  const sessions = useCouncilSessions();
  const mayWrite = useCan('dossier.write');
  const mayManageCouncil = useCan('council.manage');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Hồ sơ đề nghị khen thưởng"
        subtitle="Việc cần xử lý theo vai trò, thời hạn tính theo ngày làm việc."
        extra={
          mayWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.dossierNew)}>
              Tạo hồ sơ
            </Button>
          ) : undefined
        }
      />
      <Tabs
        items={[
          {
            key: 'inbox',
            label: `Việc cần xử lý${inbox.data ? ` (${inbox.data.total})` : ''}`,
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
                    { title: 'Nội dung', key: 'title', render: (_, r) => inboxLink(r) },
                    {
                      title: 'Trạng thái',
                      key: 'status',
                      render: (_, r) => <Tag>{r.statusLabel ?? STATUS_LABEL[r.status] ?? r.status}</Tag>,
                    },
                    { title: 'Việc cần làm', key: 'action', render: (_, r) => ACTION_LABEL[r.action] ?? r.action },
                    {
                      title: 'Thời hạn',
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
            label: `Tất cả hồ sơ${list.data ? ` (${list.data.total})` : ''}`,
            children: (
              <Card>
                <ErrorAlert error={list.error} />
                <Table<DossierView>
                  rowKey="id"
                  loading={list.isPending}
                  dataSource={list.data?.items ?? []}
                  size="small"
                  columns={[
                    { title: 'Hồ sơ', key: 'title', render: (_, d) => <Link to={paths.dossier(d.id)}>{d.title}</Link> },
                    { title: 'Hình thức', dataIndex: 'awardName' },
                    { title: 'Đơn vị đề nghị', dataIndex: 'ownerOrgName' },
                    { title: 'Trạng thái', key: 'status', render: (_, d) => <Tag>{d.statusLabel}</Tag> },
                    {
                      title: 'Thời hạn',
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
            label: 'Phiên họp Hội đồng',
            children: (
              <Card
                extra={
                  mayManageCouncil ? (
                    <Button icon={<PlusOutlined />} onClick={() => void navigate(paths.councilSessionNew)}>
                      Lập phiên họp
                    </Button>
                  ) : undefined
                }
              >
                <ErrorAlert error={sessions.error} />
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {sessions.data && !sessions.data.items.length ? <span>Chưa có phiên họp nào.</span> : null}
                  {(sessions.data?.items ?? []).map((s) => (
                    <div key={s.id}>
                      <Link to={paths.councilSession(s.id)}>{s.title}</Link> · {fmtDate(s.meetingDate)}{' '}
                      <Tag color={s.status === 'open' ? 'blue' : 'default'}>{s.status === 'open' ? 'Đang họp' : 'Đã kết thúc'}</Tag>
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
