import { Table } from 'antd';
import type { RoundView } from '../api/get-round';
import { useClusterText } from './text';

export function RankingTable({ rows }: { rows: RoundView['ranking'] }) {
  const { t, num } = useClusterText();
  return (
    <Table
      data-testid="cluster-ranking"
      size="small"
      rowKey={(r) => r.organisation.id}
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('clusters.ranking.rank'), dataIndex: 'rank', width: 70 },
        { title: t('clusters.round.member'), key: 'o', render: (_, r) => r.organisation.name },
        { title: t('clusters.ranking.total'), key: 's', render: (_, r) => num(r.score) },
        { title: t('clusters.ranking.mandatory'), key: 'm', render: (_, r) => num(r.mandatoryScore) },
        { title: t('clusters.ranking.bonusPenalty'), key: 'b', render: (_, r) => `+${num(r.bonus)} / −${num(r.penalty)}` },
        { title: t('clusters.ranking.selfScore'), key: 'self', render: (_, r) => num(r.selfScore) },
      ]}
    />
  );
}
