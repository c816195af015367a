import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useClusters, type ClusterListView } from '../api/list-clusters';
import { CreateClusterModal } from '../components/CreateClusterForm';

/** Every cluster and block (cụm, khối thi đua) with the council that organises it. */
export default function ClustersPage() {
  const { t } = useI18n();
  const q = useClusters();
  const mayCreate = useCan('cluster.manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('clusters.list.title')}
        subtitle={t('clusters.list.subtitle')}
        extra={
          mayCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('clusters.create.open')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ErrorAlert error={q.error} />
        <Table<ClusterListView['items'][number]>
          data-testid="clusters-table"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('clusters.list.name'), key: 'name', render: (_, r) => <Link to={paths.cluster(r.id)}>{r.name}</Link> },
            { title: t('clusters.list.organiser'), key: 'organiser', render: (_, r) => r.organiser.name },
          ]}
        />
      </Card>
      {mayCreate ? <CreateClusterModal open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
