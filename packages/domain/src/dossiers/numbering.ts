// Decision numbers (số, ký hiệu văn bản, Decree 30/2020/NĐ-CP Art. 8 and Appendix I): "123/QĐ-UBND".
// The number restarts at 1 each calendar year per issuing authority's number book.

export function formatDecisionNumber(seq: number, symbol: string): string {
  return `${seq}/${symbol}`;
}

/** "123/QĐ-UBND" → { seq: 123, symbol: "QĐ-UBND" }, or null. */
export function parseDecisionNumber(s: string): { seq: number; symbol: string } | null {
  const m = /^\s*(\d{1,6})\s*\/\s*(QĐ-[\p{Lu}\dĐ-]+)\s*$/u.exec(s.normalize('NFC'));
  return m ? { seq: Number(m[1]), symbol: m[2]! } : null;
}

/** Art. 92(2) of Law 06/2022/QH15: the grounds for revoking an award decision. */
export const DECISION_REVOCATION_GROUNDS = {
  a: 'Gian dối trong kê khai thành tích',
  b: 'Cung cấp thông tin sai sự thật hoặc giả mạo giấy tờ',
  c: 'Thẩm định, xét duyệt, đề nghị khen thưởng trái pháp luật',
  d: 'Có kết luận, bản án của cơ quan có thẩm quyền xác định có vi phạm trong thời gian đạt thành tích',
} as const;
export type RevocationGround = keyof typeof DECISION_REVOCATION_GROUNDS;
