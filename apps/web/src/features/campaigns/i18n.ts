// The campaigns screens' messages: Vietnamese (source, NFC) and English with the same keys; spread into
// the UI catalogue by i18n/vi.ts and i18n/en.ts. Keys are prefixed 'campaigns.'.
export const campaignsVi = {} as const;

export const campaignsEn: Record<keyof typeof campaignsVi, string> = {};
