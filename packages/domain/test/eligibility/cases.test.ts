// Every example case of the repo's `cases/eligibility/` folder (CONTRACT.md): the verdict exactly, and
// every `expect.unmetCodes` code among the answer's unmet codes. While the lead copies the shared
// cases into the repo, /work/shared/cases/eligibility is read too when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EvaluationRequest } from '../../src/eligibility/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoCases = resolve(here, '../../../../cases/eligibility');
const sharedCases = '/work/shared/cases/eligibility';

interface CaseFile {
  readonly name: string;
  readonly request: EvaluationRequest;
  readonly expect: { readonly verdict: string; readonly unmetCodes?: readonly string[] };
}

const files = new Map<string, string>();
for (const dir of [sharedCases, repoCases]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) files.set(f, join(dir, f)); // the repo's copy wins
}
const cases = [...files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([file, path]) => [file, path] as const);

describe('cases/eligibility', () => {
  it('finds case files', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (_file, path) => {
    const c = JSON.parse(readFileSync(path, 'utf8')) as CaseFile;
    const r = evaluateEligibility(c.request);
    expect(r.verdict, c.name).toBe(c.expect.verdict);
    const codes = r.unmet.map((u) => u.code);
    for (const code of c.expect.unmetCodes ?? []) expect(codes, c.name).toContain(code);
  });
});
