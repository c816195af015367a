import { awardNameEn } from '@thidua/domain/catalogue/award-names-en';

// The one place the web picks an award's name for the user's language (the hook `useAwardName` in
// use-award-name.ts reads it). The Vietnamese legal name (the catalogue's `name`, what the server sends) is
// what decisions, certificates and the registry print, and what the Vietnamese screens show; the other
// screens show the domain's English name (AWARD_NAMES_EN). An award the catalogue does not have in English
// (one added to the catalogue as data) keeps its Vietnamese name. No React or app import, so the unit tests
// and the label helpers of the features read it directly.

/** The name of award `code` in `locale`: English from the domain, else the Vietnamese name given, else the code. */
export function awardNameIn(locale: string, code: string, vietnamese?: string | null): string {
  return (locale === 'vi' ? undefined : awardNameEn(code)) ?? vietnamese ?? code;
}

/** What an award picker searches: both names and the code, so a user may type either language. */
export function awardSearchText(code: string, vietnamese: string): string {
  return `${vietnamese} ${awardNameEn(code) ?? ''} ${code}`;
}
