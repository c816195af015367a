import { Link } from 'react-router';
import { Card, Table } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/lib/paths';
import { useClusters, type ClusterListView } from '../api/list-clusters';

/** Every cluster and block (cụm, khối thi đua) with the council that organises it. */
export default function ClustersPage() {
  const q = useClusters();
  return (
    <>
      <PageHeader title="Cụm, khối thi đua" subtitle="Thành viên theo năm, cụm trưởng, giao ước, chấm điểm, bỏ phiếu suy tôn và đề nghị khen thưởng." />
      <Card>
        <ErrorAlert error={q.error} />
        <Table<ClusterListView['items'][number]>
          data-testid="clusters-table"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          pagination={false}
          columns={[
            { title: 'Tên cụm, khối', key: 'name', render: (_, r) => <Link to={paths.cluster(r.id)}>{r.name}</Link> },
            { title: 'Cơ quan tổ chức', key: 'organiser', render: (_, r) => r.organiser.name },
          ]}
        />
      </Card>
    </>
  );
}
