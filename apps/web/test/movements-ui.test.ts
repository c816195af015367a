// The movements screens' catalogue: every key in both languages with the same placeholders, Unicode NFC,
// one label per document kind the domain knows, and the vi text of the approve/return buttons the
// browser journeys look for.
import { describe, expect, it } from 'vitest';
import { MOVEMENT_DOCUMENT_KINDS } from '@thidua/domain/clusters/movement';
import { movementsEn, movementsVi } from '../src/features/movements/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the movements catalogue', () => {
  it('has every key prefixed movements., in both languages, with the same placeholders', () => {
    expect(Object.keys(movementsEn).sort()).toEqual(Object.keys(movementsVi).sort());
    for (const [k, v] of Object.entries(movementsVi) as [keyof typeof movementsVi, string][]) {
      expect(k.startsWith('movements.')).toBe(true);
      expect(v.trim()).not.toBe('');
      expect(movementsEn[k].trim()).not.toBe('');
      expect(placeholders(movementsEn[k]), k).toEqual(placeholders(v));
    }
  });

  it('is Unicode NFC', () => {
    for (const v of [...Object.values(movementsVi), ...Object.values(movementsEn)]) expect(v).toBe(v.normalize('NFC'));
  });

  it('names every document kind of the domain', () => {
    for (const k of MOVEMENT_DOCUMENT_KINDS) expect(movementsVi[`movements.docs.kind.${k}`]).toBeTruthy();
    expect(movementsVi['movements.docs.kind.ke_hoach']).toBe('Kế hoạch');
    expect(movementsVi['movements.docs.kind.bao_cao_so_ket']).toBe('Báo cáo sơ kết');
  });

  it('keeps the Vietnamese the screens and journeys rely on', () => {
    expect(movementsVi['movements.reg.approveAria'].replace('{name}', 'Phường Hiến Nam')).toBe('Duyệt đăng ký của Phường Hiến Nam');
    expect(movementsVi['movements.reg.returnAria'].replace('{name}', 'Phường Hiến Nam')).toBe('Trả lại đăng ký của Phường Hiến Nam');
    expect(movementsVi['movements.queue.title']).toBe('Đăng ký chờ duyệt');
  });
});
