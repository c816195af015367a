import { useClusterText } from './text';

export interface ChartRow {
  id: string;
  name: string;
  value: number;
}

/**
 * A small horizontal bar chart of one indicator across the members, highest first. Accessible: a
 * figure with a caption and a list whose items read "member: value"; the bars are decoration.
 */
export function IndicatorChart({ title, rows, unit, label }: { title: string; rows: ChartRow[]; unit?: string | null; label: string }) {
  const { t, num } = useClusterText();
  const sorted = [...rows].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'));
  const max = Math.max(0, ...sorted.map((r) => r.value));
  const min = Math.min(0, ...sorted.map((r) => r.value));
  const span = max - min || 1;
  const suffix = unit === '%' ? '%' : unit ? ` ${unit}` : '';
  return (
    <figure aria-label={label} style={{ margin: '0 0 16px' }} data-testid="indicator-chart">
      <figcaption style={{ fontWeight: 500, marginBottom: 4 }}>{t('clusters.chart.caption', { indicator: title })}</figcaption>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sorted.map((r) => {
          const text = `${num(r.value)}${suffix}`;
          return (
            <li key={r.id} aria-label={`${r.name}: ${text}`} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '2px 0' }}>
              <span style={{ width: 140, flex: 'none' }} aria-hidden>
                {r.name}
              </span>
              <span aria-hidden style={{ flex: 1, display: 'flex', alignItems: 'center', gap: 6 }}>
                <span style={{ display: 'inline-block', background: r.value < 0 ? '#8c8c8c' : '#c41d1d', height: 14, width: `${(Math.abs(r.value) / span) * 80}%`, minWidth: 2 }} />
                <span>{text}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
