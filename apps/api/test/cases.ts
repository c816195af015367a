import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Every file of a case folder: the repository's copy and, when present, the shared folder beside
 * the clone (new cases arrive there). Same-named files from both are kept apart by their source.
 */
export function caseFiles(kind: 'eligibility' | 'calendar' | 'registry'): { source: string; file: string }[] {
  const dirs = [path.join(repo, 'cases', kind), path.join(repo, '..', 'shared', 'cases', kind)];
  const out: { source: string; file: string }[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) out.push({ source: path.relative(repo, dir), file: path.join(dir, f) });
  }
  return out;
}

export const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
