import { Button, Card, Table, Typography } from 'antd';
import { useI18n } from '@/i18n';
import type { LevelRollUpView } from '../api/get-movement';
import { useAwardName } from '@/components/award-select';

type Row = { key: string; name: string; organisationId: string | null; until: string | null; byState: Record<string, number>; byTitle: Record<string, number>; total: number; kind: 'own' | 'child' | 'outside' };

/**
 * The roll-up per organisation level: the level's own registrations, one row per unit directly below it
 * (counting the units under it), and those the caller sees outside the level. A unit's name opens its own
 * level; `onLevel(null)` goes back to the caller's.
 */
export function LevelRollUpCard({ rollUp, chosen, onLevel }: { rollUp: LevelRollUpView; chosen: boolean; onLevel: (id: string | null) => void }) {
  const { t, fmtNumber, fmtDate } = useI18n();
  const awardName = useAwardName();
  const rows: Row[] = [
    { key: 'own', name: t('movements.rollup.own', { name: rollUp.level.name }), organisationId: null, until: null, ...rollUp.own, kind: 'own' },
    ...rollUp.children.map((c): Row => ({ key: c.organisation.id, name: c.organisation.name, organisationId: c.organisation.id, until: c.organisation.validTo, byState: c.byState, byTitle: c.byTitle, total: c.total, kind: 'child' })),
    ...(rollUp.outside.total ? [{ key: 'outside', name: t('movements.rollup.outside'), organisationId: null, until: null, ...rollUp.outside, kind: 'outside' as const }] : []),
  ];
  const n = (v: number | undefined) => fmtNumber(v ?? 0, 0);
  return (
    <Card
      title={<h2 className="card-title">{t('movements.rollup.title', { level: rollUp.level.name })}</h2>}
      extra={chosen ? <Button onClick={() => onLevel(null)}>{t('movements.rollup.back')}</Button> : undefined}
    >
      <Typography.Paragraph type="secondary">{t('movements.rollup.hint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={rows}
        pagination={rows.length > 25 ? { pageSize: 25, showSizeChanger: false } : false}
        aria-label={t('movements.rollup.title', { level: rollUp.level.name })}
        columns={[
          {
            title: t('movements.rollup.unit'),
            key: 'name',
            render: (_, r) =>
              r.kind === 'child' && r.organisationId ? (
                <>
                  <Button type="link" size="small" style={{ padding: 0 }} aria-label={t('movements.rollup.drill', { name: r.name })} onClick={() => onLevel(r.organisationId)}>
                    {r.name}
                  </Button>
                  {r.until ? <Typography.Text type="secondary">{` (${t('movements.rollup.until', { date: fmtDate(r.until) })})`}</Typography.Text> : null}
                </>
              ) : (
                <Typography.Text strong={r.kind === 'own'} type={r.kind === 'outside' ? 'secondary' : undefined}>
                  {r.name}
                </Typography.Text>
              ),
          },
          { title: t('movements.rollup.submitted'), key: 'submitted', align: 'right', render: (_, r) => n(r.byState.submitted) },
          { title: t('movements.rollup.approved'), key: 'approved', align: 'right', render: (_, r) => n(r.byState.approved) },
          { title: t('movements.rollup.returned'), key: 'returned', align: 'right', render: (_, r) => n(r.byState.returned) },
          { title: t('movements.rollup.total'), key: 'total', align: 'right', render: (_, r) => n(r.total) },
          {
            title: t('movements.rollup.titles'),
            key: 'titles',
            render: (_, r) =>
              Object.entries(r.byTitle)
                .map(([code, k]) => `${awardName(code)} (${n(k)})`)
                .join('; ') || '—',
          },
        ]}
      />
    </Card>
  );
}
