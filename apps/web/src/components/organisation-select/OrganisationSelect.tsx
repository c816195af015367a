import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import type { Organisation, OrgKind } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { useT } from '@/i18n';
import { useOrganisationSearch } from './search-organisations';
import { useOrganisationBrief } from './get-organisation-brief';
import { useDebounced } from '@/lib/use-debounced';

export interface OrganisationSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  kind?: OrgKind;
  asOf?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Pick an organisation by typing part of its name or code (diacritics optional, the server folds them). */
export function OrganisationSelect({
  id,
  value,
  onChange,
  placeholder,
  allowClear = true,
  kind,
  asOf,
  disabled,
  style,
  ...rest
}: OrganisationSelectProps) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const search = useOrganisationSearch({ q, kind, asOf, limit: 30 });
  const selected = useOrganisationBrief(value);
  const label = (o: Organisation) => `${o.name} (${o.code}) · ${t(`kinds.${o.kind}` as MessageKey)}`;
  const options = useMemo(() => {
    const list = (search.data?.items ?? []).map((o) => ({ value: o.id, label: label(o) }));
    if (value && selected.data && !list.some((o) => o.value === value)) list.unshift({ value, label: label(selected.data) });
    return list;
  }, [search.data, selected.data, value, t]);
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      onClear={() => setText('')}
      placeholder={placeholder ?? t('orgSelect.placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      options={options}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t('orgSelect.none')}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
