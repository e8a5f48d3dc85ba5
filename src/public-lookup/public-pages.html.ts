import { createHash } from 'node:crypto';
import { DossierStatus } from '../domain/dossier';
import { COMMENT_MAX_LENGTH, SATISFACTION_LEVELS, satisfactionLabel } from '../domain/satisfaction';
import type { PublicDossierView } from './public-dossier.view';
import { capitalise, escapeHtml, formatAppointmentVi, formatDayVi, formatHourVi, formatStampVi } from '../locale';

/**
 * The citizen's pages, rendered on the server: no script, no web font, no request to anyone else;
 * one inline style sheet allowed by its hash in the page's Content-Security-Policy.
 */
const CSS = [
  ':root{--ink:#17212b;--muted:#5a6673;--line:#e2e7ed;--bg:#f2f4f7;--tone:#1557b0;--tone-bg:#eaf1fb}',
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%}',
  'body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}',
  '.top{background:#a51c24;color:#fff;padding:12px 16px 14px}',
  '.top p{margin:0;max-width:536px;margin:0 auto}',
  '.org{font-size:12px;letter-spacing:.05em;text-transform:uppercase;opacity:.85}',
  '.site{font-weight:600;font-size:15px;line-height:1.35}',
  'main{max-width:560px;margin:0 auto;padding:12px 12px 8px}',
  '.card{background:#fff;border:1px solid var(--line);border-radius:12px;padding:14px 16px;margin:0 0 12px}',
  '.eyebrow{margin:0 0 2px;font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}',
  'h1{margin:0 0 4px;font-size:24px;line-height:1.25}',
  'h2{margin:0 0 10px;font-size:17px;line-height:1.3}',
  'p{margin:0 0 6px}',
  '.muted{color:var(--muted);font-size:14px}',
  '.proc{font-weight:600;font-size:17px;line-height:1.35;margin:0 0 10px}',
  '.status{border-left:6px solid var(--tone)}',
  '.status h1{color:var(--tone)}',
  '.tone-wait{--tone:#a35c00;--tone-bg:#fff4e0}',
  '.tone-done{--tone:#1b7a3a;--tone-bg:#e8f6ec}',
  '.tone-end{--tone:#8a2d2d;--tone-bg:#fbecec}',
  '.appt{background:var(--tone-bg);border-color:transparent}',
  '.when{margin:2px 0 6px;font-size:15px}',
  '.when b{display:block;font-size:30px;line-height:1.15;color:var(--tone)}',
  '.when span{font-size:19px;font-weight:600}',
  '.facts{margin:0}',
  '.facts div{display:flex;justify-content:space-between;gap:12px;padding:7px 0;border-top:1px solid var(--line)}',
  '.facts div:first-child{border-top:0;padding-top:0}',
  '.facts dt{color:var(--muted);flex:none}',
  '.facts dd{margin:0;text-align:right;font-weight:600;overflow-wrap:anywhere}',
  '.facts div.code{display:block}',
  '.code dd{text-align:left;font-size:19px;letter-spacing:.02em;font-variant-numeric:tabular-nums}',
  'ul.check{list-style:none;margin:0 0 8px;padding:0}',
  'ul.check li{position:relative;padding:3px 0 3px 28px}',
  'ul.check li::before{content:"✓";position:absolute;left:4px;top:3px;color:#1b7a3a;font-weight:700}',
  'ul.need li::before{content:"!";color:#a35c00}',
  '.tl{list-style:none;margin:0;padding:0}',
  '.tl li{position:relative;padding:0 0 14px 24px}',
  '.tl li::before{content:"";position:absolute;left:5px;top:7px;width:10px;height:10px;border-radius:50%;background:#b7c1cc}',
  '.tl li::after{content:"";position:absolute;left:9px;top:19px;bottom:-5px;width:2px;background:var(--line)}',
  '.tl li:last-child{padding-bottom:0}',
  '.tl li:last-child::after{display:none}',
  '.tl li:first-child::before{background:var(--tone);box-shadow:0 0 0 3px var(--tone-bg)}',
  '.tl time{display:block;font-size:13px;color:var(--muted)}',
  '.tl b{display:block;line-height:1.35}',
  '.tl span{display:block;font-size:14px;color:var(--muted)}',
  'label{display:block;font-weight:600;margin:12px 0 4px}',
  'input,textarea{width:100%;font:inherit;font-size:18px;padding:11px 12px;border:1px solid #aab4bf;border-radius:8px;background:#fff;color:var(--ink)}',
  'input:focus,textarea:focus{outline:3px solid #9cc0f0;border-color:var(--tone)}',
  'textarea{display:block;resize:vertical;font-size:17px}',
  'fieldset{border:0;margin:0;padding:0;min-width:0}',
  'legend{padding:0;margin:0 0 2px;font-weight:600}',
  '.opt{display:flex;align-items:center;gap:14px;min-height:52px;margin:8px 0 0;padding:10px 14px;border:1px solid #aab4bf;border-radius:10px;font-size:17px}',
  '.opt input{flex:none;width:26px;height:26px;margin:0;padding:0;accent-color:var(--tone)}',
  '.opt:has(input:checked){border-color:var(--tone);background:var(--tone-bg);box-shadow:inset 0 0 0 1px var(--tone)}',
  '.err{color:#8a2d2d;font-weight:600}',
  'button{margin-top:16px;width:100%;font:inherit;font-weight:600;font-size:17px;padding:12px;border:0;border-radius:8px;background:var(--tone);color:#fff}',
  '.files{list-style:none;margin:0;padding:0}',
  '.files li{margin:8px 0 0}',
  '.dl{display:flex;align-items:center;gap:12px;min-height:52px;padding:10px 14px;border:1px solid #aab4bf;border-radius:10px;color:var(--tone);font-weight:600;text-decoration:none}',
  '.dl small{display:block;color:var(--muted);font-weight:400}',
  'footer{max-width:560px;margin:0 auto;padding:4px 16px 24px;font-size:14px;color:var(--muted)}',
  'footer a{color:var(--tone);font-weight:600}',
].join('');

const STYLE_HASH = `'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'`;

/** The pages' own Content-Security-Policy: nothing from anywhere else, this style sheet only, forms to this site. */
export const PUBLIC_PAGE_CSP = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export { escapeHtml };

const e = escapeHtml;

function layout(title: string, body: string, header?: { org: string; site: string }, otherLookupLink = false): string {
  const top = header
    ? `<header class="top"><p class="org">${e(header.org)}</p><p class="site">${e(header.site)}</p></header>`
    : `<header class="top"><p class="org">Bộ phận Một cửa</p><p class="site">Tra cứu tình trạng hồ sơ</p></header>`;
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="format-detection" content="telephone=no"><meta name="robots" content="noindex,nofollow">' +
    '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">' +
    `<title>${e(title)}</title><style>${CSS}</style></head><body>${top}<main>${body}</main>` +
    '<footer>' +
    (otherLookupLink ? '<p><a href="/tra-cuu">Tra cứu hồ sơ khác</a></p>' : '') +
    '<p>Thông tin cá nhân được ẩn theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.</p></footer></body></html>'
  );
}

function toneOf(status: number): string {
  switch (status) {
    case DossierStatus.SupplementRequested:
    case DossierStatus.PaymentRequested:
      return 'tone-wait';
    case DossierStatus.Resolved:
    case DossierStatus.Returned:
      return 'tone-done';
    case DossierStatus.Refused:
    case DossierStatus.Withdrawn:
    case DossierStatus.Stopped:
      return 'tone-end';
    default:
      return '';
  }
}

function list(items: string[], className: string): string {
  return `<ul class="${className}">${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
}

function appointmentCard(v: PublicDossierView): string {
  if (!v.collect) return '';
  const due = new Date(v.dueAt);
  const original = new Date(v.originalDueAt);
  const rescheduled = due.getTime() !== original.getTime();
  const notes: string[] = [];
  if (v.statusCode === DossierStatus.Resolved) {
    notes.push('Kết quả đã sẵn sàng: ông/bà có thể đến nhận trong giờ làm việc, không cần chờ đến ngày hẹn.');
  }
  if (rescheduled) notes.push(`Ngày hẹn ban đầu: ${formatAppointmentVi(original)}. Cơ quan đã xin lỗi và hẹn lại.`);
  if (v.statusCode === DossierStatus.SupplementRequested) {
    notes.push('Ngày hẹn sẽ được tính lại khi ông/bà nộp đủ giấy tờ bổ sung.');
  }
  if (v.provisional) notes.push('Ngày hẹn dự kiến, có thể thay đổi theo lịch nghỉ chính thức của Nhà nước.');
  return (
    '<section class="card appt"><p class="eyebrow">Hẹn trả kết quả</p>' +
    `<p class="when"><b>${e(formatHourVi(due))}</b><span>${e(capitalise(formatDayVi(due)))}</span></p>` +
    notes.map((n) => `<p class="muted">${e(n)}</p>`).join('') +
    '</section>'
  );
}

function collectCard(v: PublicDossierView): string {
  if (!v.collect) return '';
  const c = v.collect;
  return (
    '<section class="card"><h2>Khi đến nhận kết quả, vui lòng mang theo</h2>' +
    list(c.bring, 'check') +
    '<dl class="facts">' +
    `<div><dt>Phí, lệ phí</dt><dd>${e(c.fee)}</dd></div>` +
    '</dl>' +
    (c.resultDelivery ? `<p class="muted">${e(c.resultDelivery)}.</p>` : '') +
    '</section>'
  );
}

function missingCard(v: PublicDossierView): string {
  if (v.missingItems.length === 0) return '';
  return `<section class="card"><h2>Giấy tờ cần bổ sung</h2>${list(v.missingItems, 'check need')}</section>`;
}

function timelineCard(v: PublicDossierView): string {
  if (v.timeline.length === 0) return '';
  const items = [...v.timeline]
    .reverse()
    .map(
      (t) =>
        `<li><time datetime="${e(t.at)}">${e(formatStampVi(new Date(t.at)))}</time><b>${e(t.label)}</b>` +
        t.details.map((d) => `<span>${e(d)}</span>`).join('') +
        '</li>',
    )
    .join('');
  return `<section class="card"><h2>Quá trình giải quyết</h2><ol class="tl">${items}</ol></section>`;
}

/**
 * Where the satisfaction card goes on a returned dossier's page not yet rated. The cached page is
 * shared by every look-up of the dossier, so it never holds the QR token: the card is put in per
 * request (fillSatisfactionSlot), a form for a QR look-up, a hint for a look-up by phone digits.
 * Page content is escaped, so the marker cannot come from data.
 */
export const SATISFACTION_SLOT = '<!--danh-gia-->';

/** Where the electronic results go: filled per request, with download links only for a QR (token) look-up. */
export const RESULTS_SLOT = '<!--ket-qua-->';

export interface PublicResultLink {
  title: string;
  code: string;
  url: string;
}

/** The citizen's signed results, one large link each (phone-sized); empty when there are none. */
export function renderResultsCard(results: PublicResultLink[]): string {
  if (results.length === 0) return '';
  const items = results
    .map((r) => `<li><a class="dl" href="${e(r.url)}" download><span>⬇</span><span>${e(r.title)}<small>Bản điện tử có chữ ký số · ${e(r.code)}</small></span></a></li>`)
    .join('');
  return `<section class="card" id="ket-qua"><h2>Kết quả điện tử</h2><ul class="files">${items}</ul></section>`;
}

export function fillResultsSlot(html: string, card: string): string {
  return html.replace(RESULTS_SLOT, () => card);
}

export function fillSatisfactionSlot(html: string, card: string): string {
  return html.replace(SATISFACTION_SLOT, () => card);
}

function satisfactionCard(v: PublicDossierView): string {
  switch (v.satisfaction.state) {
    case 'none':
      return '';
    case 'open':
      return SATISFACTION_SLOT;
    case 'rated':
      return (
        '<section class="card" id="danh-gia"><h2>Đánh giá mức độ hài lòng</h2>' +
        `<p>Cảm ơn ông/bà đã đánh giá: <b>${e(v.satisfaction.levelLabel)}</b></p></section>`
      );
  }
}

/** What the citizen sent when the rating form comes back with an error. */
export interface RatingFormState {
  level?: unknown;
  comment?: unknown;
  errors?: Array<{ field: string; message: string }>;
}

/** The rating form of a QR look-up: five large radio buttons, an optional comment, the token in a hidden field. */
export function renderRatingForm(code: string, token: string, state: RatingFormState = {}): string {
  const errors = state.errors ?? [];
  const comment = typeof state.comment === 'string' ? state.comment : '';
  const options = SATISFACTION_LEVELS.map(
    (level) =>
      `<label class="opt"><input type="radio" name="level" value="${level}" required${state.level === level ? ' checked' : ''}>` +
      `<span>${e(satisfactionLabel(level))}</span></label>`,
  ).join('');
  return (
    '<section class="card" id="danh-gia"><h2>Đánh giá mức độ hài lòng</h2>' +
    errors.map((error) => `<p class="err" role="alert">${e(error.message)}</p>`).join('') +
    `<form method="post" action="/tra-cuu/${e(encodeURIComponent(code))}/danh-gia">` +
    `<input type="hidden" name="t" value="${e(token)}">` +
    `<fieldset><legend>Ông/bà hài lòng với việc giải quyết hồ sơ này ở mức nào?</legend>${options}</fieldset>` +
    '<label for="comment">Góp ý thêm (không bắt buộc)</label>' +
    `<textarea id="comment" name="comment" rows="3" maxlength="${COMMENT_MAX_LENGTH}" aria-describedby="comment-hint">${e(comment)}</textarea>` +
    `<p class="muted" id="comment-hint">Tối đa ${COMMENT_MAX_LENGTH} ký tự. Vui lòng không ghi số điện thoại hay số giấy tờ tùy thân.</p>` +
    '<button type="submit">Gửi đánh giá</button></form></section>'
  );
}

/** A look-up by phone digits does not authorise rating: only the QR token does. */
export const RATING_NEEDS_QR =
  '<section class="card" id="danh-gia"><h2>Đánh giá mức độ hài lòng</h2><p>Để đánh giá, vui lòng quét mã QR trên giấy hẹn.</p></section>';

/** The status page the QR on the giấy hẹn opens. */
export function renderStatusPage(v: PublicDossierView): string {
  const tone = toneOf(v.statusCode);
  const body =
    `<div class="${tone}">` +
    `<section class="card status"><p class="proc">${e(v.procedureName)}</p>` +
    `<p class="eyebrow">Tình trạng hồ sơ</p><h1>${e(v.statusLabel)}</h1><p>${e(v.statusNote)}</p></section>` +
    RESULTS_SLOT +
    satisfactionCard(v) +
    appointmentCard(v) +
    missingCard(v) +
    '<section class="card"><dl class="facts">' +
    `<div class="code"><dt>Mã hồ sơ</dt><dd>${e(v.code)}</dd></div>` +
    `<div><dt>Người nộp</dt><dd>${e(v.applicantName)}</dd></div>` +
    `<div><dt>Ngày nộp</dt><dd>${e(formatStampVi(new Date(v.receivedAt)))}</dd></div>` +
    '</dl></section>' +
    collectCard(v) +
    timelineCard(v) +
    '</div>';
  return layout(`${v.statusLabel} – Hồ sơ ${v.code}`, body, { org: v.governingBody, site: v.agencyName }, true);
}

const LOOKUP_FORM =
  '<form method="post" action="/tra-cuu">' +
  '<label for="code">Mã hồ sơ</label>' +
  '<input id="code" name="code" required maxlength="64" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="In trên giấy hẹn">' +
  '<label for="phone4">4 số cuối số điện thoại</label>' +
  '<input id="phone4" name="phone4" required inputmode="numeric" pattern="[0-9]{4}" minlength="4" maxlength="4" autocomplete="off" placeholder="4 chữ số">' +
  '<button type="submit">Tra cứu</button></form>';

/** GET /tra-cuu: the manual look-up form. */
export function renderLookupForm(): string {
  return layout(
    'Tra cứu hồ sơ',
    '<section class="card"><h1>Tra cứu hồ sơ</h1>' +
      '<p class="muted">Nhập mã hồ sơ in trên giấy hẹn và 4 số cuối của số điện thoại đã khai khi nộp hồ sơ.</p>' +
      LOOKUP_FORM +
      '</section><section class="card"><p class="muted">Hoặc quét mã QR trên giấy hẹn bằng camera điện thoại hoặc Zalo để xem ngay.</p></section>',
  );
}

/** One page for every failed look-up (unknown code, wrong token, wrong digits): nothing tells them apart. */
export function renderNotFound(): string {
  return layout(
    'Không tìm thấy hồ sơ',
    '<section class="card status tone-end"><h1>Không tìm thấy hồ sơ</h1>' +
      '<p>Mã hồ sơ hoặc thông tin xác minh không đúng. Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn và 4 số cuối số điện thoại.</p></section>' +
      `<section class="card"><h2>Tra cứu lại</h2>${LOOKUP_FORM}</section>`,
  );
}

export function renderTooManyAttempts(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return layout(
    'Tra cứu tạm thời bị khóa',
    '<section class="card status tone-wait"><h1>Vui lòng thử lại sau</h1>' +
      `<p>Đã có quá nhiều lần tra cứu không đúng từ thiết bị hoặc mạng của ông/bà. Vui lòng thử lại sau khoảng ${minutes} phút.</p>` +
      '<p class="muted">Quét mã QR trên giấy hẹn vẫn xem được hồ sơ ngay.</p></section>',
  );
}

export function renderUnavailable(): string {
  return layout(
    'Tạm thời gián đoạn',
    '<section class="card status tone-wait"><h1>Hệ thống tạm thời gián đoạn</h1>' +
      '<p>Vui lòng thử lại sau ít phút hoặc liên hệ Bộ phận Một cửa.</p></section>',
  );
}
