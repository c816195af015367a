// Locates reference files for the calendar tests: the repository's own copy first, the shared
// reference folder as a fallback.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SHARED = '/work/shared';

export function readHolidays2026(): unknown {
  const candidates = [
    join(REPO_ROOT, 'reference-data/holidays-2026.json'),
    join(SHARED, 'data/holidays-2026.json'),
  ];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`holidays-2026.json not found in ${candidates.join(' or ')}`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface CalendarCase {
  from: string;
  days: number;
  expect: unknown;
  why?: string;
}

/** Every case of every `cases/calendar/*.json` file, from the repo and the shared folder. */
export function readCalendarCases(): Array<{ file: string; index: number; c: CalendarCase }> {
  const dirs = [join(REPO_ROOT, 'cases/calendar'), join(SHARED, 'cases/calendar')].filter((d) =>
    existsSync(d),
  );
  const out: Array<{ file: string; index: number; c: CalendarCase }> = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { cases?: CalendarCase[] };
      (doc.cases ?? []).forEach((c, index) => out.push({ file, index, c }));
    }
  }
  return out;
}
