import { Tag, Tooltip } from 'antd';
import { useI18n } from '@/i18n';

/** "còn 3 ngày làm việc" / "quá hạn 2 ngày làm việc", with the deadline date. */
export function Countdown({ due, left, overdue }: { due: string | null; left: number | null; overdue: boolean }) {
  const { t, fmtDate, fmtNumber } = useI18n();
  if (!due || left === null) return <span>—</span>;
  const color = overdue ? 'red' : left <= 3 ? 'orange' : 'blue';
  const text = overdue
    ? t('dossiers.countdown.overdue', { n: fmtNumber(-left) })
    : left === 0
      ? t('dossiers.countdown.today')
      : t('dossiers.countdown.left', { n: fmtNumber(left) });
  return (
    <Tooltip title={t('dossiers.countdown.due', { date: fmtDate(due) })}>
      <Tag color={color} data-testid="countdown">
        {text} · {fmtDate(due)}
      </Tag>
    </Tooltip>
  );
}
