// The public award lookup page of the portal (/tra-cuu-khen-thuong): server-rendered, Vietnamese, no script,
// a POST form (the name never lands in a URL, a proxy log or the browser history) over the same service and
// rate limit as POST /api/v1/public/registry/lookup. It shows only what the public may see: name, birth year,
// award, year and decision — never an ID number or a date of birth. Every value is HTML-escaped.
import type { FastifyInstance } from 'fastify';
import { AppError } from '@thidua/contracts';
import { formatDateVi } from '@thidua/i18n';
import { escapeHtml } from '../../http/html.js';
import type { RegistryPublicService } from './registry.public.service.js';

export const LOOKUP_PATH = '/tra-cuu-khen-thuong';
const esc = escapeHtml;

interface Form {
  fullName: string;
  birthYear: string;
  province: string;
}
type Hit = Awaited<ReturnType<RegistryPublicService['lookup']>>['items'][number];
type Outcome = { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'result'; items: Hit[] };

export function renderLookupPage(form: Form, outcome: Outcome): string {
  const result =
    outcome.kind === 'error'
      ? `<p class="error" role="alert">${esc(outcome.message)}</p>`
      : outcome.kind === 'result'
        ? outcome.items.length === 0
          ? `<p role="status"><strong>Không tìm thấy khen thưởng nào</strong> của “${esc(form.fullName)}”, sinh năm ${esc(form.birthYear)}${form.province ? `, ${esc(form.province)}` : ''}. Kiểm tra lại họ tên đầy đủ (có thể gõ không dấu) và năm sinh.</p>`
          : `<p role="status">Tìm thấy <strong>${outcome.items.length.toLocaleString('vi-VN')}</strong> khen thưởng còn hiệu lực.</p>
<table><caption>Kết quả tra cứu</caption><thead><tr><th scope="col">Họ và tên</th><th scope="col">Năm sinh</th><th scope="col">Hình thức khen thưởng</th><th scope="col">Năm thành tích</th><th scope="col">Quyết định</th></tr></thead><tbody>
${outcome.items
  .map(
    (i) =>
      `<tr><td>${esc(i.fullName)}</td><td>${i.birthYear ?? ''}</td><td>${esc(i.awardName)}</td><td>${i.year ?? ''}</td><td>${i.decision.number ? `Số ${esc(i.decision.number)}` : ''}${i.decision.date ? ` ngày ${formatDateVi(i.decision.date)}` : ''}${i.decision.authority ? ` – ${esc(i.decision.authority)}` : ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
        : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tra cứu khen thưởng – thidua</title>
<style>body{font-family:"Times New Roman",serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#111}h1{font-size:1.4rem}label{display:block;font-weight:bold;margin-top:.8rem}input{font:inherit;padding:.3rem;width:100%;max-width:24rem;box-sizing:border-box}button{font:inherit;margin-top:1rem;padding:.4rem 1.2rem}table{border-collapse:collapse;margin-top:1rem;width:100%}caption{text-align:left;font-weight:bold;margin-bottom:.4rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}.error{color:#b71c1c}</style>
</head><body><main>
<h1>Tra cứu khen thưởng</h1>
<p>Nhập họ và tên đầy đủ và năm sinh của người được khen thưởng. Kết quả chỉ gồm các khen thưởng còn hiệu lực trong sổ khen thưởng; không hiển thị số định danh cá nhân hay ngày sinh.</p>
<form method="post" action="${LOOKUP_PATH}">
<label for="fullName">Họ và tên</label><input id="fullName" name="fullName" required minlength="2" maxlength="200" autocomplete="off" value="${esc(form.fullName)}">
<label for="birthYear">Năm sinh</label><input id="birthYear" name="birthYear" required inputmode="numeric" pattern="[0-9]{4}" maxlength="4" value="${esc(form.birthYear)}">
<label for="province">Tỉnh, thành phố (không bắt buộc)</label><input id="province" name="province" maxlength="100" value="${esc(form.province)}">
<button type="submit">Tra cứu</button>
</form>
${result}
<p><small>Mỗi địa chỉ được tra cứu tối đa 30 lần mỗi phút. Bằng khen, giấy khen có mã xác minh được kiểm tra tại trang xác minh in trên bằng.</small></p>
</main></body></html>`;
}

function send(reply: import('fastify').FastifyReply, status: number, html: string) {
  return reply.status(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').header('X-Robots-Tag', 'noindex').send(html);
}

/** GET shows the form; POST (application/x-www-form-urlencoded) looks up and shows the result. */
export function lookupPageRoutes(app: FastifyInstance, pub: RegistryPublicService) {
  void app.register(async (sub) => {
    // Scoped to this plugin: the JSON API keeps refusing form bodies.
    sub.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => done(null, body));
    const blank: Form = { fullName: '', birthYear: '', province: '' };
    sub.get(LOOKUP_PATH, { schema: { hide: true } }, async (_req, reply) => send(reply, 200, renderLookupPage(blank, { kind: 'none' })));
    sub.post(LOOKUP_PATH, { schema: { hide: true } }, async (req, reply) => {
      const p = new URLSearchParams(typeof req.body === 'string' ? req.body : '');
      const form: Form = {
        fullName: (p.get('fullName') ?? '').trim().normalize('NFC').slice(0, 200),
        birthYear: (p.get('birthYear') ?? '').trim().slice(0, 4),
        province: (p.get('province') ?? '').trim().normalize('NFC').slice(0, 100),
      };
      const year = Number(form.birthYear);
      if (form.fullName.split(/\s+/).filter(Boolean).length < 2)
        return send(reply, 400, renderLookupPage(form, { kind: 'error', message: 'Nhập họ và tên đầy đủ (ít nhất hai chữ).' }));
      if (!/^\d{4}$/.test(form.birthYear) || year < 1800 || year > 2200)
        return send(reply, 400, renderLookupPage(form, { kind: 'error', message: 'Năm sinh gồm 4 chữ số, ví dụ 1975.' }));
      try {
        const r = await pub.lookup(req.ip, { fullName: form.fullName, birthYear: year, ...(form.province ? { province: form.province } : {}) });
        return send(reply, 200, renderLookupPage(form, { kind: 'result', items: r.items }));
      } catch (e) {
        if (e instanceof AppError && e.code === 'too_many_attempts') {
          const after = Number((e.details as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60);
          reply.header('Retry-After', String(after));
          return send(reply, 429, renderLookupPage(form, { kind: 'error', message: `Địa chỉ này đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${after} giây.` }));
        }
        throw e;
      }
    });
  });
}
