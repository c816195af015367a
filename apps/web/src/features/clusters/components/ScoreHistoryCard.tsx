import { useState } from 'react';
import { Button, Card, Select, Table } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { fmtDateTime } from '@/lib/dates';
import { useScoreHistory, type ScoreHistoryView } from '../api/get-score-history';
import { useClusterText } from './text';

type Event = ScoreHistoryView['items'][number];

/** Every score given in the round, newest first: who entered it, when, for whom, as what, and why. */
export function ScoreHistoryCard({ clusterId, year }: { clusterId: string; year: number }) {
  const { t, num, assessor } = useClusterText();
  const [shown, setShown] = useState(false);
  const [assessee, setAssessee] = useState<string | undefined>(undefined);
  const q = useScoreHistory(clusterId, year, shown);
  if (!shown)
    return (
      <Card>
        <Button onClick={() => setShown(true)}>{t('clusters.history.show')}</Button>
      </Card>
    );
  const items = [...(q.data?.items ?? [])].reverse();
  const assessees = [...new Map(items.map((e) => [e.assessee.id, e.assessee.name])).entries()];
  const rows = assessee ? items.filter((e) => e.assessee.id === assessee) : items;
  return (
    <Card
      title={<h2 className="card-title">{t('clusters.history.title')}</h2>}
      extra={<Select aria-label={t('clusters.history.filter')} placeholder={t('clusters.history.filter')} allowClear value={assessee} onChange={setAssessee} style={{ width: 220 }} options={assessees.map(([value, label]) => ({ value, label }))} />}
    >
      <ErrorAlert error={q.error} />
      <Table<Event>
        data-testid="score-history"
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('clusters.history.none') }}
        columns={[
          { title: t('clusters.history.at'), key: 'at', render: (_, e) => fmtDateTime(e.at), width: 170 },
          { title: t('clusters.history.actor'), key: 'u', render: (_, e) => e.actorUsername ?? '—' },
          { title: t('clusters.history.assessor'), key: 'a', render: (_, e) => `${assessor(e.assessorKind)}${e.assessor ? `: ${e.assessor.name}` : ''}` },
          { title: t('clusters.history.assessee'), key: 'o', render: (_, e) => e.assessee.name },
          { title: t('clusters.history.criterion'), dataIndex: 'criterionCode' },
          { title: t('clusters.history.points'), key: 'p', render: (_, e) => num(e.points) },
          { title: t('clusters.history.reason'), key: 'r', render: (_, e) => e.reason ?? '' },
        ]}
      />
    </Card>
  );
}
