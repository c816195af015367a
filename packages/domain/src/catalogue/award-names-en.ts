// English names of the catalogue's awards, for the English user interface only: the Vietnamese legal name
// (awards.ts `name`) stays the default and is what decisions, certificates and the registry print.
// Renderings follow LAW.md §2.2–2.3 where it gives one (e.g. "grassroots emulation fighter", "Government
// emulation flag", "Labour Hero", "Glorious Youth Volunteer Medal"); LAW.md calls both bằng khen and giấy
// khen a "certificate of merit", so giấy khen is a "Certificate of Commendation" here to tell them apart.
// The others are the usual English names of the orders and medals; none is an official translation.
// `Record<AwardCode, …>` makes the compiler check that no code is missing. The English deciding authority of
// each award (AWARD_AUTHORITIES_EN) is at the end.
import type { AwardCode } from './catalogue.types.js';

const CLASSES = { nhat: 'First Class', nhi: 'Second Class', ba: 'Third Class' } as const;
type Class = keyof typeof CLASSES;

function classes<P extends string, C extends Class>(prefix: P, name: string, cs: readonly C[]): Record<`${P}_hang_${C}`, string> {
  return Object.fromEntries(cs.map((c) => [`${prefix}_hang_${c}`, `${name}, ${CLASSES[c]}`])) as Record<`${P}_hang_${C}`, string>;
}
const ALL = ['nhat', 'nhi', 'ba'] as const;
const TWO = ['nhat', 'nhi'] as const;

export const AWARD_NAMES_EN: Readonly<Record<AwardCode, string>> = Object.freeze({
  // Emulation titles
  lao_dong_tien_tien: 'Advanced Worker',
  chien_si_tien_tien: 'Advanced Soldier',
  chien_si_thi_dua_co_so: 'Grassroots Emulation Fighter',
  chien_si_thi_dua_tinh: 'Emulation Fighter of a Ministry, Sector or Province',
  chien_si_thi_dua_toan_quoc: 'National Emulation Fighter',
  tap_the_lao_dong_tien_tien: 'Advanced Collective',
  tap_the_lao_dong_xuat_sac: 'Excellent Collective',
  don_vi_tien_tien: 'Advanced Unit',
  don_vi_quyet_thang: 'Determined-to-Win Unit',
  co_thi_dua_tinh: 'Emulation Flag of a Ministry, Sector or Province',
  co_thi_dua_chinh_phu: 'Government Emulation Flag',
  xa_phuong_tieu_bieu: 'Exemplary Commune, Ward or Special Zone',
  thon_to_dan_pho_van_hoa: 'Cultural Village or Residential Group',
  gia_dinh_van_hoa: 'Cultural Family',
  // Forms of commendation
  giay_khen: 'Certificate of Commendation',
  bang_khen_tinh: 'Certificate of Merit of a Ministry, Sector or Province',
  bang_khen_thu_tuong: "Prime Minister's Certificate of Merit",
  huan_chuong_sao_vang: 'Gold Star Order',
  huan_chuong_ho_chi_minh: 'Ho Chi Minh Order',
  ...classes('huan_chuong_doc_lap', 'Independence Order', ALL),
  ...classes('huan_chuong_quan_cong', 'Military Exploit Order', ALL),
  ...classes('huan_chuong_lao_dong', 'Labour Order', ALL),
  ...classes('huan_chuong_bao_ve_to_quoc', 'Fatherland Defence Order', ALL),
  ...classes('huan_chuong_chien_cong', 'Feat of Arms Order', ALL),
  huan_chuong_dai_doan_ket_dan_toc: 'Great National Unity Order',
  huan_chuong_dung_cam: 'Bravery Order',
  huan_chuong_huu_nghi: 'Friendship Order',
  huy_chuong_quan_ky_quyet_thang: 'Determined-to-Win Military Flag Medal',
  huy_chuong_vi_an_ninh_to_quoc: 'For the Security of the Fatherland Medal',
  huy_chuong_huu_nghi: 'Friendship Medal',
  huy_chuong_thanh_nien_xung_phong_ve_vang: 'Glorious Youth Volunteer Medal',
  ...classes('huy_chuong_chien_si_ve_vang', 'Glorious Fighter Medal', ALL),
  anh_hung_lao_dong: 'Labour Hero',
  anh_hung_luc_luong_vu_trang_nhan_dan: "Hero of the People's Armed Forces",
  ba_me_viet_nam_anh_hung: 'Heroic Vietnamese Mother',
  tinh_thanh_pho_anh_hung: 'Heroic Province or City',
  ky_niem_chuong: 'Commemorative Medal',
  // Resistance-war awards
  ...classes('huan_chuong_khang_chien', 'Resistance Order', ALL),
  ...classes('huy_chuong_khang_chien', 'Resistance Medal', TWO),
  ...classes('huan_chuong_khang_chien_chong_my', 'Order of the Resistance War against America for National Salvation', ALL),
  ...classes('huy_chuong_khang_chien_chong_my', 'Medal of the Resistance War against America for National Salvation', TWO),
  ...classes('huan_chuong_chien_thang', 'Victory Order', ALL),
  ...classes('huy_chuong_chien_thang', 'Victory Medal', TWO),
  bang_khen_khang_chien: 'Certificate of Merit for Resistance-War Achievements',
  giay_khen_khang_chien: 'Certificate of Commendation for Resistance-War Achievements',
});

/** The English name of a catalogue award; undefined for a code the catalogue does not have (a local award). */
export function awardNameEn(code: string): string | undefined {
  return Object.hasOwn(AWARD_NAMES_EN, code) ? AWARD_NAMES_EN[code as AwardCode] : undefined;
}

// English labels of the deciding authority of each award (awards.ts `decidingAuthority`, Vietnamese), for the
// English user interface only: decisions and certificates print the Vietnamese. Keyed by award code; awards that
// share a Vietnamese authority share its English one (a test checks both ways).
const AUTHORITIES_EN = {
  unit_heads:
    "Heads of agencies and units with legal personality under ministries, central bodies and sectors; directors of provincial departments and equivalent; chairpersons of commune-level People's Committees; directors of enterprises and cooperatives",
  armed_unit_heads: "Unit commanders of the People's Army and the People's Public Security, as delegated",
  ministers_provinces:
    "Ministers, heads of ministerial-level and government agencies, heads of central agencies and organisations; chairpersons of the People's Committees of provinces and centrally run cities",
  armed_ministers: 'The Minister of National Defence, the Minister of Public Security, or the person they delegate',
  prime_minister: 'The Prime Minister',
  government: 'The Government',
  president: 'The State President',
  commune_chair: "The chairperson of the commune-level People's Committee",
  province_chair: "The chairperson of the People's Committee of the province or centrally run city",
  giay_khen: "Heads of agencies and units; chairpersons of commune-level People's Committees; directors of enterprises and cooperatives",
  ky_niem_chuong:
    'The ministry, central body, sector, province or central organisation that issues the commemorative medal (entered as the issuing body)',
} as const;
type AuthorityEn = keyof typeof AUTHORITIES_EN;

function byClass<P extends string, C extends Class>(prefix: P, cs: readonly C[]): Record<`${P}_hang_${C}`, AuthorityEn> {
  return Object.fromEntries(cs.map((c) => [`${prefix}_hang_${c}`, 'president'])) as Record<`${P}_hang_${C}`, AuthorityEn>;
}

const AUTHORITY_OF: Readonly<Record<AwardCode, AuthorityEn>> = {
  lao_dong_tien_tien: 'unit_heads',
  chien_si_tien_tien: 'armed_unit_heads',
  chien_si_thi_dua_co_so: 'unit_heads',
  chien_si_thi_dua_tinh: 'ministers_provinces',
  chien_si_thi_dua_toan_quoc: 'prime_minister',
  tap_the_lao_dong_tien_tien: 'unit_heads',
  tap_the_lao_dong_xuat_sac: 'ministers_provinces',
  don_vi_tien_tien: 'armed_unit_heads',
  don_vi_quyet_thang: 'armed_ministers',
  co_thi_dua_tinh: 'ministers_provinces',
  co_thi_dua_chinh_phu: 'government',
  xa_phuong_tieu_bieu: 'province_chair',
  thon_to_dan_pho_van_hoa: 'commune_chair',
  gia_dinh_van_hoa: 'commune_chair',
  giay_khen: 'giay_khen',
  bang_khen_tinh: 'ministers_provinces',
  bang_khen_thu_tuong: 'prime_minister',
  huan_chuong_sao_vang: 'president',
  huan_chuong_ho_chi_minh: 'president',
  ...byClass('huan_chuong_doc_lap', ALL),
  ...byClass('huan_chuong_quan_cong', ALL),
  ...byClass('huan_chuong_lao_dong', ALL),
  ...byClass('huan_chuong_bao_ve_to_quoc', ALL),
  ...byClass('huan_chuong_chien_cong', ALL),
  huan_chuong_dai_doan_ket_dan_toc: 'president',
  huan_chuong_dung_cam: 'president',
  huan_chuong_huu_nghi: 'president',
  huy_chuong_quan_ky_quyet_thang: 'president',
  huy_chuong_vi_an_ninh_to_quoc: 'president',
  huy_chuong_huu_nghi: 'president',
  huy_chuong_thanh_nien_xung_phong_ve_vang: 'president',
  ...byClass('huy_chuong_chien_si_ve_vang', ALL),
  anh_hung_lao_dong: 'president',
  anh_hung_luc_luong_vu_trang_nhan_dan: 'president',
  ba_me_viet_nam_anh_hung: 'president',
  tinh_thanh_pho_anh_hung: 'president',
  ky_niem_chuong: 'ky_niem_chuong',
  ...byClass('huan_chuong_khang_chien', ALL),
  ...byClass('huy_chuong_khang_chien', TWO),
  ...byClass('huan_chuong_khang_chien_chong_my', ALL),
  ...byClass('huy_chuong_khang_chien_chong_my', TWO),
  ...byClass('huan_chuong_chien_thang', ALL),
  ...byClass('huy_chuong_chien_thang', TWO),
  bang_khen_khang_chien: 'prime_minister',
  giay_khen_khang_chien: 'ministers_provinces',
};

export const AWARD_AUTHORITIES_EN: Readonly<Record<AwardCode, string>> = Object.freeze(
  Object.fromEntries(Object.entries(AUTHORITY_OF).map(([code, a]) => [code, AUTHORITIES_EN[a]])) as Record<AwardCode, string>,
);

/** The English deciding authority of a catalogue award; undefined for a code the catalogue does not have. */
export function awardAuthorityEn(code: string): string | undefined {
  return Object.hasOwn(AWARD_AUTHORITIES_EN, code) ? AWARD_AUTHORITIES_EN[code as AwardCode] : undefined;
}
