import { chartMax, type DayCount } from './progress';
import { useCampaignText } from './text';

const HEIGHT = 160;

/**
 * Records per day as columns (keyed, and written to the registry), with the required daily rate as a
 * dashed line. Same approach as the clusters' indicator chart: plain elements, no chart library;
 * accessible as a figure whose list items read "date: keyed n, written m"; the bars are decoration.
 */
export function DayChart({ days, requiredPerDay }: { days: DayCount[]; requiredPerDay: number | null }) {
  const { t, num, fmtDate } = useCampaignText();
  const max = chartMax(days, requiredPerDay);
  const every = Math.max(1, Math.ceil(days.length / 12));
  return (
    <figure aria-label={t('campaigns.chart.label')} style={{ margin: 0 }} data-testid="campaign-day-chart">
      <figcaption style={{ fontWeight: 500, marginBottom: 8 }}>{t('campaigns.chart.caption')}</figcaption>
      <div style={{ display: 'flex', gap: 12, marginBottom: 6, flexWrap: 'wrap' }} aria-hidden>
        <span>
          <span style={{ display: 'inline-block', width: 10, height: 10, background: '#f4a29a', marginRight: 4 }} />
          {t('campaigns.chart.entered')}
        </span>
        <span>
          <span style={{ display: 'inline-block', width: 10, height: 10, background: '#c41d1d', marginRight: 4 }} />
          {t('campaigns.chart.committed')}
        </span>
        {requiredPerDay !== null ? (
          <span>
            <span
              style={{ display: 'inline-block', width: 16, borderTop: '2px dashed #595959', marginRight: 4, verticalAlign: 'middle' }}
            />
            {t('campaigns.chart.required', { n: num(requiredPerDay) })}
          </span>
        ) : null}
      </div>
      {days.length === 0 ? (
        <p style={{ color: '#8c8c8c' }}>{t('campaigns.chart.empty')}</p>
      ) : (
        <div style={{ position: 'relative', overflowX: 'auto' }}>
          <ul
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'flex',
              alignItems: 'flex-end',
              gap: 3,
              height: HEIGHT + 22,
              minWidth: days.length * 16,
            }}
          >
            {days.map((d, i) => (
              <li
                key={d.date}
                aria-label={t('campaigns.chart.day', { date: fmtDate(d.date), entered: num(d.entered), committed: num(d.committed) })}
                title={t('campaigns.chart.day', { date: fmtDate(d.date), entered: num(d.entered), committed: num(d.committed) })}
                style={{ flex: '1 1 0', minWidth: 13, display: 'flex', flexDirection: 'column', alignItems: 'stretch', height: '100%' }}
              >
                <span aria-hidden style={{ flex: 1, display: 'flex', alignItems: 'flex-end', gap: 1 }}>
                  <span
                    style={{ flex: 1, background: '#f4a29a', height: `${(d.entered / max) * HEIGHT}px`, minHeight: d.entered ? 2 : 0 }}
                  />
                  <span
                    style={{ flex: 1, background: '#c41d1d', height: `${(d.committed / max) * HEIGHT}px`, minHeight: d.committed ? 2 : 0 }}
                  />
                </span>
                <span aria-hidden style={{ height: 20, fontSize: 11, color: '#595959', whiteSpace: 'nowrap', textAlign: 'center' }}>
                  {i % every === 0 ? fmtDate(d.date).slice(0, 5) : ''}
                </span>
              </li>
            ))}
          </ul>
          {requiredPerDay !== null ? (
            <div
              aria-hidden
              style={{
                position: 'absolute',
                left: 0,
                right: 0,
                bottom: 22 + (requiredPerDay / max) * HEIGHT,
                borderTop: '2px dashed #595959',
                pointerEvents: 'none',
              }}
            />
          ) : null}
        </div>
      )}
    </figure>
  );
}
