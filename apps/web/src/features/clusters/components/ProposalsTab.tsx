import { App, Button, Card, Space, Table, Tag } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { paths } from '@/lib/paths';
import type { ClusterDetailView } from '../api/get-cluster';
import { useYearOverview } from '../api/get-year-overview';
import { useCreateProposalDossier } from '../api/create-proposal-dossier';
import { useClusterText } from './text';

/** The proposals the ballot confirmed, the .docx minutes and letter, and turning a proposal into a dossier. */
export function ProposalsTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { t, num, award, proposalStatus } = useClusterText();
  const { message } = App.useApp();
  const o = useYearOverview(d.id, year);
  const make = useCreateProposalDossier();
  if (o.error) return <ErrorAlert error={o.error} />;
  const ps = o.data?.proposals ?? [];
  const base = `/api/v1/clusters/${d.id}/years/${year}`;
  return (
    <Card
      title={t('clusters.proposals.title', { year })}
      extra={
        ps.length ? (
          <Space>
            <a href={`${base}/minutes.docx`}>{t('clusters.proposals.minutes')}</a>
            <a href={`${base}/letter.docx`}>{t('clusters.proposals.letter')}</a>
          </Space>
        ) : null
      }
    >
      <Table
        data-testid="cluster-proposals"
        size="small"
        rowKey="id"
        loading={o.isPending}
        pagination={false}
        dataSource={ps}
        locale={{ emptyText: t('clusters.proposals.none') }}
        columns={[
          { title: t('clusters.proposals.organisation'), key: 'o', render: (_, p) => p.organisation.name },
          { title: t('clusters.proposals.award'), key: 'a', render: (_, p) => award(p.award) },
          { title: t('clusters.proposals.rank'), dataIndex: 'rank' },
          { title: t('clusters.proposals.score'), key: 's', render: (_, p) => num(p.score) },
          { title: t('clusters.proposals.votes'), dataIndex: 'votesFor' },
          { title: t('clusters.proposals.status'), key: 'st', render: (_, p) => <Tag>{proposalStatus(p.status)}</Tag> },
          {
            title: t('clusters.proposals.dossier'),
            key: 'd',
            render: (_, p) =>
              p.dossierId ? (
                <a href={paths.dossier(p.dossierId)}>{t('clusters.proposals.viewDossier')}</a>
              ) : (
                <Button size="small" loading={make.isPending} onClick={() => make.mutate({ id: d.id, year, proposalId: p.id }, { onSuccess: () => void message.success(t('clusters.proposals.made')), onError: (e) => void message.error(e.message) })}>
                  {t('clusters.proposals.makeDossier')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
