import { catalogues, vi, type Locale } from '@thidua/i18n';

// The row-level messages of the imports (registry import, ratings import): the server writes each issue's
// sentence in Vietnamese, with the cell's value, and gives it a stable code. The Vietnamese screens show that
// sentence; the others word the code from the shared catalogue (@thidua/i18n 'importRow.<code>'), the row and
// column being shown beside it. A code the catalogue does not know keeps the server's sentence.

export interface ImportIssueLike {
  readonly code: string;
  readonly message: string;
}

const known = (k: string): k is keyof typeof vi => Object.hasOwn(vi, k);

/** The message of one import issue in `locale`. */
export function importIssueText(locale: Locale, issue: ImportIssueLike): string {
  if (locale === 'vi') return issue.message;
  const k = `importRow.${issue.code}`;
  return known(k) ? catalogues[locale][k] : issue.message;
}

/**
 * Why a registry import failed: the server's Vietnamese `failure`, or in another language the wording of the
 * code of its row-1 errors when the failure is the file's own (no data rows, required columns missing); any
 * other failure (an unreadable file, a crash) keeps the server's text.
 */
export function importFailureText(locale: Locale, failure: string, errors: readonly ImportIssueLike[]): string {
  if (locale === 'vi') return failure;
  const code = errors.find((e) => e.code === 'empty_file' || e.code === 'missing_column')?.code;
  return code ? importIssueText(locale, { code, message: failure }) : failure;
}
