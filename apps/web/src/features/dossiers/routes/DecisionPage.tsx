import { Link, useParams } from 'react-router';
import { Card, Descriptions, Skeleton, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDecision } from '../api/get-decision';
import { DECISION_STATUS } from './DecisionsPage';
import { CorrectDecisionForm } from '../components/CorrectDecisionForm';
import { RevokeDecisionForm } from '../components/RevokeDecisionForm';

const ENTRY_STATUS: Record<string, { text: string; color: string }> = {
  valid: { text: 'Còn hiệu lực', color: 'green' },
  revoked: { text: 'Đã hủy bỏ', color: 'red' },
  reissued: { text: 'Đã cấp lại', color: 'orange' },
};

/** One decision: its awards in the registry with their verification codes, and the downloads. */
export default function DecisionPage() {
  const { id } = useParams();
  const decision = useDecision(id);
  const mayRevoke = useCan('decision.issue');
  if (decision.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (decision.isError) return <NotFoundInline error={decision.error} backTo={paths.decisions} backLabel="Về danh sách quyết định" />;
  const d = decision.data;
  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.decisions}>← Về danh sách quyết định</Link>
      </nav>
      <PageHeader
        title={`Quyết định số ${d.number}`}
        subtitle={d.summary}
        extra={
          <Space>
            <a href={`/api/v1/decisions/${d.id}/document.docx`}>
              <DownloadOutlined /> Quyết định (.docx)
            </a>
            {d.kind === 'award' ? (
              <a href={`/api/v1/decisions/${d.id}/certificates.pdf`}>
                <DownloadOutlined /> Bằng khen (.pdf)
              </a>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="Ngày ban hành">{fmtDate(d.date)}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan ban hành">{d.authority}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">
              <Tag color={DECISION_STATUS[d.status]?.color}>{DECISION_STATUS[d.status]?.text}</Tag>
            </Descriptions.Item>
            {d.referencesId ? (
              <Descriptions.Item label={d.kind === 'correction' ? 'Đính chính quyết định' : 'Hủy bỏ quyết định'}>
                <Link to={paths.decision(d.referencesId)}>
                  {d.kind === 'correction' ? 'Xem quyết định được đính chính' : 'Xem quyết định bị hủy bỏ'}
                </Link>
              </Descriptions.Item>
            ) : null}
            {d.revokedBy.length ? (
              <Descriptions.Item label="Bị hủy bỏ bởi">
                {d.revokedBy.map((r) => (
                  <Link key={r.id} to={paths.decision(r.id)}>
                    {r.number} ({fmtDate(r.date)})
                  </Link>
                ))}
              </Descriptions.Item>
            ) : null}
            {d.correctedBy.length ? (
              <Descriptions.Item label="Được đính chính bởi">
                <Space wrap>
                  {d.correctedBy.map((r) => (
                    <Link key={r.id} to={paths.decision(r.id)}>
                      {r.number} ({fmtDate(r.date)})
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
            ) : null}
            {d.reason ? <Descriptions.Item label="Lý do">{d.reason}</Descriptions.Item> : null}
          </Descriptions>
        </Card>
        {d.kind === 'award' ? (
          <Card title={<h2 className="card-title">Khen thưởng trong sổ ({d.entries.length})</h2>}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.entries}
              columns={[
                { title: 'Họ và tên / tập thể', dataIndex: 'name' },
                {
                  title: 'Mã xác minh',
                  key: 'c',
                  render: (_, e) =>
                    e.certificateCode ? (
                      <a href={`/verify/${encodeURIComponent(e.certificateCode)}`} target="_blank" rel="noreferrer">
                        {e.certificateCode}
                      </a>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: 'Trạng thái',
                  key: 's',
                  render: (_, e) => <Tag color={ENTRY_STATUS[e.status]?.color}>{ENTRY_STATUS[e.status]?.text ?? e.status}</Tag>,
                },
              ]}
            />
          </Card>
        ) : null}
        {mayRevoke && d.kind === 'award' && d.status !== 'revoked' ? (
          <>
            <CorrectDecisionForm decisionId={d.id} decisionNumber={d.number} />
            <RevokeDecisionForm decisionId={d.id} decisionNumber={d.number} />
          </>
        ) : null}
      </Space>
    </>
  );
}
