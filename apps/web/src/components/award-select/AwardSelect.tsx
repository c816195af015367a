import { useMemo } from 'react';
import { Select } from 'antd';
import { fold } from '@/lib/text';
import { useI18n } from '@/i18n';
import { awardNameIn, awardSearchText } from './award-name';
import { useAwards, type AwardSummary } from './list-awards';

const GROUPS = ['emulation_title', 'commendation_form', 'resistance_war'] as const;

/**
 * An award of the catalogue by its name in the user's language (English from the domain, Vietnamese otherwise);
 * search ignores case and diacritics and matches the Vietnamese name, the English name and the code.
 */
export function AwardSelect({
  id,
  value,
  onChange,
  filter,
  placeholder,
  allowClear,
  onClear,
  'aria-label': ariaLabel,
}: {
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
  filter?: (a: AwardSummary) => boolean;
  placeholder?: string;
  /** Show a clear button; `onClear` is then called instead of `onChange`. */
  allowClear?: boolean;
  onClear?: () => void;
  'aria-label'?: string;
}) {
  const { t, locale } = useI18n();
  const awards = useAwards();
  const options = useMemo(() => {
    const items = (awards.data?.items ?? []).filter((a) => !filter || filter(a));
    return GROUPS.map((g) => ({
      label: t(`award.category.${g}`),
      options: items
        .filter((a) => a.category === g)
        .map((a) => ({ value: a.code, label: awardNameIn(locale, a.code, a.name), search: fold(awardSearchText(a.code, a.name)) })),
    })).filter((g) => g.options.length > 0);
  }, [awards.data, filter, t, locale]);
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(v?: string) => (v === undefined ? onClear?.() : onChange?.(v))}
      allowClear={allowClear}
      loading={awards.isPending}
      placeholder={placeholder ?? t('award.pick')}
      options={options}
      showSearch={{ filterOption: (input, o) => String((o as { search?: string })?.search ?? '').includes(fold(input)) }}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
