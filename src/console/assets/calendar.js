/** Lịch làm việc (admins): the year's days off and make-up Saturdays from the calendar endpoints of the API. */
import { ApiError, describeError, get, put, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { clearErrors, focusFirstInvalid, setFieldError, showApiFieldErrors } from './forms.js';
import { parseVnDate, vnDate } from './format.js';
import { pageMessage, startPage } from './layout.js';

const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

const session = startPage({ roles: ['admin'], active: '/console/lich-lam-viec' });
if (session) init();

function init() {
  const yearInput = $('#year');
  yearInput.value = String(new Date().getFullYear());
  const yearForm = $('#year-form');
  const editForm = $('#edit-form');

  yearForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(yearForm);
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      setFieldError(yearInput, 'Vui lòng nhập năm từ 2000 đến 2100.');
      yearInput.focus();
      return;
    }
    const result = $('#days-result');
    fill(result, h('p', { class: 'muted' }, 'Đang tải…'));
    try {
      const days = await get(`/api/v1/calendar/days${query({ from: `${year}-01-01`, to: `${year}-12-31`, agencyCode: session.user.agencyCode })}`);
      showDays(result, days);
      $('#daysOff').value = days.filter((d) => !d.working && !isWeekend(d.date)).map((d) => vnDate(d.date)).join('\n');
      $('#workingSaturdays').value = days.filter((d) => d.working && isWeekend(d.date)).map((d) => vnDate(d.date)).join('\n');
    } catch (error) {
      fill(result, notice('error', describeError(error, 'Xem lịch làm việc')));
    }
  });
  yearForm.requestSubmit();

  editForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(editForm);
    const year = Number(yearInput.value);
    const lines = (el) => el.value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
    const toIso = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : parseVnDate(text));
    const read = (el) => {
      const typed = lines(el);
      const wrong = typed.find((text) => !toIso(text)?.startsWith(`${year}-`));
      if (wrong) setFieldError(el, `“${wrong}” không phải một ngày của năm ${year} (dạng dd/mm/yyyy).`);
      return typed.map(toIso);
    };
    const daysOff = read($('#daysOff'));
    const workingSaturdays = read($('#workingSaturdays'));
    if (focusFirstInvalid(editForm)) return;
    try {
      await put(`/api/v1/calendar/years/${year}`, { daysOff, workingSaturdays, confirmed: $('#confirmed').checked, source: $('#source').value.trim() });
      pageMessage('success', `Đã lưu lịch năm ${year}; hạn của các hồ sơ đang giải quyết đã được tính lại.`);
    } catch (error) {
      const leftover = error instanceof ApiError ? showApiFieldErrors(error.fieldErrors, (field) => editForm.querySelector(`#${field.split('.')[0]}`)) : [];
      $('#edit-error').textContent = [describeError(error, 'Cập nhật lịch làm việc'), ...leftover].join(' ');
      focusFirstInvalid(editForm);
    }
  });
}

function isWeekend(date) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function showDays(target, days) {
  // Only what differs from an ordinary week: weekdays off and Saturdays worked.
  const special = days.filter((d) => d.working === isWeekend(d.date));
  if (special.length === 0) {
    fill(target, h('p', { class: 'muted' }, 'Không có ngày nghỉ hay ngày làm bù nào ngoài thứ Bảy, Chủ nhật.'));
    return;
  }
  fill(
    target,
    h(
      'table',
      { class: 'data-table compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Ngày'), h('th', { scope: 'col' }, 'Thứ'), h('th', { scope: 'col' }, 'Loại'), h('th', { scope: 'col' }, 'Lý do'))),
      h(
        'tbody',
        {},
        special.map((d) =>
          h(
            'tr',
            {},
            h('td', {}, d.date.split('-').reverse().join('/')),
            h('td', {}, WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()]),
            h('td', {}, d.working ? h('span', { class: 'chip chip-ok' }, 'Làm bù') : h('span', { class: 'chip chip-overdue' }, 'Nghỉ')),
            h('td', {}, d.reason ?? ''),
          ),
        ),
      ),
    ),
  );
}
