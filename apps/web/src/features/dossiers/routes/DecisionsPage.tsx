import { Link } from 'react-router';
import { Card, Table, Tag } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useDecisions, type DecisionRow } from '../api/list-decisions';

export const DECISION_STATUS: Record<string, { text: string; color: string }> = {
  issued: { text: 'Có hiệu lực', color: 'green' },
  revoked: { text: 'Đã bị hủy bỏ', color: 'red' },
  corrected: { text: 'Đã đính chính', color: 'orange' },
};

/** Issued decisions, newest first. */
export default function DecisionsPage() {
  const list = useDecisions({ limit: 100, offset: 0 });
  return (
    <>
      <PageHeader title="Quyết định khen thưởng" subtitle="Quyết định đã ban hành, mới nhất trước." />
      <Card>
        <ErrorAlert error={list.error} />
        <Table<DecisionRow>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          size="small"
          columns={[
            { title: 'Số, ký hiệu', key: 'n', render: (_, d) => <Link to={paths.decision(d.id)}>{d.number}</Link> },
            { title: 'Ngày', key: 'd', render: (_, d) => fmtDate(d.date) },
            { title: 'Cơ quan ban hành', dataIndex: 'authority' },
            {
              title: 'Trạng thái',
              key: 's',
              render: (_, d) => <Tag color={DECISION_STATUS[d.status]?.color}>{DECISION_STATUS[d.status]?.text ?? d.status}</Tag>,
            },
          ]}
        />
      </Card>
    </>
  );
}
