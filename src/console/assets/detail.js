// @ts-check
/** Chi tiết hồ sơ: summary, control slip, timeline, and the actions the user's role allows. */
import { describeError, get, post, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { DialogInputError, dateTimeFields, dialogField, openDialog } from './dialog.js';
import {
  appointment,
  CHANNEL_LABELS,
  dateTime,
  dueState,
  DUE_STATE_LABELS,
  EVENT_LABELS,
  localDate,
  parseVnDate,
  OPEN_STATUSES,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  STEP_RESULT_LABELS,
  vnDate,
  vnInstant,
} from './format.js';
import { pageMessage, startPage } from './layout.js';
import { mountDossierFiles } from './files.js';
import { pdfLink } from './pdf.js';
import { hasRole } from './session.js';

const OUTCOME_LABELS = { approved: 'Giải quyết (chấp thuận)', rejected: 'Không chấp thuận (có văn bản trả lời)' };
const SHARED_SOURCE_LABELS = {
  population_database: 'Cơ sở dữ liệu quốc gia về dân cư',
  business_registry: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
  land_database: 'Cơ sở dữ liệu đất đai',
  other_shared_database: 'Cơ sở dữ liệu dùng chung khác',
};
const SHARED_OUTCOME_LABELS = { matched: 'Thông tin khớp', mismatch: 'Thông tin không khớp', unavailable: 'Không kết nối được (đã yêu cầu giấy tờ)' };
const RETURN_LABELS = { counter: 'Tại Bộ phận Một cửa', postal: 'Qua dịch vụ bưu chính công ích', online: 'Trực tuyến' };

const session = startPage({ active: '/console/ho-so' });
const code = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const base = `/api/v1/dossiers/${encodeURIComponent(code)}`;
let dossier = null;
let procedure = null;
/** The citizen's satisfaction rating of a returned dossier, when one was given. */
let rating = null;
/** Checks of the applicant's data against shared national databases (QĐ 766 indicator 4.4). */
let sharedChecks = [];
/** Whether the server counts this dossier as due soon (its dueSoon filter, in the agency's working time). */
let dueSoon = false;

if (session) {
  $('#d-code').textContent = code;
  document.title = `Hồ sơ ${code} · Bộ phận Một cửa`;
  const back = sessionStorage.getItem('motcua.console.lastQueue');
  if (back) $('#back-link').href = back;
  void load();
}

async function load() {
  try {
    dossier = await get(base);
  } catch (error) {
    pageMessage('error', describeError(error, 'Xem hồ sơ'));
    $('#detail').hidden = true;
    return;
  }
  if (OPEN_STATUSES.includes(dossier.statusCode)) {
    get(`/api/v1/dossiers${query({ dueSoon: true, q: dossier.code, pageSize: 5 })}`)
      .then((found) => {
        const soon = found.items.some((item) => item.code === dossier.code);
        if (soon !== dueSoon) {
          dueSoon = soon;
          renderStatus();
        }
      })
      .catch(() => {});
  }
  rating = dossier.statusCode === 10 ? await get(`${base}/satisfaction`).catch(() => null) : null;
  sharedChecks = await get(`${base}/shared-data-checks`).catch(() => []);
  if (!procedure) {
    get(`/api/v1/procedures${query({ q: dossier.procedureCode })}`)
      .then((found) => (procedure = found.find((p) => p.code === dossier.procedureCode) ?? null))
      .catch(() => {});
  }
  render();
}

function renderStatus() {
  const d = dossier;
  const due = dueState(d, { soon: dueSoon });
  fill(
    $('#d-status-box'),
    h('span', { class: `status status-lg status-${d.statusCode}`, dataset: { testid: 'dossier-status' } }, STATUS_LABELS[d.statusCode] ?? d.status),
    due !== 'done' ? h('span', { class: `chip chip-lg chip-${due}` }, DUE_STATE_LABELS[due]) : null,
  );
}

function render() {
  const d = dossier;
  const due = dueState(d, { soon: dueSoon });
  renderStatus();
  const a = d.applicant;
  const item = (label, ...value) => h('div', { class: 'sum-item' }, h('dt', {}, label), h('dd', {}, ...value));
  fill(
    $('#d-summary'),
    item('Thủ tục', h('strong', {}, d.procedureName), h('span', { class: 'sub' }, `Mã thủ tục ${d.procedureCode}`)),
    item('Người nộp', h('strong', {}, a.fullName), h('span', { class: 'sub' }, `Số định danh ${a.idNumber}`)),
    item('Liên hệ', a.phone, a.email ? h('span', { class: 'sub' }, a.email) : null, h('span', { class: 'sub' }, a.address)),
    item('Tiếp nhận', dateTime(d.receivedAt), h('span', { class: 'sub' }, CHANNEL_LABELS[d.channel] ?? d.channel), registerEntry(d)),
    item(
      'Cơ quan',
      h('span', { 'data-testid': 'resolving-agency' }, h('strong', {}, d.resolvingAgency?.name ?? d.resolvingAgencyCode), ' (giải quyết)'),
      h('span', { class: 'sub', 'data-testid': 'receiving-agency' }, `Tiếp nhận: ${d.receivingAgency?.name ?? d.receivingAgencyCode}`),
    ),
    item(
      'Hẹn trả kết quả',
      h('strong', { class: `due-text due-${due}` }, appointment(d.dueAt)),
      d.provisional ? h('span', { class: 'sub' }, 'Tạm tính: lịch nghỉ năm sau chưa công bố') : null,
      d.dueAt !== d.originalDueAt ? h('span', { class: 'sub' }, `Hẹn ban đầu: ${dateTime(d.originalDueAt)}`) : null,
    ),
    d.resolvedAt || d.returnedAt || d.endedAt
      ? item(
          'Kết quả',
          d.outcome ? OUTCOME_LABELS[d.outcome] ?? d.outcome : '',
          d.resolvedAt ? h('span', { class: 'sub' }, `Xong lúc ${dateTime(d.resolvedAt)}`) : null,
          d.returnedAt ? h('span', { class: 'sub' }, `Trả lúc ${dateTime(d.returnedAt)}${d.returnMethod ? ` · ${RETURN_LABELS[d.returnMethod] ?? d.returnMethod}` : ''}`) : null,
          d.endReason ? h('span', { class: 'sub' }, `Lý do: ${d.endReason}`) : null,
        )
      : null,
    item(
      'Giấy tờ đã nhận',
      (d.documents ?? []).length === 0
        ? h('span', { class: 'muted' }, 'Không ghi nhận')
        : h('ul', { class: 'doc-list' }, d.documents.map((doc) => h('li', {}, doc.name, doc.copies > 1 ? ` (${doc.copies} bản)` : ''))),
    ),
  );
  renderActions();
  renderPrints();
  renderSteps();
  renderExtra();
  renderTimeline();
  renderFiles();
  $('#detail').hidden = false;
}

/** Digitised documents and electronic results (mounted once; refreshed with the dossier). */
let files = null;
function renderFiles() {
  if (files) return void files.refresh();
  files = mountDossierFiles($('#d-files'), { dossier, user: session.user, onChange: () => void reloadQuietly() });
}

async function reloadQuietly() {
  try {
    dossier = await get(base);
    renderTimeline();
  } catch {
    // the card already said what happened; the timeline catches up on the next load
  }
}

// ── Actions ───────────────────────────────────────────────────────────────────
const ACTIONS = [
  { id: 'handoff', label: 'Chuyển xử lý', roles: ['counter', 'officer', 'head', 'admin'], statuses: [2, 4], run: handoff, primary: true },
  { id: 'resolve', label: 'Giải quyết xong', roles: ['officer', 'head', 'admin'], statuses: [2, 4], run: resolve, primary: true },
  { id: 'return', label: 'Trả kết quả', roles: ['counter', 'admin'], statuses: [9], run: returnResult, primary: true },
  { id: 'supplement-received', label: 'Nhận hồ sơ bổ sung', roles: ['counter', 'officer', 'head', 'admin'], statuses: [5], run: receiveSupplement, primary: true },
  { id: 'supplement', label: 'Yêu cầu bổ sung', roles: ['counter', 'officer', 'head', 'admin'], statuses: [2, 4], run: requestSupplement },
  { id: 'apology', label: 'Xin lỗi, hẹn lại ngày trả', roles: ['head'], statuses: OPEN_STATUSES, when: (d) => !d.apology, run: apologise },
  { id: 'refuse', label: 'Từ chối giải quyết', roles: ['officer', 'head', 'admin'], statuses: [2, 4], run: refuse, danger: true },
  { id: 'stop', label: 'Dừng xử lý', roles: ['counter', 'officer', 'head', 'admin'], statuses: OPEN_STATUSES, run: stop, danger: true },
  { id: 'withdraw', label: 'Rút hồ sơ', roles: ['counter', 'officer', 'head', 'admin'], statuses: OPEN_STATUSES, run: withdraw, danger: true },
  { id: 'shared-data', label: 'Đối chiếu CSDL dùng chung', roles: ['counter', 'officer', 'head', 'admin'], statuses: OPEN_STATUSES, run: recordSharedDataCheck },
  { id: 'rate', label: 'Ghi nhận mức độ hài lòng', roles: ['counter', 'admin'], statuses: [10], when: () => !rating, run: recordRating, primary: true },
];

/** "Sổ theo dõi: quyển 01/2026, số 15" — the register entry printed on the receipt. */
function registerEntry(d) {
  if (!d.register) return null;
  return h('span', { class: 'sub' }, `Sổ theo dõi: quyển ${String(d.register.book).padStart(2, '0')}/${d.register.year}, số ${d.register.entry}`);
}

function renderActions() {
  const allowed = ACTIONS.filter((a) => hasRole(session.user, ...a.roles) && a.statuses.includes(dossier.statusCode) && (a.when?.(dossier) ?? true));
  fill(
    $('#d-actions'),
    allowed.length === 0
      ? h('span', { class: 'muted' }, OPEN_STATUSES.includes(dossier.statusCode) || dossier.statusCode === 9 ? 'Vai trò của bạn không có thao tác nào với hồ sơ ở trạng thái này.' : 'Hồ sơ đã kết thúc.')
      : allowed.map((action) => {
          const button = h('button', { type: 'button', class: `btn ${action.danger ? 'btn-danger-outline' : action.primary ? 'btn-primary' : 'btn-secondary'}`, dataset: { testid: `action-${action.id}` } }, action.label);
          button.addEventListener('click', () => void action.run());
          return button;
        }),
  );
}

function renderPrints() {
  const status = $('#d-pdf-status');
  const links = [
    pdfLink({ path: `${base}/receipt.pdf`, label: 'Giấy hẹn (Mẫu 01)', testid: 'print-receipt', status, what: 'Giấy hẹn' }),
    pdfLink({ path: `${base}/control-slip.pdf`, label: 'Phiếu kiểm soát (Mẫu 06)', testid: 'print-control-slip', status, what: 'Phiếu kiểm soát' }),
    dossier.statusCode === 3 ? pdfLink({ path: `${base}/refusal.pdf`, label: 'Phiếu từ chối (Mẫu 03)', status, what: 'Phiếu từ chối' }) : null,
    dossier.apology ? pdfLink({ path: `${base}/apology.pdf`, label: 'Văn bản xin lỗi (Mẫu 04)', testid: 'print-apology', status, what: 'Văn bản xin lỗi' }) : null,
    dossier.statusCode === 8 ? pdfLink({ path: `${base}/stop-notice.pdf`, label: 'Thông báo dừng (Mẫu 05)', status, what: 'Thông báo dừng giải quyết' }) : null,
  ];
  fill($('#d-prints'), h('span', { class: 'group-label' }, 'In:'), links);
}

function renderSteps() {
  const steps = dossier.steps ?? [];
  fill(
    $('#d-steps'),
    steps.length === 0
      ? h('tr', {}, h('td', { colspan: 5, class: 'empty-cell' }, 'Chưa có lần chuyển xử lý nào.'))
      : steps.map((s) =>
          h(
            'tr',
            {},
            h('td', {}, String(s.position)),
            h(
              'td',
              {},
              h('span', { class: 'step-line' }, h('span', { class: 'step-tag' }, 'Giao'), who(s.fromUnit, s.fromOfficer)),
              h('span', { class: 'step-line' }, h('span', { class: 'step-tag' }, 'Nhận'), who(s.toUnit, s.toOfficer)),
              s.note ? h('span', { class: 'sub' }, s.note) : null,
            ),
            h('td', {}, dateTime(s.handedAt), s.handoverResult ? h('span', { class: 'sub' }, 'Bước giao: ', stepChip(s.handoverResult)) : null),
            h('td', {}, dateTime(s.deadlineAt)),
            h('td', {}, s.finishedAt ? [dateTime(s.finishedAt), h('span', { class: 'sub' }, stepChip(s.result))] : h('span', { class: 'muted' }, 'Đang xử lý')),
          ),
        ),
  );
}

function stepChip(result) {
  return result ? h('span', { class: `chip chip-step-${result}` }, STEP_RESULT_LABELS[result] ?? result) : null;
}

function who(unit, officer) {
  return officer ? `${unit} – ${officer}` : unit;
}

const LATE_REQUEST_HINTS = {
  after_window: 'Yêu cầu sau thời hạn được yêu cầu bổ sung (tính từ ngày tiếp nhận)',
  after_due: 'Yêu cầu khi hồ sơ đã quá hạn: hồ sơ vẫn tính là quá hạn',
};

function renderExtra() {
  const status = $('#d-pdf-status');
  const blocks = [];
  const requests = dossier.supplementRequests ?? [];
  if (requests.length > 0) {
    blocks.push(
      h('h3', { class: 'sub-title' }, 'Yêu cầu bổ sung hồ sơ'),
      h(
        'ul',
        { class: 'block-list' },
        requests.map((r) =>
          h(
            'li',
            {},
            h(
              'div',
              { class: 'block-head' },
              h('strong', {}, `Lần ${r.number}`),
              ` · ${dateTime(r.requestedAt)} · ${r.requestedBy ?? ''}`,
              r.receivedAt ? h('span', { class: 'chip chip-ok' }, `Đã nhận bổ sung ${dateTime(r.receivedAt)}`) : h('span', { class: 'chip chip-soon' }, 'Chờ bổ sung'),
              r.lateReason ? h('span', { class: 'chip chip-overdue', dataset: { testid: 'late-request' }, title: LATE_REQUEST_HINTS[r.lateReason] ?? '' }, 'Yêu cầu muộn của cơ quan: không tính lại thời hạn') : null,
            ),
            h('div', {}, (r.items ?? []).map((i) => i.name ?? i).join('; ')),
            r.reason ? h('div', { class: 'sub' }, `Lý do: ${r.reason}`) : null,
            pdfLink({ path: `${base}/supplement-requests/${r.number}.pdf`, label: `Phiếu yêu cầu bổ sung lần ${r.number} (Mẫu 02)`, status, what: 'Phiếu yêu cầu bổ sung', className: 'btn btn-link-print' }),
          ),
        ),
      ),
    );
  }
  if (rating) {
    const source = rating.source === 'public' ? 'người nộp tự đánh giá qua mã QR' : 'ghi nhận tại Bộ phận Một cửa';
    blocks.push(
      h('h3', { class: 'sub-title' }, 'Mức độ hài lòng'),
      h(
        'div',
        { class: 'block-list', dataset: { testid: 'rating' } },
        h('div', { class: 'block-head' }, h('strong', {}, rating.levelLabel), ` · ${dateTime(rating.ratedAt)} · ${source}`),
        rating.comment ? h('div', { class: 'sub' }, `Ý kiến: ${rating.comment}`) : null,
      ),
    );
  }
  if (sharedChecks.length > 0) {
    blocks.push(
      h('h3', { class: 'sub-title' }, 'Đối chiếu cơ sở dữ liệu dùng chung'),
      h(
        'ul',
        { class: 'block-list', dataset: { testid: 'shared-checks' } },
        sharedChecks.map((c) =>
          h(
            'li',
            {},
            h('div', { class: 'block-head' }, h('strong', {}, SHARED_SOURCE_LABELS[c.source] ?? c.source), ` · ${dateTime(c.checkedAt)} · ${c.checkedByName}`),
            h('div', {}, SHARED_OUTCOME_LABELS[c.outcome] ?? c.outcome, c.reference ? ` · Mã tra cứu ${c.reference}` : ''),
          ),
        ),
      ),
    );
  }
  if (dossier.apology) {
    const ap = dossier.apology;
    blocks.push(
      h('h3', { class: 'sub-title' }, 'Văn bản xin lỗi và hẹn lại ngày trả kết quả'),
      h(
        'div',
        { class: 'block-list' },
        h('div', { class: 'block-head' }, `${ap.signerName} · ${dateTime(ap.issuedAt)}`, ap.late ? h('span', { class: 'chip chip-overdue' }, 'Phát hành muộn') : null),
        h('div', {}, `Hẹn cũ ${dateTime(ap.previousDueAt)} → hẹn mới ${dateTime(ap.newDueAt)}`),
        h('div', { class: 'sub' }, `Lý do: ${ap.reason}`),
      ),
    );
  }
  fill($('#d-extra'), blocks);
}

function renderTimeline() {
  const events = [...(dossier.events ?? [])].sort((x, y) => x.occurredAt.localeCompare(y.occurredAt) || x.id - y.id);
  fill(
    $('#d-timeline'),
    events.map((e) =>
      h(
        'li',
        { class: `tl-item tl-${e.type}` },
        h('span', { class: 'tl-dot', 'aria-hidden': 'true' }),
        h('div', { class: 'tl-head' }, h('strong', {}, EVENT_LABELS[e.type] ?? (e.toStatus ? STATUS_LABELS[e.toStatus] : e.type)), h('time', { datetime: e.occurredAt }, dateTime(e.occurredAt))),
        h('div', { class: 'sub' }, e.actor, e.toStatus && e.fromStatus !== e.toStatus ? ` · ${STATUS_LABELS[e.toStatus] ?? e.toStatus}` : ''),
        eventDetail(e.data),
      ),
    ),
  );
}

function eventDetail(data) {
  if (!data || typeof data !== 'object') return null;
  const bits = [];
  if (data.toUnit) bits.push(`Chuyển đến: ${who(data.toUnit, data.toOfficer)}`);
  if (data.reason) bits.push(`Lý do: ${data.reason}`);
  if (Array.isArray(data.reasons)) bits.push(`Lý do: ${data.reasons.join('; ')}`);
  if (data.note) bits.push(`Ghi chú: ${data.note}`);
  if (data.newDueAt) bits.push(`Hẹn mới: ${dateTime(data.newDueAt)}`);
  else if (data.dueAt) bits.push(`Hạn trả: ${dateTime(data.dueAt)}`);
  return bits.length ? h('div', { class: 'tl-detail' }, bits.join(' · ')) : null;
}

// ── Each action: a dialog (the confirmation), the API call, then the PDF to print ─────────────
async function afterAction(message, print) {
  await load();
  pageMessage('success', message, print ? ' ' : null, print ?? null);
  $('#page-message').scrollIntoView({ block: 'nearest' });
  (print ?? $('#main')).focus();
}

function printLink(path, label, what) {
  return pdfLink({ path, label, status: $('#d-pdf-status'), what, className: 'btn btn-secondary btn-sm' });
}

function currentUnit() {
  const steps = dossier.steps ?? [];
  return steps.length ? steps[steps.length - 1].toUnit : session.user.unitName || 'Bộ phận Một cửa';
}

async function handoff() {
  const units = [...new Set([...(procedure?.processSteps ?? []).map((s) => s.unit), ...(dossier.steps ?? []).flatMap((s) => [s.fromUnit, s.toUnit])].filter(Boolean))];
  const plan = (procedure?.processSteps ?? []).map((s) => s.unit);
  const here = currentUnit();
  const at = plan.indexOf(here);
  const suggestion = at >= 0 && at + 1 < plan.length ? plan[at + 1] : '';
  const listId = 'units-datalist';
  const row = await openDialog({
    title: 'Chuyển xử lý hồ sơ',
    intro: h('p', {}, `Ghi nhận việc giao hồ sơ ${code} từ “${here}” vào phiếu kiểm soát. Kết quả của bước hiện tại (trước hạn, đúng hạn, quá hạn) được ghi tự động.`),
    content: [
      dialogField({ label: 'Đơn vị nhận', name: 'toUnit', required: true, value: suggestion, attrs: { list: listId, autocomplete: 'off' } }),
      h('datalist', { id: listId }, units.map((u) => h('option', { value: u }))),
      dialogField({ label: 'Người nhận (nếu có)', name: 'toOfficer' }),
      dialogField({ label: 'Ghi chú', name: 'note', rows: 2 }),
    ],
    confirmLabel: 'Xác nhận chuyển',
    what: 'Chuyển xử lý',
    onConfirm: (form) => {
      const toUnit = form.elements.toUnit.value.trim();
      if (!toUnit) throw new DialogInputError('Vui lòng nhập đơn vị nhận hồ sơ.');
      const toOfficer = form.elements.toOfficer.value.trim();
      const note = form.elements.note.value.trim();
      return post(`${base}/handoffs`, { toUnit, ...(toOfficer ? { toOfficer } : {}), ...(note ? { note } : {}) }).then((r) => r ?? {});
    },
  });
  if (!row) return;
  const deadline = row.deadlineAt ? ` Hạn của bước mới: ${dateTime(row.deadlineAt)}.` : '';
  const judged = row.handoverResult ? ` Bước vừa giao: ${STEP_RESULT_LABELS[row.handoverResult] ?? row.handoverResult}.` : '';
  await afterAction(`Đã chuyển hồ sơ cho ${row.toUnit ?? 'đơn vị nhận'}.${judged}${deadline}`, printLink(`${base}/control-slip.pdf`, 'In phiếu kiểm soát (Mẫu 06)', 'Phiếu kiểm soát'));
}

/** What a request now would do (GET …/supplement-check): the warnings to read before sending it. */
async function supplementWarnings() {
  try {
    return await get(`${base}/supplement-check`);
  } catch {
    return null; // the check is advice: without it the dialog still works
  }
}

function supplementIntro(check) {
  const restarts = !check || check.movesDeadline;
  const text = restarts
    ? `Hồ sơ chuyển sang trạng thái “Yêu cầu bổ sung giấy tờ”; thời hạn giải quyết được tính lại khi nhận đủ hồ sơ bổ sung${check ? ` (yêu cầu trong thời hạn, đến ${dateTime(check.windowEndsAt)})` : ''}. Hướng dẫn người nộp một lần, đầy đủ.`
    : 'Hồ sơ chuyển sang trạng thái “Yêu cầu bổ sung giấy tờ”, nhưng thời hạn giải quyết không được tính lại. Hướng dẫn người nộp một lần, đầy đủ.';
  const warnings = check?.warnings ?? [];
  return h(
    'div',
    {},
    warnings.length > 0 ? notice('warning', h('strong', {}, 'Lưu ý trước khi gửi: '), h('ul', { dataset: { testid: 'supplement-warnings' } }, warnings.map((w) => h('li', { dataset: { code: w.code } }, w.message)))) : null,
    h('p', {}, text),
  );
}

async function requestSupplement() {
  const check = await supplementWarnings();
  const done = await openDialog({
    title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
    intro: supplementIntro(check),
    content: [
      dialogField({ label: 'Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)', name: 'items', rows: 4, required: true }),
      dialogField({ label: 'Lý do', name: 'reason', rows: 2, required: true }),
    ],
    confirmLabel: 'Lập phiếu yêu cầu bổ sung',
    what: 'Yêu cầu bổ sung',
    onConfirm: (form) => {
      const items = form.elements.items.value.split('\n').map((s) => s.trim()).filter(Boolean);
      const reason = form.elements.reason.value.trim();
      if (items.length === 0) throw new DialogInputError('Vui lòng nhập ít nhất một giấy tờ cần bổ sung.');
      if (!reason) throw new DialogInputError('Vui lòng nhập lý do.');
      return post(`${base}/supplement-requests`, { items: items.map((name) => ({ name })), reason }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  const number = done.supplementRequest?.number ?? done.number ?? (dossier.supplementRequests?.length ?? 0) + 1;
  await afterAction('Đã lập phiếu yêu cầu bổ sung hồ sơ.', printLink(`${base}/supplement-requests/${number}.pdf`, 'In phiếu yêu cầu bổ sung (Mẫu 02)', 'Phiếu yêu cầu bổ sung'));
}

async function receiveSupplement() {
  const done = await openDialog({
    title: 'Nhận hồ sơ bổ sung',
    intro: h('p', {}, `Xác nhận người nộp đã bổ sung đủ giấy tờ cho hồ sơ ${code}. Hồ sơ tiếp tục được giải quyết và hạn trả kết quả được tính lại.`),
    confirmLabel: 'Xác nhận đã nhận đủ',
    what: 'Nhận hồ sơ bổ sung',
    onConfirm: () => post(`${base}/supplements`, {}).then((r) => r ?? {}),
  });
  if (!done) return;
  await afterAction(`Đã nhận hồ sơ bổ sung.${done.dueAt ? ` Hẹn trả kết quả mới: ${appointment(done.dueAt)}.` : ''}`, printLink(`${base}/receipt.pdf`, 'In lại giấy hẹn (Mẫu 01)', 'Giấy hẹn'));
}

/** Admins may enter an event that happened earlier (paper records); everybody else records "now". */
function adminInstantField(name, label) {
  if (!hasRole(session.user, 'admin')) return null;
  return [dateTimeFields({ name, label }), h('p', { class: 'hint' }, 'Chỉ nhập khi ghi lại việc đã xảy ra trước đây; để trống là thời điểm hiện tại.')];
}

function readAdminInstant(form, name) {
  const date = form.elements[`${name}Date`]?.value.trim() ?? '';
  const time = form.elements[`${name}Time`]?.value.trim() ?? '';
  if (!date && !time) return {};
  const instant = vnInstant(date, time);
  if (!instant) throw new DialogInputError('Thời điểm không hợp lệ: nhập ngày dạng dd/mm/yyyy và giờ dạng hh:mm.');
  return { [name]: instant };
}

async function resolve() {
  const done = await openDialog({
    title: 'Ghi nhận đã giải quyết xong',
    intro: h('p', {}, `Hồ sơ ${code} chuyển sang trạng thái “Đã xử lý xong”, chờ trả kết quả cho người nộp.`),
    content: [
      dialogField({ label: 'Kết quả giải quyết', name: 'outcome', options: Object.entries(OUTCOME_LABELS), value: 'approved', required: true }),
      dialogField({ label: 'Ghi chú', name: 'note', rows: 2 }),
      adminInstantField('resolvedAt', 'Thời điểm giải quyết xong'),
    ],
    confirmLabel: 'Xác nhận giải quyết xong',
    what: 'Ghi nhận giải quyết',
    onConfirm: (form) => {
      const note = form.elements.note.value.trim();
      return post(`${base}/resolve`, { outcome: form.elements.outcome.value, ...(note ? { note } : {}), ...readAdminInstant(form, 'resolvedAt') }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  await afterAction('Đã ghi nhận hồ sơ giải quyết xong.', printLink(`${base}/control-slip.pdf`, 'In phiếu kiểm soát (Mẫu 06)', 'Phiếu kiểm soát'));
}

async function returnResult() {
  const done = await openDialog({
    title: 'Trả kết quả cho người nộp',
    intro: h('p', {}, `Xác nhận đã trả kết quả hồ sơ ${code} cho ${dossier.applicant.fullName}.`),
    content: [dialogField({ label: 'Hình thức trả kết quả', name: 'method', options: Object.entries(RETURN_LABELS), value: dossier.channel === 'online' ? 'online' : dossier.channel === 'postal' ? 'postal' : 'counter', required: true }), adminInstantField('returnedAt', 'Thời điểm trả kết quả')],
    confirmLabel: 'Xác nhận đã trả',
    what: 'Trả kết quả',
    onConfirm: (form) => post(`${base}/return`, { method: form.elements.method.value, ...readAdminInstant(form, 'returnedAt') }).then((r) => r ?? {}),
  });
  if (!done) return;
  await afterAction('Đã ghi nhận trả kết quả.', null);
}

/** At the return, the counter records how satisfied the citizen is (QĐ 766 indicator 5.4); citizens may also rate on the QR page. */
async function recordRating() {
  const done = await openDialog({
    title: 'Ghi nhận mức độ hài lòng của người nộp',
    intro: h('p', {}, `Hỏi ${dossier.applicant.fullName} mức độ hài lòng với việc giải quyết hồ sơ ${code}. Mỗi hồ sơ được đánh giá một lần.`),
    content: [
      dialogField({ label: 'Mức độ hài lòng', name: 'level', options: [['', '— Chọn mức độ người nộp trả lời —'], ...Object.entries(SATISFACTION_LABELS)], required: true }),
      dialogField({ label: 'Ý kiến (nếu có)', name: 'comment', rows: 2 }),
    ],
    confirmLabel: 'Ghi nhận đánh giá',
    what: 'Ghi nhận đánh giá',
    onConfirm: (form) => {
      const comment = form.elements.comment.value.trim();
      if (!form.elements.level.value) throw new DialogInputError('Vui lòng chọn mức độ hài lòng người nộp đã trả lời.');
      return post(`${base}/satisfaction`, { level: form.elements.level.value, ...(comment ? { comment } : {}) });
    },
  });
  if (!done) return;
  await afterAction('Đã ghi nhận mức độ hài lòng của người nộp.', null);
}

async function recordSharedDataCheck() {
  const done = await openDialog({
    title: 'Ghi nhận đối chiếu cơ sở dữ liệu dùng chung',
    intro: h('p', {}, `Thông tin của ${dossier.applicant.fullName} đã được đối chiếu với cơ sở dữ liệu nào, kết quả ra sao? Hồ sơ có thông tin được đối chiếu (khớp hoặc không khớp) được tính vào chỉ số 4.4 của Quyết định 766; lần không kết nối được thì không tính.`),
    content: [
      dialogField({ label: 'Cơ sở dữ liệu', name: 'source', options: Object.entries(SHARED_SOURCE_LABELS), required: true }),
      dialogField({ label: 'Kết quả đối chiếu', name: 'outcome', options: Object.entries(SHARED_OUTCOME_LABELS), required: true }),
      dialogField({ label: 'Mã tra cứu (nếu có)', name: 'reference' }),
    ],
    confirmLabel: 'Ghi nhận',
    what: 'Ghi nhận đối chiếu',
    onConfirm: (form) => {
      const reference = form.elements.reference.value.trim();
      return post(`${base}/shared-data-checks`, { source: form.elements.source.value, outcome: form.elements.outcome.value, ...(reference ? { reference } : {}) });
    },
  });
  if (!done) return;
  await afterAction('Đã ghi nhận kết quả đối chiếu cơ sở dữ liệu dùng chung.', null);
}

async function stop() {
  const done = await openDialog({
    title: 'Dừng giải quyết hồ sơ',
    intro: h('p', {}, `Theo yêu cầu của người nộp, hồ sơ ${code} dừng giải quyết và kết thúc. Thao tác này không thể hoàn tác.`),
    content: [dialogField({ label: 'Lý do dừng', name: 'reason', rows: 3, required: true }), ...noticeSignerFields()],
    confirmLabel: 'Dừng giải quyết',
    tone: 'danger',
    what: 'Dừng giải quyết',
    onConfirm: (form) => {
      const reason = form.elements.reason.value.trim();
      if (!reason) throw new DialogInputError('Vui lòng nhập lý do dừng giải quyết.');
      return post(`${base}/stop`, { reason, ...readNoticeSigner(form) }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  await afterAction('Đã dừng giải quyết hồ sơ.', printLink(`${base}/stop-notice.pdf`, 'In thông báo dừng giải quyết (Mẫu 05)', 'Thông báo dừng giải quyết'));
}

/** Who signs the stop notice (form 05); left empty, the form prints "THỦ TRƯỞNG CƠ QUAN" without a name. */
function noticeSignerFields() {
  return [
    dialogField({ label: 'Người ký thông báo (Mẫu 05)', name: 'signerName', hint: 'Lãnh đạo cơ quan giải quyết; để trống nếu ký tay.' }),
    dialogField({ label: 'Chức danh người ký', name: 'signerTitle', hint: 'Ví dụ: CHỦ TỊCH hoặc KT. CHỦ TỊCH; để trống là “THỦ TRƯỞNG CƠ QUAN”.' }),
  ];
}

function readNoticeSigner(form) {
  const signerName = form.elements.signerName.value.trim();
  const signerTitle = form.elements.signerTitle.value.trim();
  return { ...(signerName ? { signerName } : {}), ...(signerTitle ? { signerTitle } : {}) };
}

async function refuse() {
  const done = await openDialog({
    title: 'Từ chối giải quyết hồ sơ',
    intro: h('p', {}, `Hồ sơ ${code} không đủ điều kiện giải quyết sau thẩm định. Mỗi dòng là một lý do, in trên Phiếu từ chối (Mẫu 03).`),
    content: [dialogField({ label: 'Lý do từ chối (mỗi dòng một lý do)', name: 'reasons', rows: 4, required: true })],
    confirmLabel: 'Từ chối giải quyết',
    tone: 'danger',
    what: 'Từ chối giải quyết',
    onConfirm: (form) => {
      const reasons = form.elements.reasons.value.split('\n').map((line) => line.trim()).filter(Boolean);
      if (reasons.length === 0) throw new DialogInputError('Vui lòng nêu ít nhất một lý do từ chối.');
      return post(`${base}/refuse`, { reasons }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  await afterAction('Đã từ chối giải quyết hồ sơ.', printLink(`${base}/refusal.pdf`, 'In phiếu từ chối (Mẫu 03)', 'Phiếu từ chối'));
}

async function withdraw() {
  const done = await openDialog({
    title: 'Công dân rút hồ sơ',
    intro: h('p', {}, `Ghi nhận ${dossier.applicant.fullName} yêu cầu rút hồ sơ ${code}. Hồ sơ kết thúc và không thể tiếp tục giải quyết.`),
    content: [dialogField({ label: 'Lý do (nếu có)', name: 'reason', rows: 2 }), ...noticeSignerFields()],
    confirmLabel: 'Xác nhận rút hồ sơ',
    tone: 'danger',
    what: 'Rút hồ sơ',
    onConfirm: (form) => {
      const reason = form.elements.reason.value.trim();
      return post(`${base}/withdraw`, { ...(reason ? { reason } : {}), ...readNoticeSigner(form) }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  await afterAction('Đã ghi nhận công dân rút hồ sơ.', null);
}

/**
 * The date the apology dialog suggests: the next working day after the current appointment (or after
 * today when that has passed) on the resolving authority's calendar, as the server computes it.
 * Empty when the server cannot say: the head types one.
 */
async function nextWorkingDayAfter(dueMs) {
  const from = new Date(Math.max(dueMs, Date.now())).toISOString();
  const agencyCode = dossier.resolvingAgency?.code ?? dossier.resolvingAgencyCode;
  try {
    const due = await get(`/api/v1/calendar/due-date${query({ from, amount: 1, unit: 'working_days', mode: 'end_of_day', agencyCode })}`);
    return vnDate(localDate(0, new Date(due.dueAt)));
  } catch {
    return '';
  }
}

/**
 * "Chậm nhất 01 ngày trước ngày hết hạn": by the close of business of the last working day before
 * the due day, read from the resolving agency's calendar; null when it cannot be read (the server
 * flags a late apology anyway).
 */
async function apologyDeadline(dueMs) {
  const agency = dossier.resolvingAgency?.code ?? dossier.resolvingAgencyCode;
  if (!agency) return null;
  try {
    const dueDay = localDate(0, new Date(dueMs));
    const from = localDate(-21, new Date(dueMs));
    const dayBefore = localDate(-1, new Date(dueMs));
    const [days, settings] = await Promise.all([
      get(`/api/v1/calendar/days${query({ from, to: dayBefore, agencyCode: agency })}`),
      get(`/api/v1/calendar/agencies/${encodeURIComponent(agency)}`),
    ]);
    const last = [...days].reverse().find((d) => d.working && d.date < dueDay);
    if (!last) return null;
    const saturday = new Date(`${last.date}T00:00:00Z`).getUTCDay() === 6 && (settings.saturdayHours ?? []).length > 0;
    const periods = saturday ? settings.saturdayHours : settings.workingHours;
    const close = periods?.[periods.length - 1]?.end;
    return close ? new Date(`${last.date}T${close}:00+07:00`).getTime() : null;
  } catch {
    return null;
  }
}

async function apologise() {
  const dueMs = new Date(dossier.dueAt).getTime();
  const deadline = await apologyDeadline(dueMs);
  const late = Date.now() > (deadline ?? dueMs);
  const suggested = await nextWorkingDayAfter(dueMs);
  const authority = dossier.resolvingAgency?.name ?? 'cơ quan giải quyết hồ sơ';
  const done = await openDialog({
    title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)',
    intro: [
      h('p', {}, `Hạn hiện tại: ${appointment(dossier.dueAt)}. Mỗi hồ sơ chỉ được xin lỗi, hẹn lại một lần; văn bản phát hành chậm nhất 1 ngày trước hạn.`),
      late
        ? notice(
            'warning',
            `Đã quá thời điểm phát hành${deadline ? ` (${dateTime(new Date(deadline).toISOString())}, cuối ngày làm việc liền trước ngày hết hạn)` : ''}: văn bản vẫn được ghi nhận nhưng bị đánh dấu phát hành muộn.`,
          )
        : null,
    ],
    content: [
      dialogField({ label: 'Lý do chậm trễ', name: 'reason', rows: 3, required: true }),
      dateTimeFields({ name: 'newDueAt', label: 'Hẹn trả mới', date: suggested, timePlaceholder: 'cuối giờ làm việc' }),
      h(
        'p',
        { class: 'hint', dataset: { testid: 'apology-date-rule' } },
        `Ngày hẹn mới phải là ngày làm việc theo lịch của ${authority}, sau hạn hiện tại và sau thời điểm phát hành; ` +
          'không nhận ngày nghỉ cuối tuần, ngày lễ, Tết. Ngày gợi ý là ngày làm việc kế tiếp sau hạn hiện tại ' +
          '(hoặc sau hôm nay nếu đã quá hạn). Để trống giờ thì hẹn vào cuối giờ làm việc của ngày đó.',
      ),
      dialogField({ label: 'Người ký (lãnh đạo cơ quan giải quyết)', name: 'signerName', value: session.user.fullName, required: true }),
    ],
    confirmLabel: 'Phát hành văn bản xin lỗi',
    what: 'Văn bản xin lỗi',
    onConfirm: (form) => {
      const reason = form.elements.reason.value.trim();
      const signerName = form.elements.signerName.value.trim();
      // Without a time, the server sets the close of business of that day in the agency's hours.
      const day = parseVnDate(form.elements.newDueAtDate.value);
      const time = form.elements.newDueAtTime.value.trim();
      const newDueAt = time ? vnInstant(form.elements.newDueAtDate.value, time) : day;
      if (!reason) throw new DialogInputError('Vui lòng nhập lý do chậm trễ.');
      if (!newDueAt) throw new DialogInputError('Vui lòng nhập ngày hẹn mới dạng dd/mm/yyyy (và giờ dạng hh:mm nếu cần).');
      const latest = time ? newDueAt : `${day}T23:59:59+07:00`;
      if (new Date(latest).getTime() <= dueMs) throw new DialogInputError('Ngày hẹn mới phải sau hạn hiện tại.');
      if (!signerName) throw new DialogInputError('Vui lòng nhập tên người ký.');
      return post(`${base}/apologies`, { reason, newDueAt, signerName }).then((r) => r ?? {});
    },
  });
  if (!done) return;
  await afterAction('Đã phát hành văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. Bộ phận Một cửa sẽ thông báo cho người nộp.', printLink(`${base}/apology.pdf`, 'In văn bản xin lỗi (Mẫu 04)', 'Văn bản xin lỗi'));
}
