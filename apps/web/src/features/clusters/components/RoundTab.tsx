import { useState } from 'react';
import { App, Button, Card, Collapse, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { ClusterDetailView } from '../api/get-cluster';
import { useRound, type RoundView } from '../api/get-round';
import { useYearOverview } from '../api/get-year-overview';
import { useOpenRound } from '../api/open-round';
import { useCloseRound } from '../api/close-round';
import { RankingTable } from './RankingTable';
import { ScoreHistoryCard } from './ScoreHistoryCard';
import { MemberScoreSheet, SecretariatScoreSheet, secretariatScores } from './ScoreSheet';
import { ScoringTableBuilder } from './ScoringTableBuilder';
import { DEFAULT_CRITERIA } from './scoring-table';
import { useClusterText } from './text';

/** The year's scoring round: the builder to open it, progress, the score sheets, ranking and history. */
export function RoundTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { t } = useClusterText();
  const { message } = App.useApp();
  const [view, setView] = useState<'raw' | 'normalised'>('raw');
  const q = useRound(d.id, year, view);
  const overview = useYearOverview(d.id, year);
  const open = useOpenRound();
  const close = useCloseRound();
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  if (q.isPending) return <Card loading />;
  if (!r)
    return (
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Card>
          <Empty description={t('clusters.round.none', { year })} />
        </Card>
        {d.abilities.manage ? (
          <>
            <ErrorAlert error={open.error} />
            <ScoringTableBuilder
              initial={DEFAULT_CRITERIA}
              submitting={open.isPending}
              onSubmit={(criteria) => open.mutate({ id: d.id, year, body: { criteria } }, { onSuccess: () => void message.success(t('clusters.round.opened')) })}
            />
          </>
        ) : null}
      </Space>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            {t('clusters.round.title', { year })}
            <Tag color={r.status === 'open' ? 'green' : 'default'}>{r.status === 'open' ? t('clusters.round.statusOpen') : t('clusters.round.statusClosed')}</Tag>
          </Space>
        }
        extra={
          r.abilities.manage && r.status === 'open' ? (
            <Button danger loading={close.isPending} onClick={() => close.mutate({ id: d.id, year }, { onSuccess: () => void message.success(t('clusters.round.closed')), onError: (e) => void message.error(e.message) })}>
              {t('clusters.round.close')}
            </Button>
          ) : null
        }
      >
        <Table
          data-testid="cluster-progress"
          size="small"
          rowKey={(p) => p.organisation.id}
          pagination={false}
          dataSource={r.progress}
          columns={[
            { title: t('clusters.round.member'), key: 'o', render: (_, p) => p.organisation.name },
            { title: t('clusters.round.self'), key: 's', render: (_, p) => (p.selfAssessed ? <Tag color="green">{t('clusters.round.submitted')}</Tag> : <Tag>{t('clusters.round.notSubmitted')}</Tag>) },
            { title: t('clusters.round.assessedOthers'), key: 'a', render: (_, p) => `${p.assessedOthers}/${p.othersToAssess}` },
          ]}
        />
        {r.secretariatProgress ? (
          <Typography.Paragraph data-testid="cluster-secretariat-progress" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('clusters.round.secretariatProgress', { assessed: r.secretariatProgress.assessed, total: r.secretariatProgress.toAssess })}
          </Typography.Paragraph>
        ) : null}
        <Collapse style={{ marginTop: 12 }} items={[{ key: 'c', label: t('clusters.round.criteria', { n: r.criteria.length }), children: <CriteriaTable criteria={r.criteria} /> }]} />
      </Card>
      {r.status === 'open' && r.abilities.participateAs.length ? <MemberScoreSheet d={d} year={year} r={r} leaderId={overview.data?.leader?.id ?? null} /> : null}
      {r.status === 'open' && r.abilities.manage && secretariatScores(d.settings.assessmentMode) ? <SecretariatScoreSheet d={d} year={year} r={r} /> : null}
      {r.ranking.length ? (
        <Card
          title={t('clusters.ranking.title')}
          extra={<Segmented value={view} onChange={(v) => setView(v as 'raw' | 'normalised')} options={[{ value: 'raw', label: t('clusters.ranking.raw') }, { value: 'normalised', label: t('clusters.ranking.normalised') }]} />}
        >
          <RankingTable rows={r.ranking} />
        </Card>
      ) : null}
      {r.abilities.manage ? <ScoreHistoryCard clusterId={d.id} year={year} /> : null}
    </Space>
  );
}

/** The fixed scoring table of an opened round, by group. */
function CriteriaTable({ criteria }: { criteria: RoundView['criteria'] }) {
  const { t, num, criterionKind } = useClusterText();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={criteria}
      columns={[
        { title: t('clusters.table.groupN', { group: '' }).trim(), dataIndex: 'group' },
        { title: t('clusters.table.code'), dataIndex: 'code' },
        { title: t('clusters.table.criterionTitle'), dataIndex: 'title' },
        { title: t('clusters.table.kind'), key: 'k', render: (_, c) => criterionKind(c.kind) },
        { title: t('clusters.table.max'), key: 'm', render: (_, c) => num(c.maxPoints) },
        { title: t('clusters.table.mandatory'), key: 'b', render: (_, c) => (c.mandatory ? '✓' : '') },
        { title: t('clusters.table.evidence'), key: 'e', render: (_, c) => (c.evidenceRequired ? '✓' : '') },
      ]}
    />
  );
}
