import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Radio, Skeleton, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useCastVote } from '../api/cast-vote';
import { useCloseCouncilSession } from '../api/close-council-session';
import { useCouncilSession } from '../api/get-council-session';
import { CHOICE_OPTIONS, WrittenVoteForm } from '../components/WrittenVoteForm';

type Choice = 'for' | 'against' | 'abstain';

/** A council session: members, agenda, the member's secret ballot, closing and the minutes. */
export default function CouncilSessionPage() {
  const { id } = useParams();
  const session = useCouncilSession(id);
  const vote = useCastVote();
  const close = useCloseCouncilSession();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  if (session.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (session.isError) return <NotFoundInline error={session.error} backTo={paths.dossiers} backLabel="Về danh sách hồ sơ" />;
  const s = session.data;
  const closed = s.status === 'closed';
  const complete = s.agenda.every((a) => choices[a.id]);
  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.dossiers}>← Về danh sách hồ sơ</Link>
      </nav>
      <PageHeader
        title={s.title}
        subtitle={`${s.councilName} · ${fmtDate(s.meetingDate)} · ${s.venue}`}
        extra={<Tag color={closed ? 'default' : 'blue'}>{closed ? 'Đã kết thúc, kết quả đã khóa' : 'Đang bỏ phiếu'}</Tag>}
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">Thành viên</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="Tổng số thành viên">{s.totalMembers}</Descriptions.Item>
            <Descriptions.Item label="Đã bỏ phiếu">{s.votedMembers}</Descriptions.Item>
            <Descriptions.Item label="Hình thức">{s.secret ? 'Bỏ phiếu kín' : 'Biểu quyết công khai'}</Descriptions.Item>
          </Descriptions>
          <Space wrap>
            {s.members.map((m) => (
              <Tag key={m.id} color={m.hasVoted ? 'green' : undefined}>
                {m.name}
                {m.present ? '' : ' (vắng, phiếu văn bản)'}
                {m.hasVoted ? ' ✓' : ''}
              </Tag>
            ))}
          </Space>
        </Card>
        <Card
          title={<h2 className="card-title">Chương trình và kết quả</h2>}
          extra={
            closed ? (
              <a href={`/api/v1/council-sessions/${s.id}/minutes.docx`}>
                <DownloadOutlined /> Biên bản (.docx)
              </a>
            ) : null
          }
        >
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="Tỷ lệ tán thành tính trên tổng số thành viên Hội đồng, không phải số có mặt (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP). Phiếu không gắn với người bỏ phiếu."
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.agenda}
            columns={[
              { title: 'Người được đề nghị', key: 'n', render: (_, a) => <Link to={paths.dossier(a.dossierId)}>{a.nominee}</Link> },
              { title: 'Hình thức', dataIndex: 'awardName' },
              { title: 'Ngưỡng', key: 't', render: (_, a) => `${a.comparison === 'more_than' ? 'trên' : 'từ'} ${a.thresholdPercent}%` },
              ...(closed
                ? [
                    {
                      title: 'Tán thành',
                      key: 'f',
                      render: (_: unknown, a: (typeof s.agenda)[number]) => `${a.votesFor}/${s.totalMembers}`,
                    },
                    {
                      title: 'Kết quả',
                      key: 'p',
                      render: (_: unknown, a: (typeof s.agenda)[number]) => (
                        <Tag color={a.passed ? 'green' : 'red'}>{a.passed ? 'Đạt' : 'Không đạt'}</Tag>
                      ),
                    },
                  ]
                : s.abilities.vote
                  ? [
                      {
                        title: 'Phiếu của tôi',
                        key: 'v',
                        render: (_: unknown, a: (typeof s.agenda)[number]) => (
                          <Radio.Group
                            aria-label={`Phiếu cho ${a.nominee}`}
                            value={choices[a.id]}
                            onChange={(e) => setChoices({ ...choices, [a.id]: e.target.value as Choice })}
                            options={CHOICE_OPTIONS}
                          />
                        ),
                      },
                    ]
                  : []),
            ]}
          />
          <ErrorAlert error={vote.error ?? close.error} />
          <Space style={{ marginTop: 12 }}>
            {s.abilities.vote ? (
              <Button
                type="primary"
                disabled={!complete}
                loading={vote.isPending}
                onClick={() => vote.mutate({ id: s.id, votes: s.agenda.map((a) => ({ itemId: a.id, choice: choices[a.id]! })) })}
              >
                Gửi phiếu bầu
              </Button>
            ) : null}
            {s.abilities.manage ? (
              <Button danger loading={close.isPending} onClick={() => close.mutate(s.id)}>
                Kết thúc phiên họp, kiểm phiếu
              </Button>
            ) : null}
          </Space>
        </Card>
        {s.abilities.manage && !closed ? <WrittenVoteForm session={s} /> : null}
      </Space>
    </>
  );
}
