// Synthetic Vietnamese names for demo data (not real people). Weighted family names as in the tech spike.
export const FAMILY = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4], ['Vũ', 4], ['Võ', 2],
  ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Khổng', 1], ['Đinh', 1],
] as const;
export const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Công', 'Xuân', 'Đình', 'Quang'];
export const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Minh', 'Phương', 'Hồng'];
export const GIVEN_M = ['An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hòa', 'Hoà', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Quý', 'Thuỷ'];
export const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hóa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Trang', 'Yến', 'Huyền'];
export const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Mường'];

/** Deterministic PRNG (mulberry32): the same demo data on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function weighted(r: () => number, xs: readonly (readonly [string, number])[]): string {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of xs) {
    if ((x -= w) < 0) return v;
  }
  return xs[0]![0];
}

export function syntheticPerson(r: () => number) {
  const female = r() < 0.5;
  const family = weighted(r, FAMILY);
  const middle = pick(r, female ? MIDDLE_F : MIDDLE_M);
  const given = pick(r, female ? GIVEN_F : GIVEN_M);
  const second = female && r() < 0.2 ? ` ${pick(r, ['Thu', 'Ngọc', 'Huyền'])}` : '';
  const birthYear = 1960 + Math.floor(r() * 40);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  return {
    fullName: `${family} ${middle}${second} ${given}`,
    gender: female ? ('nu' as const) : ('nam' as const),
    birthYear,
    birthDate: `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ethnicity: pick(r, ETHNIC),
  };
}

/** A CCCD whose place code, century/gender digit and birth-year digits agree with the person. */
export function syntheticCccd(r: () => number, provinceCode: string, gender: 'nam' | 'nu', birthYear: number) {
  const century = birthYear >= 2000 ? (gender === 'nam' ? 2 : 3) : gender === 'nam' ? 0 : 1;
  const serial = String(Math.floor(r() * 1_000_000)).padStart(6, '0');
  return `0${provinceCode}${century}${String(birthYear % 100).padStart(2, '0')}${serial}`;
}
