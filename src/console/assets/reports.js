/** Báo cáo (managers, heads, admins): links to the report endpoints of the API; the full page comes later. */
import { describeError, get, query } from './api.js';
import { $, fill, h } from './dom.js';
import { localDate, parseVnDate, vnDate } from './format.js';
import { clearErrors, focusFirstInvalid, setFieldError } from './forms.js';
import { pageMessage, startPage } from './layout.js';
import { downloadFile, openPdf } from './pdf.js';

const DEFINITIONS = { resolved: 'trên số hồ sơ đã giải quyết', due_in_period: 'trên số hồ sơ đến hạn trong kỳ', index766: 'theo Chỉ số 766' };

const session = startPage({ roles: ['manager', 'head', 'admin'], active: '/console/bao-cao' });
if (session) init();

function init() {
  const form = $('#report-form');
  const from = $('#from');
  const to = $('#to');
  from.value = vnDate(`${localDate().slice(0, 8)}01`);
  to.value = vnDate(localDate());
  const status = $('#download-status');

  function period() {
    clearErrors(form);
    const start = parseVnDate(from.value);
    const end = parseVnDate(to.value);
    if (!start) setFieldError(from, from.value.trim() ? 'Ngày không hợp lệ: nhập dạng dd/mm/yyyy.' : 'Vui lòng nhập ngày bắt đầu.');
    if (!end) setFieldError(to, to.value.trim() ? 'Ngày không hợp lệ: nhập dạng dd/mm/yyyy.' : 'Vui lòng nhập ngày kết thúc.');
    if (start && end && start > end) setFieldError(to, 'Ngày kết thúc phải từ ngày bắt đầu trở đi.');
    if (focusFirstInvalid(form)) return null;
    return { from: start, to: end, agencyCode: session.user.agencyCode };
  }

  const downloads = [
    { label: 'Biểu 06 – Tình hình giải quyết (PDF)', kind: 'pdf', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: $('#groupBy').value, format: 'pdf' })}`, what: 'Biểu 06' },
    { label: 'Biểu 06 – Tình hình giải quyết (Excel)', kind: 'file', ext: 'xlsx', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: $('#groupBy').value, format: 'xlsx' })}`, what: 'Biểu 06', name: 'bieu-06' },
    { label: 'Biểu 06 – Tình hình giải quyết (CSV)', kind: 'file', ext: 'csv', path: (p) => `/api/v1/reports/processing${query({ ...p, groupBy: $('#groupBy').value, format: 'csv' })}`, what: 'Biểu 06', name: 'bieu-06' },
    { label: 'Sổ theo dõi hồ sơ – Mẫu 07 (PDF)', kind: 'pdf', path: (p) => `/api/v1/register.pdf${query({ from: p.from, to: p.to })}`, what: 'Sổ theo dõi hồ sơ' },
    { label: 'Sổ theo dõi hồ sơ – Mẫu 07 (Excel)', kind: 'file', ext: 'xlsx', path: (p) => `/api/v1/register.xlsx${query({ from: p.from, to: p.to })}`, what: 'Sổ theo dõi hồ sơ', name: 'so-theo-doi' },
    { label: 'Dữ liệu chấm điểm Chỉ số 766 (JSON)', kind: 'file', ext: 'json', path: (p) => `/api/v1/index-export${query(p)}`, what: 'Dữ liệu chỉ số', name: 'chi-so-766' },
  ];
  fill(
    $('#downloads'),
    downloads.map((d) => {
      const button = h('button', { type: 'button', class: 'btn btn-secondary download' }, d.label);
      button.addEventListener('click', () => {
        const p = period();
        if (!p) return;
        if (d.kind === 'pdf') void openPdf(d.path(p), { status, what: d.what });
        else void downloadFile(d.path(p), `${d.name}_${p.from}_${p.to}.${d.ext}`, { status, what: d.what });
      });
      return button;
    }),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const p = period();
    if (!p) return;
    pageMessage(null);
    const definition = $('#definition').value;
    try {
      const rate = await get(`/api/v1/reports/on-time-rate${query({ ...p, definition })}`);
      showRate(rate);
    } catch (error) {
      $('#rate-card').hidden = true;
      pageMessage('error', describeError(error, 'Báo cáo tỷ lệ đúng hạn'));
    }
  });
}

function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(Number(rate) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
}

function showRate(rate) {
  fill(
    $('#rate-body'),
    h('p', { class: 'big-figure' }, percent(rate.rate), h('span', { class: 'sub' }, ` ${rate.numerator ?? 0}/${rate.denominator ?? 0} hồ sơ, ${DEFINITIONS[rate.definition] ?? rate.definition}`)),
    (rate.byMonth ?? []).length
      ? h(
          'table',
          { class: 'data-table compact' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tháng'), h('th', { scope: 'col' }, 'Tỷ lệ'), h('th', { scope: 'col' }, 'Đúng hạn / tổng'))),
          h('tbody', {}, rate.byMonth.map((m) => h('tr', {}, h('td', {}, m.month), h('td', {}, percent(m.rate)), h('td', {}, `${m.numerator}/${m.denominator}`)))),
        )
      : null,
  );
  $('#rate-card').hidden = false;
}
