/** Hồ sơ: the processing queues (my work, due soon, overdue, late without apology, all) with counts and search. */
import { ApiError, describeError, get, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { date, dateTime, dueState, DUE_STATE_LABELS, localDate, OPEN_STATUSES, STATUS_LABELS } from './format.js';
import { startPage } from './layout.js';
import { hasRole } from './session.js';

const PAGE_SIZE = 20;

/**
 * Each queue is a list of filters to try in turn: first the dedicated filters of the dossier list
 * (mine, dueSoon, lateWithoutApology: beyond API.md v1), then what v1 offers. A server that does not
 * know a filter answers 400 (unknown property), and the page falls back and says how it chose.
 */
const NOTE_MINE = (words) => `Máy chủ chưa hỗ trợ lọc theo người được giao: đang hiển thị các hồ sơ ${words} của đơn vị.`;
const NOTE_SOON = 'Máy chủ chưa có bộ lọc “sắp đến hạn” theo ngày làm việc: đang hiển thị các hồ sơ có hạn trả trong 2 ngày tới (tính theo lịch).';
const NOTE_NO_APOLOGY =
  'Máy chủ chưa có bộ lọc “chưa có văn bản xin lỗi”: danh sách gồm các hồ sơ quá hạn chưa được hẹn lại ngày trả kết quả (ước tính từ hạn ban đầu và hạn hiện tại).';

/**
 * "My work". The counter's work is defined by status (received and not yet handed on, waiting for
 * a supplement, resolved and waiting to be returned); an officer's or a head's by the open row of
 * the control slip assigned to them; an administrator sees everything still open.
 */
const MY_WORK = [
  ['counter', [{ status: '2,5,9' }], 'Hồ sơ mới tiếp nhận chờ chuyển, chờ bổ sung và đã có kết quả chờ trả'],
  ['officer', [{ mine: true }, { status: '2,4', note: NOTE_MINE('được tiếp nhận, đang xử lý') }], 'Hồ sơ đang được giao cho bạn'],
  ['head', [{ mine: true }, { status: '4', note: NOTE_MINE('đang xử lý') }], 'Hồ sơ đang được giao cho bạn'],
  ['admin', [{ status: OPEN_STATUSES.join(',') }], 'Hồ sơ đang giải quyết'],
];

const session = startPage({ active: '/console/ho-so' });
if (session) void init();

async function init() {
  const user = session.user;
  const params = new URLSearchParams(location.search);
  const myWork = MY_WORK.find(([role]) => hasRole(user, role));
  const tabs = [
    myWork && { id: 'mine', label: 'Việc của tôi', tone: 'brand', hint: myWork[2], load: (p) => cascade(myWork[1], p) },
    { id: 'soon', label: 'Sắp đến hạn', tone: 'warning', hint: 'Hồ sơ chưa quá hạn, sắp đến hạn trả kết quả', load: (p) => cascade([{ dueSoon: true }, { overdue: false, dueBefore: localDate(2), note: NOTE_SOON }], p) },
    { id: 'overdue', label: 'Quá hạn', tone: 'danger', hint: 'Hồ sơ đang giải quyết đã quá hạn trả kết quả', load: (p) => list({ overdue: true }, p) },
    { id: 'no-apology', label: 'Trễ hạn chưa xin lỗi', tone: 'danger', hint: 'Hồ sơ quá hạn chưa có văn bản xin lỗi, hẹn lại (Mẫu 04)', load: (p) => cascade([{ lateWithoutApology: true }, { overdue: true, apology: 'none' }], p, estimateNoApology) },
    { id: 'all', label: 'Tất cả', tone: 'neutral', hint: 'Mọi hồ sơ của đơn vị, mới nhất trước', load: (p) => list({}, p) },
  ].filter(Boolean);

  const state = {
    tab: tabs.find((t) => t.id === params.get('tab')) ?? tabs[0],
    q: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  if (state.q) state.tab = tabs.find((t) => t.id === 'all');
  $('#search-q').value = state.q;

  const procedureNames = new Map();
  get('/api/v1/procedures')
    .then((all) => {
      for (const p of all) procedureNames.set(p.code, p.name);
      for (const cell of document.querySelectorAll('[data-procedure]')) cell.textContent = procedureNames.get(cell.dataset.procedure) ?? cell.dataset.procedure;
    })
    .catch(() => {});

  // ── Tabs ──
  const tabButtons = new Map();
  for (const tab of tabs) {
    const count = h('span', { class: `count count-${tab.tone}`, 'aria-hidden': 'true' }, '…');
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, class: `tab tab-${tab.tone}`, 'aria-controls': 'queue-panel', title: tab.hint ?? null, dataset: { testid: `queue-tab-${tab.id}` } }, h('span', {}, tab.label), count);
    button.addEventListener('click', () => select(tab, { keepQuery: false }));
    button.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = tabs[(to + tabs.length) % tabs.length];
      tabButtons.get(next.id).button.focus();
      select(next, { keepQuery: false });
    });
    tabButtons.set(tab.id, { button, count });
    $('#queue-tabs').append(button);
  }

  function select(tab, { keepQuery }) {
    state.tab = tab;
    state.page = 1;
    if (!keepQuery) {
      state.q = '';
      $('#search-q').value = '';
    }
    void render();
  }

  $('#search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = $('#search-q').value.trim();
    state.tab = tabs.find((t) => t.id === 'all');
    state.page = 1;
    void render();
  });
  $('#page-prev').addEventListener('click', () => {
    state.page = Math.max(1, state.page - 1);
    void render();
  });
  $('#page-next').addEventListener('click', () => {
    state.page += 1;
    void render();
  });

  // ── Loading ──
  async function list(filter, { page = 1, pageSize = PAGE_SIZE, q } = {}) {
    const result = await get(`/api/v1/dossiers${query({ ...filter, q, page, pageSize })}`);
    return { items: result.items, total: result.total };
  }

  /** Tries each filter in turn while the server answers 400 (a filter it does not know); `last` runs when none is known. */
  async function cascade(filters, p, last) {
    for (const [i, { note, ...filter }] of filters.entries()) {
      try {
        return { ...(await list(filter, p)), note };
      } catch (error) {
        const another = i < filters.length - 1 || last;
        if (!(another && error instanceof ApiError && error.status === 400)) throw error;
      }
    }
    return last(p);
  }

  async function estimateNoApology(p) {
    // Overdue dossiers whose appointment was never moved (an apology sets a new date).
    const overdue = await list({ overdue: true }, { page: 1, pageSize: 200, q: p.q });
    const items = overdue.items.filter((d) => d.dueAt === d.originalDueAt);
    const start = ((p.page ?? 1) - 1) * (p.pageSize ?? PAGE_SIZE);
    return {
      items: items.slice(start, start + (p.pageSize ?? PAGE_SIZE)),
      total: items.length,
      note: NOTE_NO_APOLOGY,
    };
  }

  async function refreshCounts() {
    await Promise.all(
      tabs.map(async (tab) => {
        const { count } = tabButtons.get(tab.id);
        try {
          const { total } = await tab.load({ page: 1, pageSize: 1 });
          count.textContent = total.toLocaleString('vi-VN');
          tabButtons.get(tab.id).button.setAttribute('aria-label', `${tab.label}: ${total} hồ sơ`);
        } catch {
          count.textContent = '–';
        }
      }),
    );
  }

  let renderSeq = 0;
  async function render() {
    const seq = ++renderSeq;
    const url = new URL(location.href);
    url.search = query({ tab: state.tab.id, q: state.q, page: state.page > 1 ? state.page : '' });
    history.replaceState(null, '', url);
    sessionStorage.setItem('motcua.console.lastQueue', url.pathname + url.search);
    for (const [id, { button }] of tabButtons) {
      const on = id === state.tab.id;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    }
    $('#queue-panel').setAttribute('aria-labelledby', `tab-${state.tab.id}`);
    $('#queue-panel').setAttribute('aria-busy', 'true');
    try {
      const result = await state.tab.load({ page: state.page, pageSize: PAGE_SIZE, q: state.q });
      if (seq !== renderSeq) return;
      showNote(result.note);
      showRows(result);
    } catch (error) {
      if (seq !== renderSeq) return;
      fill($('#queue-note'), notice('error', describeError(error, 'Danh sách hồ sơ')));
      showRows({ items: [], total: 0 });
    } finally {
      if (seq === renderSeq) $('#queue-panel').removeAttribute('aria-busy');
    }
  }

  function showNote(note) {
    const parts = [];
    if (state.q) {
      const clear = h('button', { type: 'button', class: 'btn-link' }, 'Xóa tìm kiếm');
      clear.addEventListener('click', () => select(state.tab, { keepQuery: false }));
      parts.push(notice('info', `Kết quả tìm kiếm “${state.q}” trong tất cả hồ sơ. `, clear));
    }
    if (note) parts.push(notice('warning', note));
    fill($('#queue-note'), parts);
  }

  function showRows({ items, total }) {
    const now = Date.now();
    fill(
      $('#queue-body'),
      items.map((d) => {
        const due = dueState(d, now);
        const href = `/console/ho-so/${encodeURIComponent(d.code)}`;
        const row = h(
          'tr',
          { class: `due-${due}`, dataset: { code: d.code } },
          h('td', { class: 'col-code' }, h('a', { href, class: 'code-link' }, d.code)),
          h('td', { class: 'col-procedure', dataset: { procedure: d.procedureCode } }, procedureNames.get(d.procedureCode) ?? d.procedureCode),
          h('td', { class: 'col-person' }, h('span', { class: 'person' }, d.applicant.fullName), h('span', { class: 'sub' }, d.applicant.phone)),
          h('td', { class: 'col-date' }, dateTime(d.receivedAt)),
          h('td', { class: 'col-date' }, h('span', {}, dateTime(d.dueAt)), due !== 'done' ? h('span', { class: `chip chip-${due}` }, DUE_STATE_LABELS[due]) : null, d.dueAt !== d.originalDueAt ? h('span', { class: 'sub' }, `Hẹn ban đầu ${date(d.originalDueAt)}`) : null),
          h('td', { class: 'col-status' }, h('span', { class: `status status-${d.statusCode}` }, STATUS_LABELS[d.statusCode] ?? d.status)),
        );
        row.addEventListener('click', (event) => {
          if (!event.target.closest('a') && !getSelection()?.toString()) location.assign(href);
        });
        return row;
      }),
    );
    const empty = $('#queue-empty');
    empty.hidden = items.length > 0;
    empty.textContent = state.q ? 'Không tìm thấy hồ sơ phù hợp.' : 'Không có hồ sơ nào trong danh sách này.';
    const first = total === 0 ? 0 : (state.page - 1) * PAGE_SIZE + 1;
    const last = Math.min(total, (state.page - 1) * PAGE_SIZE + items.length);
    $('#queue-range').textContent = total === 0 ? '' : `Hồ sơ ${first}–${last} trên tổng số ${total.toLocaleString('vi-VN')}`;
    $('#page-prev').disabled = state.page <= 1;
    $('#page-next').disabled = last >= total;
    $('#queue-pager').hidden = total <= PAGE_SIZE && state.page === 1;
    $('#queue-caption').textContent = `${state.tab.label}: ${total} hồ sơ`;
  }

  await Promise.all([render(), refreshCounts()]);
}
