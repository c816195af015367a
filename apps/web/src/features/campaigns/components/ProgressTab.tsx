import { Alert, Card, Col, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { CampaignView } from '../api/get-campaign';
import { useProgress, type CampaignProgressView } from '../api/get-progress';
import { DayChart } from './DayChart';
import { chartDays, share } from './progress';
import { useCampaignText } from './text';

type Unit = CampaignProgressView['units'][number];

/** Totals, projection against the deadline (working days), per-unit progress and the per-day chart. */
export function ProgressTab({ c }: { c: CampaignView }) {
  const tx = useCampaignText();
  const { t, num, fmtDate } = tx;
  const q = useProgress(c.id);
  if (q.error) return <ErrorAlert error={q.error} />;
  const p = q.data;
  if (!p) return <Card loading />;
  const { totals, projection } = p;
  const lastDay = p.today < p.deadline ? p.today : p.deadline;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card data-testid="campaign-totals">
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('campaigns.progress.committed')} value={num(totals.committed)} suffix={`/ ${num(totals.target)}`} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('campaigns.progress.percent')} value={tx.pct(projection.percent)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('campaigns.progress.entered')} value={num(totals.entered)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('campaigns.progress.daysLeft')}
              value={num(p.workingDaysLeft)}
              suffix={t('campaigns.progress.daysElapsed', { n: num(p.workingDaysElapsed) })}
            />
          </Col>
        </Row>
        <Progress
          percent={Math.min(100, Math.round(projection.percent))}
          status={projection.onTrack ? 'normal' : 'exception'}
          style={{ marginTop: 12 }}
          aria-label={t('campaigns.progress.percent')}
        />
        {c.doubleEntry ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('campaigns.progress.pending', { adjudication: num(totals.adjudication), awaiting: num(totals.awaitingSecond) })}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Alert
        data-testid="campaign-projection"
        type={projection.onTrack ? 'success' : 'warning'}
        showIcon
        title={
          <>
            <Tag color={projection.onTrack ? 'green' : 'red'}>
              {projection.onTrack ? t('campaigns.progress.onTrack') : t('campaigns.progress.behind')}
            </Tag>
            {t('campaigns.progress.projection', {
              projected: num(projection.projected),
              target: num(totals.target),
              deadline: fmtDate(p.deadline),
            })}
          </>
        }
        description={[
          t('campaigns.progress.rate', { rate: tx.fmtNumber(projection.ratePerDay, projection.ratePerDay % 1 === 0 ? 0 : 2) }),
          projection.requiredPerDay !== null
            ? t('campaigns.progress.required', { n: num(projection.requiredPerDay) })
            : totals.committed >= totals.target && totals.target > 0
              ? t('campaigns.progress.met')
              : '',
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <Card title={t('campaigns.progress.units')}>
        <Table<Unit>
          data-testid="campaign-units-progress"
          size="small"
          rowKey="orgId"
          pagination={false}
          dataSource={p.units}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('campaigns.units.noTargets') }}
          columns={[
            { title: t('campaigns.units.unit'), dataIndex: 'orgName' },
            { title: t('campaigns.units.target'), key: 'target', align: 'right', render: (_, u) => num(u.target), width: 100 },
            { title: t('campaigns.progress.entered'), key: 'entered', align: 'right', render: (_, u) => num(u.entered), width: 100 },
            { title: t('campaigns.progress.committed'), key: 'committed', align: 'right', render: (_, u) => num(u.committed), width: 110 },
            ...(c.doubleEntry
              ? [
                  {
                    title: t('campaigns.progress.adjudication'),
                    key: 'adj',
                    align: 'right' as const,
                    render: (_: unknown, u: Unit) => num(u.adjudication),
                    width: 100,
                  },
                  {
                    title: t('campaigns.progress.awaiting'),
                    key: 'await',
                    align: 'right' as const,
                    render: (_: unknown, u: Unit) => num(u.awaitingSecond),
                    width: 110,
                  },
                ]
              : []),
            {
              title: t('campaigns.progress.bar'),
              key: 'bar',
              width: 200,
              render: (_, u) => {
                const r = share(u.committed, u.target);
                return (
                  <Progress
                    percent={Math.round(r * 100)}
                    size="small"
                    format={() => tx.fmtPercent(r, 0)}
                    aria-label={t('campaigns.progress.unitShare', { unit: u.orgName, percent: tx.fmtPercent(r, 0) })}
                  />
                );
              },
            },
          ]}
        />
      </Card>
      <Card>
        <DayChart days={chartDays(p.perDay, p.startDate, lastDay)} requiredPerDay={projection.requiredPerDay} />
      </Card>
    </div>
  );
}
