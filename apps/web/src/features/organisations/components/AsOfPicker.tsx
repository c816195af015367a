import { useId, useMemo } from 'react';
import { DatePicker, Flex, Typography } from 'antd';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fromIso, toIso } from '@/lib/dates';
import { useT } from '@/i18n';

/** "Tại ngày": every list and name on the page is shown as it was on this date. */
export function AsOfPicker({ value, onChange, stacked = false }: { value: string; onChange: (iso: string) => void; stacked?: boolean }) {
  const t = useT();
  const id = useId();
  // A new Dayjs object on every render would make the picker reset what the user is typing whenever
  // the page re-renders (e.g. when a list arrives): keep one per date.
  const picked = useMemo(() => fromIso(value), [value]);
  return (
    <Flex align={stacked ? 'flex-start' : 'center'} gap={stacked ? 0 : 8} wrap="wrap" vertical={stacked}>
      {stacked ? (
        <label htmlFor={id} className="field-label">
          {t('org.asOf')}
        </label>
      ) : (
        <Typography.Text strong>
          <label htmlFor={id}>{t('org.asOf')}</label>
        </Typography.Text>
      )}
      <DatePicker
        id={id}
        data-testid="as-of"
        value={picked}
        format={DATE_INPUT_FORMATS}
        allowClear={false}
        onChange={(d) => {
          if (d) onChange(toIso(d));
        }}
        presets={[
          { label: t('org.today'), value: dayjs() },
          { label: t('org.presetBefore'), value: dayjs('2025-06-30') },
          { label: t('org.presetAfter'), value: dayjs('2025-07-01') },
        ]}
        placeholder={DATE_PLACEHOLDER}
        aria-describedby={`${id}-hint`}
        style={{ width: 150 }}
      />
      <span id={`${id}-hint`} className="sr-only">
        {t('org.asOfHint')}
      </span>
    </Flex>
  );
}
