import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { catalogues, type MessageKey } from '@thidua/i18n';
import { setApiLanguage } from '../lib/api-client';
import { dayjs, fmtDate } from '../lib/dates';
import { vi, type UiKey } from './vi';
import { en } from './en';

/**
 * The UI message catalogue: Vietnamese is the source (`vi.ts`), English a translation (`en.ts`).
 * Shared terms — roles, organisation kinds, lineage events, error codes — come from @thidua/i18n so
 * the server and the UI use the same words.
 */
export type Locale = 'vi' | 'en';
export type TKey = UiKey | MessageKey;
export type TParams = Record<string, string | number>;

const ui: Record<Locale, Record<UiKey, string>> = { vi, en };
const STORAGE_KEY = 'thidua.locale';

function interpolate(s: string, params?: TParams): string {
  if (!params) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translate(locale: Locale, key: TKey, params?: TParams): string {
  const s =
    (ui[locale] as Record<string, string>)[key] ??
    (catalogues[locale] as Record<string, string>)[key] ??
    (vi as Record<string, string>)[key] ??
    key;
  return interpolate(s, params);
}

function applyLocale(locale: Locale) {
  dayjs.locale(locale);
  setApiLanguage(locale);
  document.documentElement.lang = locale;
}

function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'vi' ? v : null;
  } catch {
    return null;
  }
}

interface I18n {
  locale: Locale;
  /** `remember` (default) keeps the choice in this browser. */
  setLocale: (l: Locale, remember?: boolean) => void;
  /** Whether the user picked a language in this browser (it then wins over the account's setting). */
  hasChosen: boolean;
  t: (key: TKey, params?: TParams) => string;
  /** 1.241 (vi) / 1,241 (en). */
  fmtNumber: (n: number, fractionDigits?: number) => string;
  /** 10,05% (vi) / 10.05% (en); `ratio` 0.1005. */
  fmtPercent: (ratio: number, fractionDigits?: number) => string;
  /** dd/mm/yyyy in both languages (the users' convention). */
  fmtDate: (iso: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [hasChosen, setHasChosen] = useState(() => storedLocale() !== null);
  const [locale, setLocaleState] = useState<Locale>(() => {
    const l = storedLocale() ?? 'vi';
    applyLocale(l);
    return l;
  });
  const setLocale = useCallback((l: Locale, remember = true) => {
    applyLocale(l);
    if (remember) {
      setHasChosen(true);
      try {
        localStorage.setItem(STORAGE_KEY, l);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    }
    setLocaleState(l);
  }, []);
  const value = useMemo<I18n>(() => {
    const intlLocale = locale === 'vi' ? 'vi-VN' : 'en-GB';
    const fmtNumber = (n: number, d?: number) =>
      new Intl.NumberFormat(intlLocale, d === undefined ? {} : { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
    return {
      locale,
      setLocale,
      hasChosen,
      t: (key, params) => translate(locale, key, params),
      fmtNumber,
      fmtPercent: (ratio, d = 2) => `${fmtNumber(ratio * 100, d)}%`,
      fmtDate,
    };
  }, [locale, setLocale, hasChosen]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export const useT = () => useI18n().t;
