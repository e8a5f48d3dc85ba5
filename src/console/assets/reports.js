// @ts-check
/**
 * Báo cáo (managers, heads, admins): the manager's dashboard. The on-time rate month by month under
 * one of the three definitions (with numerator and denominator, for a hand count), the PAR score, the
 * open dossiers per procedure with the overdue ones first, and the report files of the period.
 */
import { ApiError, describeError, get, query } from './api.js';
import { rateChart } from './chart.js';
import { $, $$, fill, h, notice } from './dom.js';
import { date, dateTime, localDate, parseVnDate, vnDate } from './format.js';
import { clearErrors, focusFirstInvalid, setFieldError, showApiFieldErrors } from './forms.js';
import { pageMessage, startPage } from './layout.js';
import { downloadFile, openPdf } from './pdf.js';
import { loadPointsLost } from './points-lost.js';

/** The three definitions of the on-time rate (GET /api/v1/reports/on-time-rate?definition=). */
export const DEFINITIONS = {
  resolved: {
    label: 'Trên số hồ sơ đã giải quyết',
    numerator: 'giải quyết đúng hạn (kể cả trước hạn)',
    denominator: 'đã giải quyết trong kỳ',
    note: 'Hồ sơ giải quyết xong (kể cả từ chối sau thẩm định) trong kỳ; so với ngày hẹn ban đầu. Hồ sơ rút hoặc dừng sau thời hạn tính là quá hạn.',
  },
  due_in_period: {
    label: 'Trên số hồ sơ đến hạn trong kỳ',
    numerator: 'trả kết quả đúng hạn',
    denominator: 'đến hạn trả kết quả trong kỳ',
    note: 'Hồ sơ có ngày hẹn trả rơi vào kỳ, dù đã giải quyết hay chưa.',
  },
  index766: {
    label: 'Chỉ số 766 (chỉ tiêu 2.1)',
    numerator: 'đúng hạn',
    denominator: 'đã giải quyết và đang giải quyết',
    note: 'Gồm hồ sơ đang giải quyết xét tại cuối kỳ (kỳ chưa kết thúc: tại thời điểm hiện tại, hồ sơ chưa đến hạn không bị tính trễ trước); trừ thời gian chờ bổ sung trong thời hạn yêu cầu; yêu cầu bổ sung quá một lần tính là trễ hạn. Vì hồ sơ đang giải quyết được xét tại cuối từng tháng và cuối cả kỳ, số liệu cả kỳ không bằng tổng các tháng.',
  },
};

const KINDS = {
  last12: { label: '12 tháng gần nhất' },
  month: { label: 'Tháng', count: 12, name: (i) => `Tháng ${i}` },
  quarter: { label: 'Quý', count: 4, name: (i) => `Quý ${['I', 'II', 'III', 'IV'][i - 1]}` },
  half: { label: '6 tháng', count: 2, name: (i) => (i === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm') },
  year: { label: 'Năm' },
  custom: { label: 'Tùy chọn' },
};

const session = startPage({ roles: ['manager', 'head', 'admin'], active: '/console/bao-cao' });
if (session) init();

/** "96,25%" */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(Number(rate) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
}

const count = (n) => Number(n ?? 0).toLocaleString('vi-VN');

function init() {
  const form = $('#period-form');
  const today = localDate();
  const [thisYear, thisMonth] = today.split('-').map(Number);
  const state = {
    kind: 'last12',
    year: thisYear,
    index: thisMonth,
    from: '',
    to: '',
    definition: 'resolved',
    /** The period the server answered for: {from, to} (YYYY-MM-DD). */
    period: null,
    rate: null,
  };

  // ── Period picker ──
  const params = new URLSearchParams(location.search);
  if (KINDS[params.get('kind')]) state.kind = params.get('kind');
  if (DEFINITIONS[params.get('definition')]) state.definition = params.get('definition');
  if (/^\d{4}$/.test(params.get('year') ?? '')) state.year = Number(params.get('year'));
  if (/^\d{1,2}$/.test(params.get('index') ?? '')) state.index = Number(params.get('index'));
  const last12From = `${thisMonth === 12 ? thisYear : thisYear - 1}-${String((thisMonth % 12) + 1).padStart(2, '0')}-01`;
  $('#from').value = vnDate(/^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from') : last12From);
  $('#to').value = vnDate(/^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? params.get('to') : today);

  fill(
    $('#period-year'),
    Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => h('option', { value: y, selected: y === state.year }, String(y))),
  );
  for (const radio of $$('input[name=kind]', form)) {
    radio.checked = radio.value === state.kind;
    radio.addEventListener('change', () => {
      state.kind = radio.value;
      if (state.kind === 'quarter') state.index = Math.ceil(thisMonth / 3);
      if (state.kind === 'half') state.index = thisMonth <= 6 ? 1 : 2;
      if (state.kind === 'month') state.index = thisMonth;
      showPeriodFields();
      if (state.kind === 'custom') $('#from').focus();
      else void refresh();
    });
  }
  $('#period-index').addEventListener('change', () => {
    state.index = Number($('#period-index').value);
    void refresh();
  });
  $('#period-year').addEventListener('change', () => {
    state.year = Number($('#period-year').value);
    void refresh();
  });

  function showPeriodFields() {
    const kind = KINDS[state.kind];
    $('#field-index').hidden = !kind.count;
    $('#field-year').hidden = !['month', 'quarter', 'half', 'year'].includes(state.kind);
    $('#field-from').hidden = $('#field-to').hidden = state.kind !== 'custom';
    $('#period-hint').hidden = state.kind !== 'half';
    if (kind.count) {
      state.index = Math.min(Math.max(1, state.index), kind.count);
      $('#period-index-label').textContent = kind.label;
      fill($('#period-index'), Array.from({ length: kind.count }, (_, i) => h('option', { value: i + 1, selected: i + 1 === state.index }, kind.name(i + 1))));
    }
  }
  showPeriodFields();

  /** The period's query parameters, or null when the typed dates are wrong (messages beside the fields). */
  function periodParams() {
    clearErrors(form);
    const agencyCode = session.user.agencyCode;
    switch (state.kind) {
      case 'last12':
        return { from: last12From, to: today, agencyCode };
      case 'custom': {
        const from = $('#from');
        const to = $('#to');
        const start = parseVnDate(from.value);
        const end = parseVnDate(to.value);
        if (!start) setFieldError(from, from.value.trim() ? 'Ngày không hợp lệ: nhập dạng dd/mm/yyyy.' : 'Vui lòng nhập ngày bắt đầu.');
        if (!end) setFieldError(to, to.value.trim() ? 'Ngày không hợp lệ: nhập dạng dd/mm/yyyy.' : 'Vui lòng nhập ngày kết thúc.');
        if (start && end && start > end) setFieldError(to, 'Ngày kết thúc phải từ ngày bắt đầu trở đi.');
        if (focusFirstInvalid(form)) return null;
        return { from: start, to: end, agencyCode };
      }
      case 'year':
        return { period: 'year', year: state.year, agencyCode };
      default:
        return { period: state.kind, year: state.year, index: state.index, agencyCode };
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void refresh();
  });

  // ── Definitions (radio tiles that also show each definition's figures for the whole period) ──
  function showDefinitions(rate) {
    const figures = new Map((rate?.definitions ?? []).map((d) => [d.definition, d]));
    fill(
      $('#definitions'),
      Object.entries(DEFINITIONS).map(([key, def]) => {
        const f = figures.get(key);
        const input = h('input', { type: 'radio', name: 'definition', value: key, checked: key === state.definition, 'aria-describedby': `def-${key}-note` });
        input.addEventListener('change', () => {
          state.definition = key;
          void loadRate();
        });
        return h(
          'label',
          { class: 'definition', dataset: { definition: key } },
          input,
          h(
            'span',
            { class: 'definition-text' },
            h('span', { class: 'definition-name' }, def.label),
            h('span', { class: 'definition-rate', dataset: { testid: `definition-rate-${key}` } }, f ? percent(f.rate) : '…'),
            h('span', { class: 'definition-counts' }, f ? `${count(f.numerator)}/${count(f.denominator)} hồ sơ` : ''),
            h('span', { class: 'definition-note sr-only', id: `def-${key}-note` }, def.note),
          ),
        );
      }),
    );
  }
  showDefinitions(null);

  // ── Loading ──
  let seq = 0;
  let lastParams = null;

  async function refresh() {
    const p = periodParams();
    if (!p) return;
    lastParams = p;
    pageMessage(null);
    saveUrl();
    await Promise.all([loadRate(), loadPar(p), loadPointsLost(p)]);
  }

  function saveUrl() {
    const url = new URL(location.href);
    url.search = query({
      kind: state.kind === 'last12' ? '' : state.kind,
      year: ['month', 'quarter', 'half', 'year'].includes(state.kind) ? state.year : '',
      index: KINDS[state.kind].count ? state.index : '',
      from: state.kind === 'custom' ? lastParams.from : '',
      to: state.kind === 'custom' ? lastParams.to : '',
      definition: state.definition === 'resolved' ? '' : state.definition,
    });
    history.replaceState(null, '', url);
  }

  async function loadRate() {
    if (!lastParams) return;
    const mine = ++seq;
    saveUrl();
    const card = $('#rate-card');
    card.setAttribute('aria-busy', 'true');
    try {
      const rate = await get(`/api/v1/reports/on-time-rate${query({ ...lastParams, definition: state.definition })}`);
      if (mine !== seq) return;
      state.rate = rate;
      state.period = rate.period;
      $('#period-text').textContent = `Kỳ báo cáo: ${vnDate(rate.period.from)} – ${vnDate(rate.period.to)}`;
      showDefinitions(rate);
      showRate(rate);
    } catch (error) {
      if (mine !== seq) return;
      showPeriodError(error, 'Báo cáo tỷ lệ đúng hạn');
    } finally {
      if (mine === seq) card.removeAttribute('aria-busy');
    }
  }

  function showPeriodError(error, what) {
    const leftover = error instanceof ApiError ? showApiFieldErrors(error.fieldErrors, (field) => ({ from: $('#from'), to: $('#to'), year: $('#period-year'), index: $('#period-index') })[field] ?? null) : [];
    pageMessage('error', [describeError(error, what), ...leftover].join(' '));
    for (const [field, el] of [['from', '#field-from'], ['to', '#field-to']]) if (error.fieldErrors?.some((e) => e.field === field)) $(el).hidden = false;
  }

  function showRate(rate) {
    const def = DEFINITIONS[rate.definition] ?? DEFINITIONS.resolved;
    const months = rate.byMonth ?? [];
    drawChart(rate);
    $('#chart-caption').textContent =
      `${def.label}: tỷ lệ = số hồ sơ ${def.numerator} ÷ số hồ sơ ${def.denominator}. Dưới mỗi cột: đúng hạn/tổng. ${def.note}` +
      ` Cả kỳ: ${percent(rate.rate)} (${count(rate.numerator)}/${count(rate.denominator)}).`;
    fill(
      $('#month-table'),
      h(
        'table',
        { class: 'data-table compact', dataset: { testid: 'month-table' } },
        h('caption', { class: 'sr-only' }, `Số liệu từng tháng, ${def.label.toLowerCase()}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tháng'), h('th', { scope: 'col', class: 'num' }, `Số hồ sơ ${def.numerator}`), h('th', { scope: 'col', class: 'num' }, `Số hồ sơ ${def.denominator}`), h('th', { scope: 'col', class: 'num' }, 'Tỷ lệ'))),
        h(
          'tbody',
          {},
          months.map((m) => h('tr', {}, h('th', { scope: 'row' }, monthName(m.month)), h('td', { class: 'num' }, count(m.numerator)), h('td', { class: 'num' }, count(m.denominator)), h('td', { class: 'num' }, percent(m.rate)))),
        ),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Cả kỳ'), h('td', { class: 'num' }, count(rate.numerator)), h('td', { class: 'num' }, count(rate.denominator)), h('td', { class: 'num' }, percent(rate.rate)))),
      ),
    );
  }

  function drawChart(rate) {
    const def = DEFINITIONS[rate.definition] ?? DEFINITIONS.resolved;
    const box = $('#rate-chart');
    box.dataset.width = String(box.clientWidth);
    fill(box, rateChart({ months: rate.byMonth ?? [], overall: rate.rate, title: `Tỷ lệ đúng hạn theo tháng, ${def.label.toLowerCase()}`, summary: chartSummary(rate), width: box.clientWidth || 760 }));
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const box = $('#rate-chart');
      if (state.rate && Math.abs(box.clientWidth - Number(box.dataset.width)) > 40) drawChart(state.rate);
    }, 150);
  });

  function chartSummary(rate) {
    const withData = (rate.byMonth ?? []).filter((m) => m.denominator > 0);
    if (withData.length === 0) return 'Không có hồ sơ nào trong kỳ theo cách tính này.';
    const best = withData.reduce((a, b) => (b.rate > a.rate ? b : a));
    const worst = withData.reduce((a, b) => (b.rate < a.rate ? b : a));
    return `${withData.length} tháng có hồ sơ. Cao nhất ${monthName(best.month)}: ${percent(best.rate)}; thấp nhất ${monthName(worst.month)}: ${percent(worst.rate)}. Số liệu chi tiết ở bảng ngay dưới biểu đồ.`;
  }

  async function loadPar(p) {
    const card = $('#par-card');
    card.setAttribute('aria-busy', 'true');
    try {
      const par = await get(`/api/v1/reports/par-score${query(p)}`);
      if (p !== lastParams) return;
      showPar(par);
    } catch (error) {
      if (p !== lastParams) return;
      fill($('#par-body'), h('p', { class: 'form-error' }, describeError(error, 'Điểm PAR INDEX')));
    } finally {
      if (p === lastParams) card.removeAttribute('aria-busy');
    }
  }

  /** A score only from a rubric configured for the province and year; the example's figure apart, labelled as an example. */
  function showPar(par) {
    const def = DEFINITIONS[par.definition];
    const score = par.score === null || par.score === undefined ? null : Number(par.score);
    const example = par.exampleScore ?? null;
    const points = (value) => Number(value).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
    fill(
      $('#par-body'),
      h(
        'p',
        { class: 'big-figure', dataset: { testid: 'par-score' } },
        score === null ? '—' : points(score),
        h('span', { class: 'sub' }, ` / ${Number(par.maxScore).toLocaleString('vi-VN')} điểm`),
      ),
      example
        ? notice(
            'warning',
            h('strong', {}, 'Chưa có điểm: '),
            'chưa có bộ tiêu chí do quản trị viên cấu hình cho tỉnh và năm này. ',
            h('span', { dataset: { testid: 'par-example' } }, `Ví dụ minh họa theo bộ tiêu chí mẫu: ${example.score === null ? '—' : points(example.score)}/${points(example.maxScore)} (không phải điểm PAR INDEX).`),
          )
        : score === null
          ? h('p', { class: 'muted' }, 'Chưa có hồ sơ trong kỳ để chấm điểm.')
          : null,
      h(
        'dl',
        { class: 'facts par-facts' },
        h('dt', {}, 'Tỷ lệ đúng hạn'),
        h('dd', {}, `${percent(par.rate)} (${count(par.numerator)}/${count(par.denominator)} hồ sơ)`),
        h('dt', {}, 'Cách tính'),
        h('dd', {}, def?.label ?? par.definition),
        h('dt', {}, 'Thang điểm'),
        h('dd', { dataset: { testid: 'par-rubric' } }, `${par.rubric.example && !/^ví dụ/i.test(par.rubric.name) ? 'Ví dụ – ' : ''}${par.rubric.name} (năm ${par.rubric.year})`),
      ),
      par.rubric.description ? h('p', { class: 'hint' }, par.rubric.description) : null,
    );
  }

  // ── Open dossiers per procedure (now, whatever the period) ──
  async function loadOverdue() {
    const card = $('#overdue-card');
    try {
      const report = await get(`/api/v1/reports/overdue-by-procedure${query({ agencyCode: session.user.agencyCode })}`);
      showOverdue(report);
    } catch (error) {
      fill($('#overdue-body'), h('p', { class: 'form-error pad' }, describeError(error, 'Danh sách hồ sơ quá hạn')));
    } finally {
      card.removeAttribute('aria-busy');
    }
  }

  function showOverdue(report) {
    $('#overdue-at').textContent = `Tính đến ${dateTime(report.at)}. Nhấn tên thủ tục để xem các hồ sơ quá hạn.`;
    const items = [...report.items].sort((a, b) => b.overdue - a.overdue || b.lateAgainstOriginal - a.lateAgainstOriginal || b.pending - a.pending);
    if (items.length === 0) {
      fill($('#overdue-body'), h('p', { class: 'muted pad' }, 'Không có hồ sơ nào đang giải quyết.'));
      return;
    }
    const num = (n, danger, extra = '') => h('td', { class: `num${danger && n > 0 ? ' num-danger' : ''} ${extra}`.trim() }, count(n));
    fill(
      $('#overdue-body'),
      h(
        'table',
        { class: 'data-table', id: 'overdue-table' },
        h('caption', { class: 'sr-only' }, 'Hồ sơ đang giải quyết theo thủ tục, thủ tục có nhiều hồ sơ quá hạn nhất đứng trước'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Thủ tục'),
            h('th', { scope: 'col', class: 'col-field' }, 'Lĩnh vực'),
            h('th', { scope: 'col', class: 'num' }, 'Đang giải quyết'),
            h('th', { scope: 'col', class: 'num' }, 'Quá hạn'),
            h('th', { scope: 'col', class: 'num col-late', title: 'Quá ngày hẹn ban đầu, kể cả hồ sơ đã có văn bản xin lỗi hẹn lại' }, 'Trễ so với hẹn ban đầu'),
            h('th', { scope: 'col', class: 'col-oldest', title: 'Ngày hẹn trả của hồ sơ quá hạn lâu nhất' }, 'Quá hạn từ ngày'),
          ),
        ),
        h(
          'tbody',
          {},
          items.map((item) =>
            h(
              'tr',
              { dataset: { procedure: item.procedureCode } },
              h(
                'th',
                { scope: 'row', class: 'procedure-cell' },
                h('a', { href: `/console/ho-so${query({ tab: item.overdue > 0 ? 'overdue' : 'all', procedure: item.procedureCode })}` }, item.procedureName),
                h('span', { class: 'sub' }, item.procedureCode),
              ),
              h('td', { class: 'col-field' }, item.field?.name ?? ''),
              num(item.pending, false),
              num(item.overdue, true),
              num(item.lateAgainstOriginal, true, 'col-late'),
              h('td', { class: 'col-oldest' }, item.oldestDueAt ? date(item.oldestDueAt) : ''),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          h('tr', {}, h('th', { scope: 'row' }, 'Tổng cộng'), h('td', { class: 'col-field' }), num(report.total.pending, false), num(report.total.overdue, true), num(report.total.lateAgainstOriginal, true, 'col-late'), h('td', { class: 'col-oldest' })),
        ),
      ),
    );
  }

  // ── Report files of the period ──
  const status = $('#download-status');
  const groupBy = () => $('#groupBy').value;
  /** The period as dates, for the endpoints that take only from/to (the register). */
  const dates = () => (state.period ? { from: state.period.from, to: state.period.to } : { from: lastParams?.from, to: lastParams?.to });
  const downloads = [
    { id: 'bieu06-pdf', label: 'Biểu 06 (PDF)', kind: 'pdf', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: groupBy(), format: 'pdf' })}`, what: 'Biểu 06' },
    { id: 'bieu06-xlsx', label: 'Biểu 06 (Excel)', ext: 'xlsx', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: groupBy(), format: 'xlsx' })}`, what: 'Biểu 06', name: 'bieu-06' },
    { id: 'bieu06-csv', label: 'Biểu 06 (CSV)', ext: 'csv', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: groupBy(), format: 'csv' })}`, what: 'Biểu 06', name: 'bieu-06' },
    { id: 'register-pdf', label: 'Sổ theo dõi – Mẫu 07 (PDF)', kind: 'pdf', path: () => `/api/v1/register.pdf${query(dates())}`, what: 'Sổ theo dõi hồ sơ' },
    { id: 'register-xlsx', label: 'Sổ theo dõi – Mẫu 07 (Excel)', ext: 'xlsx', path: () => `/api/v1/register.xlsx${query(dates())}`, what: 'Sổ theo dõi hồ sơ', name: 'so-theo-doi' },
    { id: 'index-json', label: 'Dữ liệu Chỉ số 766 (JSON)', ext: 'json', path: (p) => `/api/v1/index-export${query(p)}`, what: 'Dữ liệu chỉ số', name: 'chi-so-766' },
  ];
  fill(
    $('#downloads'),
    downloads.map((d) => {
      const button = h('button', { type: 'button', class: 'btn btn-secondary download', dataset: { testid: `download-${d.id}` } }, h('span', { class: `file-tag file-${d.ext ?? 'pdf'}`, 'aria-hidden': 'true' }, (d.ext ?? 'pdf').toUpperCase()), d.label);
      button.addEventListener('click', () => {
        const p = lastParams ?? periodParams();
        if (!p) return;
        const span = dates();
        if (d.kind === 'pdf') void openPdf(d.path(p), { status, what: d.what });
        else void downloadFile(d.path(p), `${d.name}_${span.from ?? ''}_${span.to ?? ''}.${d.ext}`, { status, what: d.what });
      });
      return button;
    }),
  );

  void refresh();
  void loadOverdue();
}

/** "2026-09" → "Tháng 9/2026" */
export function monthName(month) {
  const [y, m] = month.split('-');
  return `Tháng ${Number(m)}/${y}`;
}
