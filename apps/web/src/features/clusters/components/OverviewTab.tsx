import { useState } from 'react';
import { Button, Card, Collapse, Descriptions, Empty, List, Select, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { ClusterDetailView } from '../api/get-cluster';
import { useYearOverview, type ClusterYearOverviewView } from '../api/get-year-overview';
import { ConferenceForm } from './ConferenceForm';
import { ElectionCard } from './ElectionCard';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorForm } from './IndicatorForm';
import { MemberEditModal } from './MemberEditModal';
import { MembersForm } from './MembersForm';
import { PledgeForm } from './PledgeForm';
import { useClusterText } from './text';

type Indicator = ClusterYearOverviewView['indicators'][number];

/** The year of the cluster: members, leaders, pledge, indicators (chart and table), conferences, movements. */
export function OverviewTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const tx = useClusterText();
  const { t, fmtDate } = tx;
  const o = useYearOverview(d.id, year);
  const [editPledge, setEditPledge] = useState(false);
  const [editMember, setEditMember] = useState<ClusterYearOverviewView['members'][number] | null>(null);
  if (o.error) return <ErrorAlert error={o.error} />;
  const v = o.data;
  const mayReport = d.abilities.manage || d.abilities.participateAs.length > 0;
  const reportFor = (v?.members ?? []).map((m) => ({ id: m.organisation.id, name: m.organisation.name })).filter((m) => d.abilities.manage || d.abilities.participateAs.includes(m.id));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('clusters.overview.year', { year })} loading={o.isPending}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('clusters.overview.leader')}>{v?.leader?.name ?? t('clusters.overview.notElected')}</Descriptions.Item>
          <Descriptions.Item label={t('clusters.overview.deputies')}>{v?.deputies.map((x) => x.name).join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('clusters.overview.memberCount')}>{v?.members.length ?? 0}</Descriptions.Item>
          <Descriptions.Item label={t('clusters.overview.mode')}>{tx.mode(d.settings.assessmentMode)}</Descriptions.Item>
        </Descriptions>
        <Table
          data-testid="cluster-members"
          size="small"
          rowKey={(m) => m.id}
          pagination={false}
          dataSource={v?.members ?? []}
          columns={[
            { title: t('clusters.members.member'), key: 'name', render: (_, m) => m.organisation.name },
            { title: t('clusters.members.from'), key: 'from', render: (_, m) => fmtDate(m.validFrom) },
            { title: t('clusters.members.to'), key: 'to', render: (_, m) => fmtDate(m.validTo) },
            { title: t('clusters.members.note'), key: 'note', render: (_, m) => m.note },
            ...(d.abilities.manage
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, m: ClusterYearOverviewView['members'][number]) => (
                      <Button size="small" onClick={() => setEditMember(m)} aria-label={`${t('clusters.memberEdit.action')} ${m.organisation.name}`}>
                        {t('clusters.memberEdit.action')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {editMember ? <MemberEditModal clusterId={d.id} member={editMember} onClose={() => setEditMember(null)} /> : null}
        {d.abilities.manage ? (
          <Collapse
            style={{ marginTop: 12 }}
            items={[{ key: 'm', label: t('clusters.memberForm.title'), children: <MembersForm clusterId={d.id} year={year} /> }]}
          />
        ) : null}
      </Card>
      {d.abilities.manage && v && !v.leader ? <ElectionCard d={d} year={year} /> : null}
      <Card title={t('clusters.officers.title')}>
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={d.officers}
          columns={[
            { title: t('clusters.officers.year'), dataIndex: 'year' },
            { title: t('clusters.overview.leader'), key: 'l', render: (_, r) => r.leader?.name ?? '—' },
            { title: t('clusters.overview.deputies'), key: 'd', render: (_, r) => r.deputies.map((x) => x.name).join(', ') || '—' },
          ]}
        />
      </Card>
      <Card
        title={t('clusters.pledge.title')}
        extra={d.abilities.manage && v && !editPledge ? <Button onClick={() => setEditPledge(true)}>{t('clusters.pledgeForm.edit')}</Button> : null}
      >
        {v && editPledge ? (
          <PledgeForm clusterId={d.id} year={year} overview={v} onDone={() => setEditPledge(false)} />
        ) : v && v.pledge.commitments.length ? (
          <>
            <Typography.Paragraph type="secondary">
              {[v.pledge.signedOn ? t('clusters.pledge.signedOnAt', { date: fmtDate(v.pledge.signedOn) }) : '', v.pledge.place ? t('clusters.pledge.signedAtPlace', { place: v.pledge.place }) : ''].filter(Boolean).join(' ')}
            </Typography.Paragraph>
            <List size="small" data-testid="pledge-commitments" dataSource={v.pledge.commitments} renderItem={(c) => <List.Item>{`${c.number}. ${c.text}`}</List.Item>} />
            <Typography.Paragraph type="secondary">
              {t('clusters.pledge.signers', { names: v.pledge.signatures.map((s) => (s.signatory ? `${s.organisation.name} (${s.signatory}${s.date ? `, ${fmtDate(s.date)}` : ''})` : s.organisation.name)).join(', ') })}
            </Typography.Paragraph>
          </>
        ) : (
          <Empty description={t('clusters.pledge.none')} />
        )}
      </Card>
      <Card title={t('clusters.indicators.title')}>
        <IndicatorsView year={year} indicators={v?.indicators ?? []} />
        {mayReport && v && reportFor.length ? (
          <Collapse style={{ marginTop: 12 }} items={[{ key: 'i', label: t('clusters.indicatorForm.title'), children: <IndicatorForm clusterId={d.id} year={year} overview={v} orgs={reportFor} wholeCluster={d.abilities.manage} /> }]} />
        ) : null}
      </Card>
      <Card title={t('clusters.conferences.title')}>
        <List
          size="small"
          data-testid="cluster-conferences"
          dataSource={v?.conferences ?? []}
          locale={{ emptyText: t('clusters.conferences.none') }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta
                title={`${tx.conference(c.kind)} – ${fmtDate(c.heldOn)}${c.place ? `, ${c.place}` : ''}${c.host ? ` (${c.host.name})` : ''}`}
                description={
                  <>
                    {c.participants.length ? <div>{t('clusters.conferences.participants', { names: c.participants.join('; ') })}</div> : null}
                    {c.minutes ? <div style={{ whiteSpace: 'pre-wrap' }}>{c.minutes}</div> : null}
                    {c.documents.length ? (
                      <ul data-testid="conference-documents" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                        {c.documents.map((doc, i) => {
                          const r = doc as { title?: string; number?: string; date?: string; url?: string };
                          const label = [r.title, r.number ? t('clusters.conferences.docNumber', { number: r.number }) : null, r.date ? fmtDate(r.date) : null].filter(Boolean).join(', ');
                          return (
                            <li key={i}>
                              {r.url && /^https?:\/\//.test(r.url) ? (
                                <a href={r.url} target="_blank" rel="noopener noreferrer">
                                  {label}
                                </a>
                              ) : (
                                label
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
        {d.abilities.manage && v ? <Collapse style={{ margin: '12px 0' }} items={[{ key: 'c', label: t('clusters.conferenceForm.title'), children: <ConferenceForm clusterId={d.id} year={year} overview={v} /> }]} /> : null}
        <List size="small" header={t('clusters.movements.title')} dataSource={v?.movements ?? []} renderItem={(m) => <List.Item>{`${m.title} (${m.authorityLabel})`}</List.Item>} />
      </Card>
    </Space>
  );
}

/** The chart of one indicator (chosen among those with member values) and the table of all of them. */
function IndicatorsView({ year, indicators }: { year: number; indicators: Indicator[] }) {
  const { t, indicator, num } = useClusterText();
  const charted = [...new Set(indicators.filter((i) => i.organisation && (i.value !== null || (i.numerator !== null && i.denominator))).map((i) => i.code))];
  const [pick, setPick] = useState<string | undefined>(undefined);
  const code = pick && charted.includes(pick) ? pick : charted.includes('grdp_growth') ? 'grdp_growth' : charted[0];
  const rows = indicators
    .filter((i) => i.code === code && i.organisation)
    .map((i) => ({ id: i.organisation!.id, name: i.organisation!.name, value: i.value ?? (i.numerator !== null && i.denominator ? (i.numerator / i.denominator) * 100 : 0) }));
  const ratio = indicators.some((i) => i.code === code && i.organisation && i.value === null);
  const unit = ratio ? '%' : (indicators.find((i) => i.code === code)?.unit ?? null);
  return (
    <>
      {code ? (
        <>
          {charted.length > 1 ? (
            <Space style={{ marginBottom: 8 }}>
              <Typography.Text>{t('clusters.chart.choose')}</Typography.Text>
              <Select aria-label={t('clusters.chart.choose')} value={code} style={{ width: 320 }} onChange={setPick} options={charted.map((c) => ({ value: c, label: indicator(c) }))} />
            </Space>
          ) : null}
          <IndicatorChart title={indicator(code)} rows={rows} unit={unit} label={t('clusters.chart.label', { indicator: indicator(code), year })} />
        </>
      ) : null}
      <Table
        size="small"
        data-testid="cluster-indicators"
        rowKey={(i) => `${i.code}-${i.organisation?.id ?? 'cum'}`}
        pagination={false}
        dataSource={indicators}
        columns={[
          { title: t('clusters.indicators.indicator'), key: 'c', render: (_, i) => indicator(i.code) },
          { title: t('clusters.indicators.organisation'), key: 'o', render: (_, i) => i.organisation?.name ?? t('clusters.indicators.wholeCluster') },
          {
            title: t('clusters.indicators.value'),
            key: 'v',
            render: (_, i) => (i.numerator !== null && i.denominator !== null ? `${num(i.numerator, 0)}/${num(i.denominator, 0)}` : `${num(i.value)}${i.unit === '%' ? '%' : i.unit ? ` ${i.unit}` : ''}`),
          },
          { title: t('clusters.indicators.source'), dataIndex: 'source' },
        ]}
      />
    </>
  );
}
