import { Tag, Tooltip } from 'antd';
import { fmtDate } from '@/lib/dates';

/** "còn 3 ngày làm việc" / "quá hạn 2 ngày làm việc", with the deadline date. */
export function Countdown({ due, left, overdue }: { due: string | null; left: number | null; overdue: boolean }) {
  if (!due || left === null) return <span>—</span>;
  const color = overdue ? 'red' : left <= 3 ? 'orange' : 'blue';
  const text = overdue ? `Quá hạn ${-left} ngày làm việc` : left === 0 ? 'Hết hạn hôm nay' : `Còn ${left} ngày làm việc`;
  return (
    <Tooltip title={`Hạn: ${fmtDate(due)}`}>
      <Tag color={color} data-testid="countdown">
        {text} · {fmtDate(due)}
      </Tag>
    </Tooltip>
  );
}
