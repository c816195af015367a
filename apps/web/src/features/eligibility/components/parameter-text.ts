import type { Parameter } from '../api/list-parameters';

/**
 * A parameter's description and legal basis in the user's language: the Vietnamese of record (`description`,
 * `basis`), or in English the domain's English texts (`descriptionEn`, `basisEn`, packages/domain
 * catalogue/parameters.ts); a server that does not send them leaves the Vietnamese.
 */
export function parameterText(
  locale: string,
  p: Pick<Parameter, 'description' | 'basis'> & Partial<Pick<Parameter, 'descriptionEn' | 'basisEn'>>,
): { description: string; basis: string } {
  const en = locale !== 'vi';
  return { description: (en && p.descriptionEn) || p.description, basis: (en && p.basisEn) || p.basis };
}
