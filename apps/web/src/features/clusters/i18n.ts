// The clusters screens' messages: Vietnamese (source, NFC) and English with the same keys; spread into
// the UI catalogue by i18n/vi.ts and i18n/en.ts. Keys are prefixed 'clusters.'.
export const clustersVi = {} as const;

export const clustersEn: Record<keyof typeof clustersVi, string> = {};
