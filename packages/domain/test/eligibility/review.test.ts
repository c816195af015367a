// Awards with no machine-checkable ground: verdict `review`, grounds in `toConfirm` (RULES.md §3).
import { describe, expect, it } from 'vitest';
import {
  AWARD_CATALOGUE,
  ELIGIBILITY_RULES,
  evaluateEligibility,
  type SubjectKind,
} from '../../src/eligibility/index.js';
import { LAW_2013, LAW_2022, request } from './builders.js';

const machine = new Set(ELIGIBILITY_RULES.map((r) => `${r.award}:${r.subject}`));
const pairs = AWARD_CATALOGUE.flatMap((a) => a.subjects.map((s) => [a.code, s] as [string, SubjectKind]));

describe('every award of the catalogue, for every subject it is given to, under both rule sets', () => {
  it.each(pairs)('%s for a %s', (code, kind) => {
    for (const at of [LAW_2022, LAW_2013]) {
      const r = evaluateEligibility(request(code, at, {}, kind));
      if (machine.has(`${code}:${kind}`)) {
        expect(r.verdict).toBe('ineligible'); // an empty history meets no machine-checkable ground
      } else {
        expect(r.verdict).toBe('review');
        expect(r.unmet).toEqual([]);
        expect(r.toConfirm.length).toBeGreaterThan(0);
      }
      for (const t of r.toConfirm) {
        expect(t.message.normalize('NFC')).toBe(t.message);
        expect(t.basis).toContain('Nghị định');
      }
    }
  });
});

describe('review awards', () => {
  it.each([
    ['giay_khen', 'individual', 'tieu_chuan_giay_khen'],
    ['co_thi_dua_chinh_phu', 'collective', 'dan_dau_cum_khoi'],
    ['co_thi_dua_tinh', 'collective', 'dan_dau_cum_khoi'],
    ['bang_khen_tinh', 'collective', 'tieu_chuan_xet_tang'],
    ['bang_khen_thu_tuong', 'household', 'tieu_chuan_xet_tang'],
    ['huan_chuong_sao_vang', 'individual', 'tieu_chuan_xet_tang'],
    ['anh_hung_lao_dong', 'individual', 'ty_le_phieu_hoi_dong'],
    ['gia_dinh_van_hoa', 'household', 'tieu_chuan_xet_tang'],
    ['chien_si_tien_tien', 'individual', 'tieu_chuan_chien_si_tien_tien'],
  ] as const)('%s (%s) → review with %s to confirm', (code, kind, ground) => {
    const r = evaluateEligibility(request(code, LAW_2022, { ratings: [{ year: 2025, rating: 'xuat_sac' }] }, kind));
    expect(r.verdict).toBe('review');
    expect(r.toConfirm.map((t) => t.code)).toContain(ground);
  });

  it('a review award is still blocked by a discipline overlapping Y (Decree Art. 4(4))', () => {
    const r = evaluateEligibility(
      request('giay_khen', LAW_2022, { blocks: [{ kind: 'discipline', from: '2025-05-01', to: '2025-11-01' }] }),
    );
    expect(r.verdict).toBe('ineligible');
    expect(r.unmet.map((u) => u.code)).toEqual(['blocked']);
    expect(r.toConfirm.length).toBeGreaterThan(0);
  });

  it('chain awards list their judgement grounds whatever the verdict', () => {
    const r = evaluateEligibility(request('bang_khen_thu_tuong', LAW_2022, {}));
    expect(r.verdict).toBe('ineligible');
    expect(r.toConfirm.map((t) => t.code)).toEqual([
      'chap_hanh_chu_truong_chinh_sach',
      'thanh_tich_tieu_bieu_phong_trao',
      'thanh_tich_xuat_sac_dot_xuat',
    ]);
    expect(r.toConfirm[2]?.message).toContain('thành tích xuất sắc đột xuất');
  });

  it('CSTĐ toàn quốc asks to confirm the ≥ 90% ballot of all council members', () => {
    const r = evaluateEligibility(request('chien_si_thi_dua_toan_quoc', LAW_2022, {}));
    const ballot = r.toConfirm.find((t) => t.code === 'ty_le_phieu_hoi_dong');
    expect(ballot?.message).toContain('90% tổng số thành viên');
    expect(ballot?.basis).toBe('Khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP');
  });
});
