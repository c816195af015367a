// The movement screens speak through the vi/en catalogue (src/features/movements/i18n.ts): both languages
// have the same keys and no empty text, every 'movements.*' key the feature's source uses exists in both,
// the Vietnamese is Unicode NFC, and no source file of the feature still carries Vietnamese text of its own
// (a string, template or JSX text literal with Vietnamese letters; comments may stay Vietnamese).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movementsEn, movementsVi } from '../src/features/movements/i18n';
import { featureSources, VIETNAMESE, vietnameseLiterals } from './feature-text';

const FEATURE = join(import.meta.dirname, '../src/features/movements');
const CATALOGUE = join(FEATURE, 'i18n.ts');

const files = featureSources(FEATURE, CATALOGUE);

/** 'movements.*' keys in the source: literal keys, and template keys (`movements.review.${kind}`) as patterns. */
function usedKeys(): { literal: Set<string>; patterns: Set<string> } {
  const literal = new Set<string>();
  const patterns = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(['"])(movements\.[\w.]+)\1/g)) literal.add(m[2]!);
    for (const m of text.matchAll(/`(movements\.[\w.]*(?:\$\{[^}]+\}[\w.]*)+)`/g)) patterns.add(m[1]!);
  }
  return { literal, patterns };
}

describe('the movements catalogue (vi/en)', () => {
  it('has the same keys in both languages and no empty text', () => {
    expect(Object.keys(movementsEn).sort()).toEqual(Object.keys(movementsVi).sort());
    for (const [k, v] of Object.entries(movementsVi)) {
      expect(v.trim(), k).not.toBe('');
      expect((movementsEn as Record<string, string>)[k]?.trim(), k).toBeTruthy();
    }
  });

  it('is Unicode NFC (Vietnamese and English)', () => {
    for (const [k, v] of [...Object.entries(movementsVi), ...Object.entries(movementsEn)]) expect(v, k).toBe(v.normalize('NFC'));
  });

  it("has every 'movements.*' key the feature's source uses, in both languages", () => {
    const { literal, patterns } = usedKeys();
    expect(literal.size).toBeGreaterThan(100);
    const vi = Object.keys(movementsVi);
    const en = Object.keys(movementsEn);
    const missing = [...literal].filter((k) => !vi.includes(k) || !en.includes(k));
    expect(missing).toEqual([]);
    for (const p of patterns) {
      const re = new RegExp(`^${p.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[\\w]+')}$`);
      expect(vi.some((k) => re.test(k)), p).toBe(true);
      expect(vi.filter((k) => re.test(k)).sort(), p).toEqual(en.filter((k) => re.test(k)).sort());
    }
  });

  it('the scan finds Vietnamese in string, template and JSX text literals and ignores it in comments', () => {
    expect(VIETNAMESE.test('ĐĂNG KÝ')).toBe(true);
    expect(VIETNAMESE.test('Phát'.normalize('NFD'))).toBe(true);
    expect(VIETNAMESE.test('Phat dong – 01/01/2026 · “x” …')).toBe(false);
    const sample = [
      '// Phát động phong trào (a comment)',
      '/** Đăng ký thi đua */',
      "const a = t('movements.list.title');",
      "const b = 'Mọi năm';",
      'const c = `Đang thực hiện năm ${y}`;',
      'const d = `${x} ngày ${y}`;',
      "const e = <Button aria-label=\"Bỏ đơn vị\">{/* Gửi lại */}Phát động</Button>;",
      "const f = 'https://example.org/a'; // Trả lại",
    ].join('\n');
    expect(vietnameseLiterals('sample.tsx', sample)).toEqual([
      "sample.tsx:4: 'Mọi năm'",
      'sample.tsx:5: `Đang thực hiện năm ${',
      'sample.tsx:6: } ngày ${',
      'sample.tsx:7: "Bỏ đơn vị"',
      'sample.tsx:7: Phát động',
    ]);
  });

  it('no source file of the feature has Vietnamese text of its own (outside comments)', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => vietnameseLiterals(relative(FEATURE, f), readFileSync(f, 'utf8')))).toEqual([]);
  });
});
