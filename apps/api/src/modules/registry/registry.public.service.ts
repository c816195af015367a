import { sql } from 'drizzle-orm';
import { nameWords, parseQuery } from '@thidua/domain';
import type { AppDeps } from '../../http/context.js';
import { FixedWindowLimiter } from '../../http/rate-limit.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { RegistryService, awardName } from './registry.service.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/**
 * The public award lookup (CONTRACT.md): full name (every word, no prefix) and birth year, optionally
 * a province (code or name, including its former units); only valid entries; never an ID number or a
 * date of birth. Rate-limited per address.
 */
export class RegistryPublicService {
  private readonly limiter: FixedWindowLimiter;
  constructor(private readonly deps: AppDeps) {
    this.limiter = new FixedWindowLimiter(deps.config.publicLimits.lookupPerMinute, 60_000, deps.now);
  }

  checkRate(ip: string) {
    this.limiter.hit(ip);
  }

  async lookup(ip: string, body: { fullName: string; birthYear: number; province?: string | undefined }) {
    this.checkRate(ip);
    const parsed = parseQuery(body.fullName);
    if (parsed.words.length < 2) return { items: [] };
    const words = parsed.words.map((w) => ({ ...w, isLastPrefix: false, prefixVariants: [] }));
    let organisationIds: string[] | undefined;
    if (body.province) {
      const p = body.province.trim();
      const provs = rows<{ id: string }>(
        await this.deps.db.execute(sql`SELECT DISTINCT o.id FROM organisation o JOIN organisation_name n ON n.organisation_id = o.id
          WHERE o.kind = 'province' AND (o.code = ${p} OR public.vn_unaccent(n.name) = public.vn_unaccent(${p})
             OR public.vn_unaccent(n.name) = public.vn_unaccent(regexp_replace(${p}, '^(tỉnh|thành phố|tp\\.?)\\s+', '', 'i')))`),
      ).map((r) => r.id);
      if (provs.length === 0) return { items: [] };
      organisationIds = await organisationRepository.scopeIds(this.deps.db, provs);
    }
    const svc = new RegistryService(this.deps);
    // The first 50 ranked entries only (the page is all the public answer shows).
    const ranked = await svc.rankedPage(this.deps.db, { words }, { scope: null, birthYear: body.birthYear, status: 'valid', subjectKind: 'individual', organisationIds }, 0, 50, { columns: true });
    return {
      items: ranked.rows
        .filter((e) => nameWords(e.fullName ?? '').length === words.length)
        .map((e) => ({
          fullName: e.fullName ?? '',
          birthYear: e.birthYear,
          award: e.awardCode,
          awardName: awardName(e.awardCode),
          year: e.achievementYear,
          decision: { number: e.decisionNumber, date: e.decisionDate, authority: e.decisionAuthority },
        })),
    };
  }
}
