// @ts-check
/** Hồ sơ: the processing queues (my work, due soon, overdue, late without apology, all) with counts and search. */
import { describeError, get, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { date, dateTime, dueState, DUE_STATE_LABELS, OPEN_STATUSES, STATUS_LABELS } from './format.js';
import { startPage } from './layout.js';
import { hasRole } from './session.js';

const PAGE_SIZE = 20;

/**
 * "My work". The counter's work is defined by status (received and not yet handed on, waiting for
 * a supplement, resolved and waiting to be returned); an officer's or a head's by the open row of
 * the control slip assigned to them (mine=true); an administrator sees everything still open.
 */
const MY_WORK = [
  ['counter', { status: '2,5,9' }, 'Hồ sơ mới tiếp nhận chờ chuyển, chờ bổ sung và đã có kết quả chờ trả'],
  ['officer', { mine: true }, 'Hồ sơ đang được giao cho bạn'],
  ['head', { mine: true }, 'Hồ sơ đang được giao cho bạn'],
  ['admin', { status: OPEN_STATUSES.join(',') }, 'Hồ sơ đang giải quyết'],
];

/** Most dossiers due soon that the page marks in the lists (the server's dueSoon filter decides which). */
const SOON_MARK_LIMIT = 200;

const session = startPage({ active: '/console/ho-so' });
if (session) void init();

async function init() {
  const user = session.user;
  const params = new URLSearchParams(location.search);
  const myWork = MY_WORK.find(([role]) => hasRole(user, role));
  const tabs = [
    myWork && { id: 'mine', label: 'Việc của tôi', tone: 'brand', hint: myWork[2], filter: myWork[1] },
    { id: 'soon', label: 'Sắp đến hạn', tone: 'warning', hint: 'Hồ sơ chưa quá hạn, sắp đến hạn trả kết quả (theo thời gian làm việc của đơn vị)', filter: { dueSoon: true } },
    { id: 'overdue', label: 'Quá hạn', tone: 'danger', hint: 'Hồ sơ đang giải quyết đã quá hạn trả kết quả', filter: { overdue: true } },
    { id: 'no-apology', label: 'Trễ hạn chưa xin lỗi', tone: 'danger', hint: 'Hồ sơ quá hạn chưa có văn bản xin lỗi, hẹn lại (Mẫu 04)', filter: { lateWithoutApology: true } },
    { id: 'all', label: 'Tất cả', tone: 'neutral', hint: 'Mọi hồ sơ của đơn vị, mới nhất trước', filter: {} },
  ].filter(Boolean);

  const state = {
    tab: tabs.find((t) => t.id === params.get('tab')) ?? tabs[0],
    q: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
    /** A procedure code: every list and count is limited to it (the dashboard's overdue-by-procedure links here). */
    procedure: params.get('procedure') ?? '',
  };
  if (state.q) state.tab = tabs.find((t) => t.id === 'all');
  $('#search-q').value = state.q;

  const procedureNames = new Map();
  get('/api/v1/procedures')
    .then((all) => {
      for (const p of all) procedureNames.set(p.code, p.name);
      for (const cell of document.querySelectorAll('[data-procedure]')) if (cell instanceof HTMLElement) cell.textContent = procedureNames.get(cell.dataset.procedure) ?? cell.dataset.procedure;
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
  /** @param {any} filter @param {{ page?: number, pageSize?: number, q?: string }} [options] */
  async function list(filter, { page = 1, pageSize = PAGE_SIZE, q } = {}) {
    const result = await get(`/api/v1/dossiers${query({ ...filter, procedureCode: state.procedure, q, page, pageSize })}`);
    return { items: result.items, total: result.total };
  }

  const load = (tab, p) => list(tab.filter, p);

  /** The codes the server counts as due soon, to mark them in every list (loaded with the counts). */
  let soonCodes = new Set();
  let soonReady = Promise.resolve();
  async function loadSoonCodes() {
    const { items } = await list({ dueSoon: true }, { page: 1, pageSize: SOON_MARK_LIMIT });
    soonCodes = new Set(items.map((d) => d.code));
  }

  async function refreshCounts() {
    await Promise.all(
      tabs.map(async (tab) => {
        const { count } = tabButtons.get(tab.id);
        try {
          const { total } = await load(tab, { page: 1, pageSize: 1 });
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
    url.search = query({ tab: state.tab.id, procedure: state.procedure, q: state.q, page: state.page > 1 ? state.page : '' });
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
      const [result] = await Promise.all([load(state.tab, { page: state.page, pageSize: PAGE_SIZE, q: state.q }), soonReady]);
      if (seq !== renderSeq) return;
      showNote();
      showRows(result);
    } catch (error) {
      if (seq !== renderSeq) return;
      fill($('#queue-note'), notice('error', describeError(error, 'Danh sách hồ sơ')));
      showRows({ items: [], total: 0 });
    } finally {
      if (seq === renderSeq) $('#queue-panel').removeAttribute('aria-busy');
    }
  }

  function showNote() {
    const parts = [];
    if (state.procedure) {
      const clear = h('button', { type: 'button', class: 'btn-link', dataset: { testid: 'clear-procedure' } }, 'Bỏ lọc theo thủ tục');
      clear.addEventListener('click', () => {
        state.procedure = '';
        state.page = 1;
        soonReady = loadSoonCodes().catch(() => {});
        void Promise.all([render(), refreshCounts()]);
      });
      const name = procedureNames.get(state.procedure);
      parts.push(notice('info', 'Chỉ hiển thị hồ sơ của thủ tục ', h('strong', { dataset: { procedure: state.procedure } }, name ?? state.procedure), name ? ` (${state.procedure})` : '', '. ', clear));
    }
    if (state.q) {
      const clear = h('button', { type: 'button', class: 'btn-link' }, 'Xóa tìm kiếm');
      clear.addEventListener('click', () => select(state.tab, { keepQuery: false }));
      parts.push(notice('info', `Kết quả tìm kiếm “${state.q}” trong tất cả hồ sơ. `, clear));
    }
    fill($('#queue-note'), parts);
  }

  function showRows({ items, total }) {
    const now = Date.now();
    fill(
      $('#queue-body'),
      items.map((d) => {
        const due = dueState(d, { now, soon: soonCodes.has(d.code) });
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

  soonReady = loadSoonCodes().catch(() => {});
  await Promise.all([render(), refreshCounts()]);
}
