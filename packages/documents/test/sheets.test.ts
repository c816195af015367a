import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  cellValueText,
  neutraliseFormula,
  readXlsxRows,
  toCsv,
  toCsvChunks,
  writeXlsx,
  type SheetColumn,
  type XlsxRow,
} from '../src/index.js';

const ATTACKS = [
  '=HYPERLINK("http://x/?"&A1,"Bấm")',
  '+1',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
  "+cmd|' /C calc'!A0",
  '＝1+1', // full-width equals
];

const columns: SheetColumn[] = [
  { header: 'Họ và tên', key: 'name', width: 30, type: 'text' },
  { header: 'Ngày quyết định', key: 'date', type: 'date' },
  { header: 'Số tiền', key: 'amount', type: 'number' },
  { header: 'Mã tỉnh', key: 'code', type: 'text' },
  { header: 'Ghi chú', key: 'note' },
];

async function collect(it: AsyncIterable<XlsxRow>): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('neutraliseFormula', () => {
  it.each(ATTACKS)('prefixes %j', (s) => {
    expect(neutraliseFormula(s)).toBe(`'${s}`);
  });
  it.each(['Nguyễn Văn A', '15/QĐ-UBND', "O'Brien", ' =not at start', '', '01'])('leaves %j alone', (s) => {
    expect(neutraliseFormula(s)).toBe(s);
  });
});

describe('writeXlsx / readXlsxRows', () => {
  const rows = [
    ...ATTACKS.map((a, i) => ({ name: a, date: '2019-03-05', amount: -5 - i, code: '01', note: a })),
    { name: 'Nguyễn Thị Thu Hà'.normalize('NFD'), date: new Date(Date.UTC(2020, 0, 31)), amount: '-12.5', code: '079', note: 42 },
    { name: 'Khổng Minh Đức', date: '2019-02-29', amount: 'không rõ', code: null, note: -7 },
  ];

  it('neutralises text, keeps typed numbers as numbers and writes dates as dd/mm/yyyy', async () => {
    const buf = await writeXlsx([{ name: 'Danh sách khen thưởng', columns, rows }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách khen thưởng')!;
    expect(ws).toBeDefined();
    // Bold, frozen header.
    expect(ws.getRow(1).getCell(1).value).toBe('Họ và tên');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Row 2: the HYPERLINK attack is a plain string starting with a quote, never a formula.
    const c = ws.getRow(2).getCell(1);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe(`'${ATTACKS[0]}`);
    expect(ws.getRow(2).getCell(5).value).toBe(`'${ATTACKS[0]}`); // untyped column: strings are text too
    // Numbers typed as numbers stay numbers, negative included.
    expect(ws.getRow(2).getCell(3).value).toBe(-5);
    expect(ws.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getRow(10).getCell(5).value).toBe(42);
    expect(ws.getRow(11).getCell(5).value).toBe(-7);
    // Numeric string in a number column → number; non-numeric stays (neutralised) text.
    expect(ws.getRow(10).getCell(3).value).toBe(-12.5);
    expect(ws.getRow(11).getCell(3).value).toBe('không rõ');
    // Dates: real dates with a dd/mm/yyyy format; an impossible ISO date stays text.
    const d = ws.getRow(2).getCell(2);
    expect(d.value).toBeInstanceOf(Date);
    expect((d.value as Date).toISOString()).toBe('2019-03-05T00:00:00.000Z');
    expect(d.numFmt).toBe('dd/mm/yyyy');
    expect(d.text).not.toBe('');
    expect(ws.getRow(11).getCell(2).value).toBe('2019-02-29');
    // Codes stay text with their leading zero; NFD in, NFC out.
    expect(ws.getRow(2).getCell(4).value).toBe('01');
    expect(ws.getRow(10).getCell(1).value).toBe('Nguyễn Thị Thu Hà'.normalize('NFC'));
  });

  it('reads back (streaming) as text: prefixes kept, dates ISO, numbers as digits, everything NFC', async () => {
    const buf = await writeXlsx([{ name: 'Sheet', columns, rows }]);
    const got = await collect(readXlsxRows(buf));
    expect(got).toHaveLength(rows.length);
    expect(got[0]).toEqual({
      rowNumber: 2,
      values: expect.objectContaining({
        'Họ và tên': `'${ATTACKS[0]}`,
        'Ngày quyết định': '2019-03-05',
        'Số tiền': '-5',
        'Mã tỉnh': '01',
      }),
    });
    // CR is stored as LF (XML would turn it into LF anyway); the cell stays neutralised.
    ATTACKS.forEach((a, i) => expect(got[i]!.values['Họ và tên']).toBe(`'${a.replace(/\r/g, '\n')}`));
    expect(got[8]!.values['Họ và tên']).toBe('Nguyễn Thị Thu Hà'.normalize('NFC'));
    expect(got[8]!.values['Ngày quyết định']).toBe('2020-01-31');
    expect(got[8]!.values['Số tiền']).toBe('-12.5');
    expect(got[9]!.values['Mã tỉnh']).toBe('');
    expect(got[9]!.values['Ghi chú']).toBe('-7');
  });

  it('accepts a Readable and picks a sheet by name or position; sheet names are made valid and unique', async () => {
    const buf = await writeXlsx([
      { name: 'A', columns: [{ header: 'x', key: 'x' }], rows: [{ x: 'first' }] },
      { name: 'Tổng hợp: 2019/2020 [bản nháp] dài hơn ba mươi mốt ký tự', columns: [{ header: 'x', key: 'x' }], rows: [{ x: 'second' }] },
      { name: 'A', columns: [{ header: 'x', key: 'x' }], rows: [{ x: 'third' }] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('A');
    expect(names[1]!.length).toBeLessThanOrEqual(31);
    expect(names[1]).not.toMatch(/[[\]:*?/\\]/);
    expect(names[2]).toBe('A (2)');
    expect((await collect(readXlsxRows(Readable.from([buf]), { sheet: 2 })))[0]!.values.x).toBe('second');
    expect((await collect(readXlsxRows(buf, { sheet: 'A (2)' })))[0]!.values.x).toBe('third');
    await expect(collect(readXlsxRows(buf, { sheet: 'missing' }))).rejects.toThrow(/not found/);
  });

  it('reads workbooks made elsewhere: shared strings, rich text, formulas, hyperlinks, date cells, gaps, odd headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhập');
    ws.addRow(['Họ tên', 'Ngày QĐ', '__proto__', 'Họ tên', '', 'Mã']);
    ws.addRow([
      { richText: [{ text: 'Trần ' }, { text: 'Quốc Văn'.normalize('NFD'), font: { bold: true } }] },
      new Date(Date.UTC(2019, 2, 5)),
      'x',
      { text: 'Khổng Minh Đức', hyperlink: 'https://example.vn' },
      'lạc cột',
      1,
    ]);
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    ws.addRow([]); // empty row 3: skipped
    ws.getCell('A4').value = { formula: 'CONCATENATE("Phạm ","Thị")', result: 'Phạm Thị' };
    ws.getCell('B4').value = 43529; // a serial typed with a date format
    ws.getCell('B4').numFmt = 'd/m/yyyy';
    ws.getCell('F4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const buf = Buffer.from(await wb.xlsx.writeBuffer());

    const got = await collect(readXlsxRows(buf));
    expect(got.map((r) => r.rowNumber)).toEqual([2, 4]);
    const [r2, r4] = got as [XlsxRow, XlsxRow];
    expect(Object.keys(r2.values)).toEqual(['Họ tên', 'Ngày QĐ', '__proto__', 'Họ tên (2)', 'Cột 5', 'Mã']);
    expect(r2.values['Họ tên']).toBe('Trần Quốc Văn');
    expect(r2.values['Ngày QĐ']).toBe('2019-03-05');
    expect(r2.values['Họ tên (2)']).toBe('Khổng Minh Đức');
    expect(r2.values['Cột 5']).toBe('lạc cột');
    expect(r2.values['Mã']).toBe('1'); // a code typed as a number has lost its zero; it still comes back as a string
    // A "__proto__" header is an ordinary key and pollutes nothing.
    expect(Object.getPrototypeOf(r2.values)).toBeNull();
    expect(r2.values['__proto__']).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(r4.values['Họ tên']).toBe('Phạm Thị');
    expect(r4.values['Ngày QĐ']).toBe('2019-03-05');
    expect(r4.values['Mã']).toBe('#N/A');
  });

  it('cellValueText handles every exceljs value shape', () => {
    expect(cellValueText(null)).toBe('');
    expect(cellValueText(0.1 + 0.2)).toBe('0.3');
    expect(cellValueText(79085123456)).toBe('79085123456');
    expect(cellValueText(true)).toBe('TRUE');
    expect(cellValueText(new Date(Date.UTC(2019, 2, 5, 13, 30)))).toBe('2019-03-05T13:30:00');
    expect(cellValueText(43529, 'dd/mm/yyyy')).toBe('2019-03-05');
    expect(cellValueText(43529, '#,##0')).toBe('43529');
    expect(cellValueText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A');
  });
});

describe('toCsv', () => {
  const cols: SheetColumn[] = [
    { header: 'Họ và tên', key: 'name' },
    { header: 'Ngày', key: 'date', type: 'date' },
    { header: 'Số', key: 'n' },
  ];

  /** Minimal RFC 4180 parser for the round trip. */
  function parse(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let q = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i]!;
      if (q) {
        if (ch === '"' && csv[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') q = false;
        else field += ch;
      } else if (ch === '"') q = true;
      else if (ch === ',') {
        row.push(field);
        field = '';
      } else if (ch === '\r' && csv[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += ch;
    }
    return rows;
  }

  it('BOM, header, RFC 4180 quoting, dd/mm/yyyy dates, neutralised text, numbers left alone', () => {
    const csv = toCsv(
      cols,
      [
        ...ATTACKS.map((a) => ({ name: a, date: '2019-03-05', n: -5 })),
        { name: 'Lê "Tèo", Văn'.normalize('NFD'), date: null, n: 3.5 },
        { name: 'hai\ndòng', date: new Date(Date.UTC(2020, 11, 1)), n: '-9' },
      ],
      { bom: true },
    );
    expect(csv.startsWith('\uFEFFHọ và tên,Ngày,Số\r\n')).toBe(true);
    const rows = parse(csv.slice(1));
    expect(rows[0]).toEqual(['Họ và tên', 'Ngày', 'Số']);
    ATTACKS.forEach((a, i) => expect(rows[i + 1]).toEqual([`'${a}`, '05/03/2019', '-5']));
    expect(rows[ATTACKS.length + 1]).toEqual(['Lê "Tèo", Văn'.normalize('NFC'), '', '3.5']);
    // A numeric *string* in an untyped column is text, and "-9" as text is neutralised.
    expect(rows[ATTACKS.length + 2]).toEqual(['hai\ndòng', '01/12/2020', "'-9"]);
    expect(csv).toContain('"\'=HYPERLINK(""http://x/?""&A1,""Bấm"")"');
  });

  it('semicolon delimiter, no BOM; toCsvChunks streams the same text', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ name: `Người ${i}; số`, date: '2019-03-05', n: i }));
    const csv = toCsv(cols, rows, { delimiter: ';' });
    expect(csv.startsWith('Họ và tên;Ngày;Số\r\n')).toBe(true);
    expect(csv).toContain('"Người 1; số";05/03/2019;1\r\n');
    const chunks: string[] = [];
    for await (const c of toCsvChunks(cols, rows, { delimiter: ';', chunkRows: 1000 })) chunks.push(c);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(csv);
  });
});
