// Labels of this feature from its catalogue (../i18n.ts).
import { useMemo } from 'react';
import type { CAMPAIGN_ENTRY_STATUSES, CAMPAIGN_KIND_VALUES } from '@thidua/contracts';
import { useI18n } from '@/i18n';
import type { CampaignField } from './entry-form';

type Kind = (typeof CAMPAIGN_KIND_VALUES)[number];
type EntryStatus = (typeof CAMPAIGN_ENTRY_STATUSES)[number];

/** The feature's labels in the current language. */
export function useCampaignText() {
  const i = useI18n();
  return useMemo(
    () => ({
      ...i,
      kind: (k: Kind) => i.t(`campaigns.kind.${k}`),
      status: (s: 'open' | 'closed') => i.t(`campaigns.status.${s}`),
      entryStatus: (s: EntryStatus) => i.t(`campaigns.entryStatus.${s}`),
      field: (f: CampaignField) => i.t(`campaigns.field.${f}`),
      /** `percent` 0–100 (as the server sends it): 10,05% (vi) / 10.05% (en). */
      pct: (percent: number, digits = 2) => i.fmtPercent(percent / 100, Number.isInteger(percent) ? 0 : digits),
      num: (n: number) => i.fmtNumber(n),
    }),
    [i],
  );
}
export type CampaignText = ReturnType<typeof useCampaignText>;

export const ENTRY_STATUS_COLOR: Record<EntryStatus, string> = {
  awaiting_second: 'gold',
  committed: 'green',
  adjudication: 'volcano',
  resolved: 'green',
};
