// The public certificate verification page (/verify/{code}): server-rendered, Vietnamese, no script,
// minimal data (holder name, award, decision, status). Every value is HTML-escaped.
import { escapeHtml as esc } from '../../http/html.js';
const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

export interface VerifyData {
  code: string;
  status: 'valid' | 'revoked' | 'reissued';
  holder: { name: string };
  award: { name: string; year: number | null };
  decision: { number: string | null; date: string | null; authority: string | null };
  revokedBy: { number: string; date: string } | null;
  newCode: string | null;
}

const STATUS = {
  valid: { text: 'CÒN HIỆU LỰC', color: '#1b5e20' },
  revoked: { text: 'ĐÃ BỊ HỦY BỎ', color: '#b71c1c' },
  reissued: { text: 'ĐÃ ĐƯỢC CẤP LẠI', color: '#e65100' },
};

export function renderVerifyPage(code: string, d: VerifyData | null): string {
  const body = d
    ? `<p class="status" style="color:${STATUS[d.status].color}"><strong>${STATUS[d.status].text}</strong></p>
<dl>
<dt>Mã xác minh</dt><dd>${esc(d.code)}</dd>
<dt>Người (tập thể) được khen thưởng</dt><dd>${esc(d.holder.name)}</dd>
<dt>Hình thức khen thưởng</dt><dd>${esc(d.award.name)}${d.award.year ? ` (năm ${d.award.year})` : ''}</dd>
<dt>Quyết định</dt><dd>Số ${esc(d.decision.number ?? '')} ngày ${vnDate(d.decision.date)}</dd>
<dt>Cơ quan ban hành</dt><dd>${esc(d.decision.authority ?? '')}</dd>
${d.revokedBy ? `<dt>Hủy bỏ theo</dt><dd>Quyết định số ${esc(d.revokedBy.number)} ngày ${vnDate(d.revokedBy.date)}</dd>` : ''}
${d.newCode ? `<dt>Mã của bản cấp lại</dt><dd><a href="/verify/${encodeURIComponent(d.newCode)}">${esc(d.newCode)}</a></dd>` : ''}
</dl>`
    : `<p class="status" style="color:#b71c1c"><strong>KHÔNG TÌM THẤY</strong></p><p>Không có bằng khen, giấy khen nào mang mã “${esc(code)}”. Vui lòng kiểm tra lại mã in trên bằng.</p>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xác minh khen thưởng – thidua</title>
<style>body{font-family:"Times New Roman",serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111}h1{font-size:1.4rem}dt{font-weight:bold;margin-top:.6rem}dd{margin:0}.status{font-size:1.3rem}</style>
</head><body><main>
<h1>Xác minh bằng khen, giấy khen</h1>
${body}
<p><small>Trang này chỉ hiển thị thông tin tối thiểu để xác minh. Dữ liệu từ sổ khen thưởng của thidua.</small></p>
</main></body></html>`;
}
