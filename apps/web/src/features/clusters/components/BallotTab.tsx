import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { ClusterDetailView } from '../api/get-cluster';
import { useBallot } from '../api/get-ballot';
import { useRound } from '../api/get-round';
import { useOpenBallot } from '../api/open-ballot';
import { useCastClusterVote } from '../api/cast-vote';
import { useCloseBallot } from '../api/close-ballot';
import { useClusterText } from './text';

/** The honouring ballot (suy tôn): opening, each member's secret paper, the count. */
export function BallotTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { t, award } = useClusterText();
  const { message } = App.useApp();
  const q = useBallot(d.id, year);
  const round = useRound(d.id, year);
  const open = useOpenBallot();
  const close = useCloseBallot();
  const vote = useCastClusterVote();
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const participate = round.data?.abilities.participateAs ?? [];
  const [as, setAs] = useState<string | undefined>(undefined);
  const voter = as ?? participate[0];
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.isPending) return <Card loading />;
  const b = q.data;
  if (!b)
    return (
      <Card>
        <Empty description={t('clusters.ballot.none')}>
          {d.abilities.manage && round.data?.status === 'closed' ? (
            <Button type="primary" loading={open.isPending} onClick={() => open.mutate({ id: d.id, year }, { onSuccess: () => void message.success(t('clusters.ballot.opened')), onError: (e) => void message.error(e.message) })}>
              {t('clusters.ballot.open')}
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  const canVote = b.status === 'open' && voter && !b.votedAs.includes(voter);
  return (
    <Card
      title={
        <Space>
          {t('clusters.ballot.title', { year })}
          <Tag color={b.status === 'open' ? 'green' : 'default'}>{b.status === 'open' ? t('clusters.ballot.statusOpen') : t('clusters.ballot.statusClosed')}</Tag>
          <Typography.Text type="secondary">{t('clusters.ballot.voted', { voted: b.voted, members: b.members })}</Typography.Text>
        </Space>
      }
      extra={
        d.abilities.manage && b.status === 'open' ? (
          <Button danger loading={close.isPending} onClick={() => close.mutate({ id: d.id, year }, { onSuccess: () => void message.success(t('clusters.ballot.closed')), onError: (e) => void message.error(e.message) })}>
            {t('clusters.ballot.close')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        {t('clusters.ballot.help', { comparison: b.threshold.comparison === 'more_than' ? t('clusters.ballot.moreThan') : t('clusters.ballot.atLeast'), percent: b.threshold.percent })}
      </Typography.Paragraph>
      {participate.length > 1 ? <Select aria-label={t('clusters.ballot.voteAs')} value={voter} onChange={setAs} style={{ width: 220, marginBottom: 12 }} options={participate.map((m) => ({ value: m, label: round.data?.progress.find((p) => p.organisation.id === m)?.organisation.name ?? m }))} /> : null}
      <Table
        data-testid="ballot-nominees"
        size="small"
        rowKey={(n) => n.organisation.id}
        pagination={false}
        dataSource={b.nominees}
        columns={[
          { title: t('clusters.ranking.rank'), dataIndex: 'rank', width: 70 },
          { title: t('clusters.ballot.nominee'), key: 'o', render: (_, n) => n.organisation.name },
          { title: t('clusters.ballot.award'), key: 'a', render: (_, n) => award(n.award) },
          {
            title: t('clusters.ballot.yourVote'),
            key: 'v',
            render: (_, n) =>
              canVote && n.organisation.id !== voter ? (
                <Radio.Group aria-label={t('clusters.ballot.voteFor', { name: n.organisation.name })} value={choices[n.organisation.id]} onChange={(e) => setChoices((c) => ({ ...c, [n.organisation.id]: e.target.value as boolean }))}>
                  <Radio value={true}>{t('clusters.ballot.approve')}</Radio>
                  <Radio value={false}>{t('clusters.ballot.reject')}</Radio>
                </Radio.Group>
              ) : n.organisation.id === voter ? (
                <Typography.Text type="secondary">{t('clusters.ballot.notSelf')}</Typography.Text>
              ) : null,
          },
          ...(b.result
            ? [{ title: t('clusters.ballot.result'), key: 'r', render: (_: unknown, n: (typeof b.nominees)[number]) => {
                const x = b.result!.find((y) => y.organisation.id === n.organisation.id);
                return x ? <Tag color={x.passed ? 'green' : 'red'}>{`${x.votesFor}/${x.denominator} ${x.passed ? t('clusters.ballot.passed') : t('clusters.ballot.failed')}`}</Tag> : null;
              } }]
            : []),
        ]}
      />
      {canVote ? (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={vote.isPending}
          onClick={() => {
            const cs = b.nominees.filter((n) => n.organisation.id !== voter && choices[n.organisation.id] !== undefined).map((n) => ({ nomineeId: n.organisation.id, approve: choices[n.organisation.id]! }));
            if (!cs.length) return void message.warning(t('clusters.ballot.noChoice'));
            vote.mutate({ id: d.id, year, voterOrgId: voter!, choices: cs }, { onSuccess: () => { setChoices({}); void message.success(t('clusters.ballot.sent')); }, onError: (e) => void message.error(e.message) });
          }}
        >
          {t('clusters.ballot.send')}
        </Button>
      ) : voter && b.votedAs.includes(voter) ? (
        <Alert style={{ marginTop: 12 }} type="success" showIcon message={t('clusters.ballot.alreadyVoted')} />
      ) : null}
    </Card>
  );
}
