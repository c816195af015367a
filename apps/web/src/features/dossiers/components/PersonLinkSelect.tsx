import { useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import { useI18n } from '@/i18n';
import { useDebounced } from '@/lib/use-debounced';
import { useSearchPeople } from '../api/search-people';

/**
 * Picks the person record a council member is (the same records nominees are picked from), by name; clearing
 * it removes the link. `currentName` labels a value that is not among the search hits (an existing link).
 */
export function PersonLinkSelect({
  value,
  currentName,
  onChange,
  ariaLabel,
  disabled,
  style,
}: {
  value?: string | null;
  currentName?: string | null;
  onChange?: (personId: string | null) => void;
  ariaLabel: string;
  disabled?: boolean;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const q = useDebounced(text, 300);
  const people = useSearchPeople(q);
  const hits = (q.trim().length >= 2 ? (people.data?.items ?? []) : []).map((p) => ({
    value: p.id,
    label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}`,
  }));
  const current = value
    ? (hits.find((o) => o.value === value) ?? (picked?.value === value ? picked : { value, label: currentName ?? value }))
    : null;
  const options = current && !hits.some((o) => o.value === current.value) ? [current, ...hits] : hits;
  return (
    <Select
      aria-label={ariaLabel}
      allowClear
      disabled={disabled}
      style={{ minWidth: 240, ...style }}
      value={value ?? null}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={t('dossiers.person.placeholder')}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? <Spin size="small" /> : q.trim().length >= 2 ? t('dossiers.create.notFound') : null}
      options={options}
      onChange={(v: string | null | undefined) => {
        const o = options.find((x) => x.value === v);
        if (o) setPicked(o);
        setText('');
        onChange?.(v ?? null);
      }}
    />
  );
}
