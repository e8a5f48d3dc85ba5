// @ts-check
/**
 * Đồng bộ DVCQG (administrators): the outbox's totals, the dossiers waiting or refused by the
 * national portal with the portal's reason, resend one, deliver now, and backfill a period.
 */
import { describeError, get, post, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { dateTime, parseVnDate } from './format.js';
import { clearErrors, setFieldError } from './forms.js';
import { pageMessage, startPage } from './layout.js';

const session = startPage({ roles: ['admin'], active: '/console/dong-bo-dvcqg' });
if (session) void init();

async function init() {
  $('#state-pick').addEventListener('change', () => void load());
  $('#sync-now').addEventListener('click', () => void syncNow());
  $('#backfill-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void backfill();
  });
  await load();
}

async function load() {
  const state = $('#state-pick').value;
  try {
    const page = await get(`/api/v1/dvcqg/outbox${query({ state, pageSize: 100 })}`);
    renderSummary(page.summary);
    renderList(page, state);
  } catch (error) {
    pageMessage('error', describeError(error, 'Tải hàng đợi đồng bộ'));
  }
}

function renderSummary(s) {
  const age = s.oldestPendingSeconds;
  const ageText = age === 0 ? '—' : age < 3600 ? `${Math.ceil(age / 60)} phút` : `${(age / 3600).toFixed(1)} giờ`;
  fill(
    $('#summary'),
    s.enabled ? null : notice('warning', 'Đồng bộ đang TẮT (chưa cấu hình DVCQG_URL_ADD): thay đổi vẫn được ghi vào hàng đợi và sẽ được gửi khi bật.'),
    h(
      'dl',
      { class: 'facts', dataset: { testid: 'dvcqg-summary' } },
      h('dt', {}, 'Đang chờ gửi'),
      h('dd', { dataset: { testid: 'pending-count' } }, String(s.pending)),
      h('dt', {}, 'Bị Cổng từ chối'),
      h('dd', { dataset: { testid: 'refused-count' } }, String(s.refused)),
      h('dt', {}, 'Thay đổi chờ lâu nhất'),
      h('dd', {}, ageText),
    ),
  );
}

function renderList(page, state) {
  if (page.items.length === 0) {
    fill($('#list'), h('p', { class: 'muted' }, state === 'refused' ? 'Không có hồ sơ bị từ chối.' : 'Không có hồ sơ đang chờ gửi.'));
    return;
  }
  const rows = page.items.map((item) =>
    h(
      'tr',
      { dataset: { testid: 'outbox-row' } },
      h('td', {}, h('a', { href: `/console/ho-so/${encodeURIComponent(item.dossierCode)}` }, item.dossierCode)),
      h('td', { class: 'num' }, String(item.attempts)),
      h('td', {}, item.lastAttemptAt ? dateTime(item.lastAttemptAt) : '—'),
      h('td', {}, state === 'pending' && item.nextAttemptAt ? dateTime(item.nextAttemptAt) : '—'),
      h('td', { class: 'reason' }, item.lastError ?? ''),
      h('td', {}, resendButton(item.dossierCode)),
    ),
  );
  fill(
    $('#list'),
    h('p', { class: 'muted' }, `${page.total} hồ sơ${page.total > page.items.length ? `, hiển thị ${page.items.length} hồ sơ thay đổi lâu nhất` : ''}.`),
    h(
      'table',
      { class: 'data-table compact' },
      h('thead', {}, h('tr', {}, ['Mã hồ sơ', 'Số lần gửi', 'Lần gửi gần nhất', 'Gửi lại lúc', 'Lý do', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows),
    ),
  );
}

function resendButton(code) {
  const button = h('button', { type: 'button', class: 'btn btn-secondary btn-sm', dataset: { testid: 'resend' } }, 'Gửi lại');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await post(`/api/v1/dvcqg/outbox/${encodeURIComponent(code)}/resend`);
      pageMessage('success', `Đã đưa hồ sơ ${code} vào hàng đợi gửi lại.`);
      await load();
    } catch (error) {
      button.disabled = false;
      pageMessage('error', describeError(error, 'Gửi lại'));
    }
  });
  return button;
}

async function syncNow() {
  const button = $('#sync-now');
  button.disabled = true;
  try {
    const r = await post('/api/v1/dvcqg/sync');
    pageMessage(r.transient > 0 || r.refused > 0 ? 'warning' : 'success', `Đã gửi ${r.claimed} hồ sơ: ${r.synced} thành công, ${r.refused} bị từ chối, ${r.transient} lỗi kết nối (sẽ thử lại).`);
    await load();
  } catch (error) {
    pageMessage('error', describeError(error, 'Đồng bộ'));
  } finally {
    button.disabled = false;
  }
}

async function backfill() {
  const form = $('#backfill-form');
  clearErrors(form);
  const from = parseVnDate($('#from').value);
  const to = parseVnDate($('#to').value);
  if (!from) setFieldError($('#from'), 'Nhập ngày dạng dd/mm/yyyy.');
  if (!to) setFieldError($('#to'), 'Nhập ngày dạng dd/mm/yyyy.');
  if (!from || !to) return;
  if (to < from) return setFieldError($('#to'), 'Ngày kết thúc phải sau ngày bắt đầu.');
  try {
    const r = await post('/api/v1/dvcqg/backfill', { from, to });
    pageMessage('success', `Đã đưa ${r.queued} hồ sơ vào hàng đợi đồng bộ.`);
    await load();
  } catch (error) {
    pageMessage('error', describeError(error, 'Đồng bộ bổ sung'));
  }
}
