/** Lower-case, without Vietnamese tone and vowel marks, đ → d: for forgiving client-side matching ("hung yen" finds "Hưng Yên"). */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
