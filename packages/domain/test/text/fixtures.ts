// Locates the registry examples: the repository's own copy first, the shared folder as a fallback.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function registryFile(name: string): string {
  const candidates = [join(REPO_ROOT, 'cases/registry', name), join('/work/shared/cases/registry', name)];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`${name} not found in ${candidates.join(' or ')}`);
  return path;
}

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF): enough for the example file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readAwardsCsv(): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(readFileSync(registryFile('example-awards.csv'), 'utf8'));
  return { header: header!, rows: rows.filter((r) => r.some((c) => c !== '')) };
}

export interface ExampleQuery {
  q: string;
  expect: string[];
  why: string;
}

export function readExampleQueries(): ExampleQuery[] {
  return (
    JSON.parse(readFileSync(registryFile('example-queries.json'), 'utf8')) as { queries: ExampleQuery[] }
  ).queries;
}

/** Common syllables of Vietnamese names and places, both tone placements where they differ. */
// prettier-ignore
export const NAME_SYLLABLES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Khổng', 'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Hoà', 'Hòa', 'Hoá',
  'Hóa', 'Thuỷ', 'Thủy', 'Quý', 'Quỳnh', 'Khoa', 'Toàn', 'Loan', 'Lụa', 'Hải', 'Tuấn', 'Dũng',
  'Đũng', 'Nghĩa', 'Phượng', 'Xuân', 'Yến', 'Uyên', 'Khuê', 'Thoả', 'Thỏa', 'Ngọc', 'Trường',
  'Giang', 'Gia', 'Nhung', 'Oanh', 'Ánh', 'An', 'Anh', 'Bình', 'Cường', 'Duy', 'Hiếu', 'Khánh',
  'Lâm', 'Mỹ', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Tùng', 'Vinh', 'Xoan', 'Ý', 'Khoẻ', 'Khỏe',
  'Luỹ', 'Lũy', 'Tuỵ', 'Tụy', 'Thuý', 'Thúy', 'Nguyệt', 'Khuyến', 'Quốc', 'Giàu', 'Chiến', 'Hạnh',
];
