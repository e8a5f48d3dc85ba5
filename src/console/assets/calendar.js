// @ts-check
/**
 * Lịch làm việc: the agency's month (working days, days off, make-up days), a due-date calculator on
 * the agency's calendar, and for administrators the agency's own hours and days and the year's
 * official days off. Everything the page shows comes from the calendar endpoints of the API.
 */
import { ApiError, describeError, fieldMessage, get, put, query } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { appointment, dateTime, durationText, localDate, parseVnDate, parseVnTime, vnDate, vnInstant } from './format.js';
import { clearErrors, focusFirstInvalid, keepLayoutWhileTyping, setFieldError, showApiFieldErrors } from './forms.js';
import { pageMessage, startPage } from './layout.js';
import { hasRole } from './session.js';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const WEEKDAYS_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const ORDINARY = new Set(['Ngày làm việc', 'Thứ Bảy', 'Chủ nhật']);

const session = startPage({ active: '/console/lich-lam-viec' });
if (session) void init();

/** 0 = Monday … 6 = Sunday, for a YYYY-MM-DD date. */
const weekdayIndex = (ymd) => (new Date(`${ymd}T00:00:00Z`).getUTCDay() + 6) % 7;
const isWeekend = (ymd) => weekdayIndex(ymd) >= 5;
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "07:30-11:30, 13:00-17:00" ⇄ [{start, end}] */
export function formatPeriods(periods) {
  return (periods ?? []).map((p) => `${p.start}-${p.end}`).join(', ');
}

export function parsePeriods(text) {
  const parts = text.split(/[,;]+/).map((s) => s.trim()).filter(Boolean);
  const periods = [];
  for (const part of parts) {
    const m = /^(.+?)\s*(?:-|–|—|đến)\s*(.+)$/.exec(part);
    const start = m && parseVnTime(m[1]);
    const end = m && parseVnTime(m[2]);
    if (!start || !end) return { error: `“${part}” không đúng dạng giờ bắt đầu-giờ kết thúc (ví dụ 07:30-11:30).` };
    periods.push({ start, end });
  }
  return { periods };
}

/** Lines "dd/mm/yyyy lý do" ⇄ [{date, working, reason}] */
function formatDays(days) {
  return days.map((d) => `${vnDate(d.date)}${d.reason ? ` ${d.reason}` : ''}`).join('\n');
}

function parseDays(text, working) {
  const days = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\S+)\s*(.*)$/.exec(line);
    const date = parseVnDate(m[1]) ?? (/^\d{4}-\d{2}-\d{2}$/.test(m[1]) ? m[1] : null);
    if (!date) return { error: `“${m[1]}” không phải một ngày (dạng dd/mm/yyyy).` };
    days.push({ date, working, reason: m[2].replace(/^[-–:]\s*/, '').slice(0, 200) });
  }
  return { days };
}

/** The calendar endpoints answer in English; the admin reads Vietnamese. */
export function calendarMessage(field, message) {
  const text = String(message ?? '');
  let m;
  if ((m = /^(\d{2}:\d{2})–(\d{2}:\d{2}) ends before it starts/.exec(text))) return `Khoảng ${m[1]}–${m[2]}: giờ kết thúc phải sau giờ bắt đầu.`;
  if (/must be in order and must not overlap/.test(text)) return 'Các khoảng giờ phải theo thứ tự trong ngày và không chồng lên nhau.';
  if (/at least one working period/.test(text)) return 'Cần ít nhất một khoảng giờ làm việc.';
  if ((m = /^(\d{4}-\d{2}-\d{2}) is also listed as a day off/.exec(text))) return `Ngày ${vnDate(m[1])} vừa là ngày nghỉ vừa là ngày làm bù.`;
  if ((m = /^(\S+) is not a date of (\d{4})/.exec(text))) return `Ngày ${/^\d{4}-\d{2}-\d{2}$/.test(m[1]) ? vnDate(m[1]) : m[1]} không thuộc năm ${m[2]}.`;
  if (/must be HH:MM/.test(text)) return 'Giờ phải có dạng hh:mm.';
  if (/source is required/.test(text)) return 'Vui lòng nhập căn cứ (văn bản thông báo).';
  return fieldMessage(field, text);
}

async function init() {
  const agencyCode = session.user.agencyCode;
  const isAdmin = hasRole(session.user, 'admin');
  const [thisYear, thisMonth] = localDate().split('-').map(Number);
  const params = new URLSearchParams(location.search);
  const wanted = /^(\d{4})-(\d{2})$/.exec(params.get('month') ?? '');
  const view = { year: wanted ? Number(wanted[1]) : thisYear, month: wanted ? Number(wanted[2]) : thisMonth };
  /** The agency's own settings (hours, cut-off, its days), for the hours line and the reasons of its own days. */
  let agency = null;

  // ── Month grid ──
  fill($('#month-pick'), Array.from({ length: 12 }, (_, i) => h('option', { value: i + 1 }, `Tháng ${i + 1}`)));
  fill($('#year-pick'), Array.from({ length: 7 }, (_, i) => thisYear - 3 + i).map((y) => h('option', { value: y }, String(y))));
  $('#month-pick').addEventListener('change', () => showMonth(view.year, Number($('#month-pick').value)));
  $('#year-pick').addEventListener('change', () => showMonth(Number($('#year-pick').value), view.month));
  $('#month-prev').addEventListener('click', () => showMonth(view.month === 1 ? view.year - 1 : view.year, view.month === 1 ? 12 : view.month - 1));
  $('#month-next').addEventListener('click', () => showMonth(view.month === 12 ? view.year + 1 : view.year, view.month === 12 ? 1 : view.month + 1));

  let monthSeq = 0;
  async function showMonth(year, month) {
    Object.assign(view, { year, month });
    if (![...$('#year-pick').options].some((o) => Number(o.value) === year)) $('#year-pick').append(h('option', { value: year }, String(year)));
    $('#month-pick').value = String(month);
    $('#year-pick').value = String(year);
    const url = new URL(location.href);
    url.searchParams.set('month', `${year}-${pad(month)}`);
    history.replaceState(null, '', url);
    const mine = ++monthSeq;
    const from = `${year}-${pad(month)}-01`;
    const to = `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
    $('#month-grid').setAttribute('aria-busy', 'true');
    try {
      const days = await get(`/api/v1/calendar/days${query({ from, to, agencyCode })}`);
      if (mine !== monthSeq) return;
      renderMonth(year, month, days);
    } catch (error) {
      if (mine !== monthSeq) return;
      fill($('#month-grid'), notice('error', describeError(error, 'Xem lịch tháng')));
      fill($('#month-notes'));
    } finally {
      if (mine === monthSeq) $('#month-grid').removeAttribute('aria-busy');
    }
  }

  function ownReason(day) {
    const own = agency?.days?.find((d) => d.date === day.date && d.working === day.working);
    if (!own) return null;
    return own.working ? `Làm việc thêm${own.reason ? `: ${own.reason}` : ''}` : `Nghỉ riêng${own.reason ? `: ${own.reason}` : ''}`;
  }

  function describe(day) {
    const own = ownReason(day);
    if (own) return own;
    if (day.working && isWeekend(day.date) && day.reason === 'Ngày làm việc') return 'Làm việc thứ Bảy';
    return day.reason;
  }

  function renderMonth(year, month, days) {
    const today = localDate();
    const cells = [...Array(weekdayIndex(days[0].date)).fill(null), ...days];
    while (cells.length % 7) cells.push(null);
    const weeks = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    const kind = (day) => {
      if (!day.working) return isWeekend(day.date) && ORDINARY.has(day.reason) && !ownReason(day) ? 'weekend' : 'off';
      return isWeekend(day.date) || day.reason === 'Làm bù' || ownReason(day) ? 'makeup' : 'work';
    };
    fill(
      $('#month-grid'),
      h(
        'table',
        { class: 'month-grid', dataset: { testid: 'month-grid', month: `${year}-${pad(month)}` } },
        h('caption', {}, `Tháng ${month}/${year}`),
        h('thead', {}, h('tr', {}, WEEKDAYS_SHORT.map((d, i) => h('th', { scope: 'col', abbr: WEEKDAYS[i] }, d)))),
        h(
          'tbody',
          {},
          weeks.map((week) =>
            h(
              'tr',
              {},
              week.map((day) => {
                if (!day) return h('td', { class: 'day day-blank' });
                const k = kind(day);
                const text = describe(day);
                const shown = k === 'off' || k === 'makeup' ? text : '';
                const d = Number(day.date.slice(8));
                return h(
                  'td',
                  { class: `day day-${k}${day.date === today ? ' day-today' : ''}`, dataset: { date: day.date, working: String(day.working) }, title: `${WEEKDAYS[weekdayIndex(day.date)]}, ${vnDate(day.date)}: ${text}` },
                  h('span', { class: 'day-num' }, String(d)),
                  day.date === today ? h('span', { class: 'day-today-tag' }, 'Hôm nay') : null,
                  shown ? h('span', { class: 'day-reason' }, shown) : null,
                  k === 'weekend' ? h('span', { class: 'sr-only' }, 'nghỉ') : null,
                  k === 'work' ? h('span', { class: 'sr-only' }, 'làm việc') : null,
                );
              }),
            ),
          ),
        ),
      ),
    );
    const special = days.filter((day) => ['off', 'makeup'].includes(kind(day)));
    const working = days.filter((day) => day.working).length;
    fill(
      $('#month-notes'),
      h('p', { class: 'month-summary' }, `Tháng ${month}/${year} có ${working} ngày làm việc.`),
      special.length
        ? h(
            'ul',
            { class: 'plain-list special-days', 'aria-label': `Ngày nghỉ, ngày làm bù trong tháng ${month}/${year}` },
            special.map((day) => h('li', {}, h('strong', {}, `${WEEKDAYS[weekdayIndex(day.date)]}, ${vnDate(day.date)}`), `: ${describe(day)}`)),
          )
        : null,
    );
  }

  // ── Due-date calculator ──
  const dueForm = $('#due-form');
  keepLayoutWhileTyping(dueForm);
  const nowParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
  $('#due-date').value = vnDate(localDate());
  $('#due-time').value = nowParts;
  const syncMode = () => {
    $('#field-mode').hidden = $('#due-unit').value !== 'working_days';
  };
  $('#due-unit').addEventListener('change', syncMode);
  syncMode();
  const procedures = new Map();
  get(`/api/v1/procedures${query({ agencyCode })}`)
    .then((all) => {
      for (const p of all) procedures.set(p.code, p);
      $('#due-procedure').append(...all.map((p) => h('option', { value: p.code }, `${p.name} – ${durationText(p.duration)}`)));
    })
    .catch(() => {});
  $('#due-procedure').addEventListener('change', () => {
    const p = procedures.get($('#due-procedure').value);
    if (!p) return;
    $('#due-amount').value = String(p.duration.unit === 'same_day' ? 0 : p.duration.value);
    $('#due-unit').value = p.duration.unit;
    $('#due-mode').value = p.duration.mode ?? 'working_time';
    syncMode();
  });

  dueForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(dueForm);
    const dateText = $('#due-date').value;
    const timeText = $('#due-time').value;
    if (!parseVnDate(dateText)) setFieldError($('#due-date'), dateText.trim() ? 'Ngày không hợp lệ: nhập dạng dd/mm/yyyy.' : 'Vui lòng nhập ngày tiếp nhận.');
    if (!parseVnTime(timeText)) setFieldError($('#due-time'), timeText.trim() ? 'Giờ không hợp lệ: nhập dạng hh:mm.' : 'Vui lòng nhập giờ tiếp nhận.');
    const amount = Number($('#due-amount').value);
    const unit = $('#due-unit').value;
    if ($('#due-amount').value.trim() === '' || !Number.isFinite(amount) || amount < 0 || amount > 3650) setFieldError($('#due-amount'), 'Nhập thời hạn từ 0 đến 3650.');
    if (focusFirstInvalid(dueForm)) return;
    const from = vnInstant(dateText, timeText);
    const mode = unit === 'working_days' ? $('#due-mode').value : undefined;
    const result = $('#due-result');
    try {
      const due = await get(`/api/v1/calendar/due-date${query({ from, amount: unit === 'same_day' ? 0 : amount, unit, mode, agencyCode })}`);
      fill(
        result,
        h('p', { class: 'due-label' }, 'Hạn trả kết quả'),
        h('p', { class: 'due-value', dataset: { testid: 'due-result', dueAt: due.dueAt } }, appointment(due.dueAt)),
        h('p', { class: 'hint' }, `Tiếp nhận lúc ${dateTime(from)}, thời hạn ${unit === 'same_day' ? 'trong ngày' : `${amount.toLocaleString('vi-VN')} ${$('#due-unit').selectedOptions[0].textContent}`}, theo lịch làm việc của đơn vị.`),
        due.provisional ? notice('warning', 'Hạn tạm tính: khoảng thời gian này có năm chưa được công bố lịch nghỉ chính thức.') : null,
      );
    } catch (error) {
      const leftover =
        error instanceof ApiError
          ? showApiFieldErrors(
              error.fieldErrors.map((e) => ({ ...e, message: calendarMessage(e.field, e.message) })),
              (field) => ({ from: $('#due-date'), amount: $('#due-amount'), unit: $('#due-unit'), mode: $('#due-mode') })[field] ?? null,
            )
          : [];
      fill(result, notice('error', [describeError(error, 'Tính hạn'), ...leftover].join(' ')));
      focusFirstInvalid(dueForm);
    }
  });

  // ── The agency's settings (everybody sees the hours; administrators edit them) ──
  async function loadAgency() {
    try {
      agency = await get(`/api/v1/calendar/agencies/${encodeURIComponent(agencyCode)}`);
    } catch {
      agency = null;
      return;
    }
    const saturday = agency.saturdayHours.length ? formatPeriods(agency.saturdayHours).replaceAll('-', '–') : 'nghỉ';
    $('#hours-text').textContent = `Giờ làm việc: thứ Hai – thứ Sáu ${formatPeriods(agency.workingHours).replaceAll('-', '–')}; thứ Bảy ${saturday}. Giờ chốt nhận hồ sơ giải quyết trong ngày: ${agency.cutoff}.`;
    if (isAdmin) fillAgencyForm(agency);
  }

  function fillAgencyForm(a) {
    $('#workingHours').value = formatPeriods(a.workingHours);
    $('#saturdayHours').value = formatPeriods(a.saturdayHours);
    $('#cutoff').value = a.cutoff;
    $('#extraDaysOff').value = formatDays(a.days.filter((d) => !d.working));
    $('#extraWorkingDays').value = formatDays(a.days.filter((d) => d.working));
  }

  if (isAdmin) {
    $('#admin-area').hidden = false;
    const agencyForm = $('#agency-form');
    keepLayoutWhileTyping(agencyForm);
    agencyForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(agencyForm);
      const hours = parsePeriods($('#workingHours').value);
      if (hours.error) setFieldError($('#workingHours'), hours.error);
      else if (hours.periods.length === 0) setFieldError($('#workingHours'), 'Vui lòng nhập giờ làm việc.');
      const saturday = parsePeriods($('#saturdayHours').value);
      if (saturday.error) setFieldError($('#saturdayHours'), saturday.error);
      const cutoff = parseVnTime($('#cutoff').value);
      if (!cutoff) setFieldError($('#cutoff'), 'Giờ chốt phải có dạng hh:mm, ví dụ 15:00.');
      const off = parseDays($('#extraDaysOff').value, false);
      if (off.error) setFieldError($('#extraDaysOff'), off.error);
      const extra = parseDays($('#extraWorkingDays').value, true);
      if (extra.error) setFieldError($('#extraWorkingDays'), extra.error);
      if (focusFirstInvalid(agencyForm)) return;
      const body = { workingHours: hours.periods, saturdayHours: saturday.periods, cutoff, days: [...off.days, ...extra.days] };
      try {
        const saved = await put(`/api/v1/calendar/agencies/${encodeURIComponent(agencyCode)}`, body);
        pageMessage('success', `Đã lưu lịch làm việc của đơn vị; ${saved.recomputedDossiers.length} hồ sơ đang giải quyết được tính lại hạn.`);
        await loadAgency();
        await showMonth(view.year, view.month);
      } catch (error) {
        const days = (field) => {
          const i = Number(/^days\.(\d+)/.exec(field)?.[1]);
          return Number.isInteger(i) ? $(body.days[i]?.working ? '#extraWorkingDays' : '#extraDaysOff') : $('#extraDaysOff');
        };
        const controls = { workingHours: () => $('#workingHours'), saturdayHours: () => $('#saturdayHours'), cutoff: () => $('#cutoff'), days };
        const leftover =
          error instanceof ApiError
            ? showApiFieldErrors(
                error.fieldErrors.map((e) => ({ ...e, message: calendarMessage(e.field, e.message) })),
                (field) => controls[field.split('.')[0]]?.(field) ?? null,
              )
            : [];
        $('#agency-error').textContent = [describeError(error, 'Cập nhật lịch của đơn vị'), ...leftover].join(' ');
        focusFirstInvalid(agencyForm);
      }
    });

    // ── The year's official days off ──
    const yearForm = $('#year-form');
    keepLayoutWhileTyping(yearForm);
    fill($('#year'), Array.from({ length: 4 }, (_, i) => thisYear - 1 + i).map((y) => h('option', { value: y, selected: y === thisYear }, String(y))));
    async function loadYear() {
      const year = Number($('#year').value);
      clearErrors(yearForm);
      try {
        const y = await get(`/api/v1/calendar/years/${year}`);
        $('#daysOff').value = y.daysOff.map(vnDate).join('\n');
        $('#workingSaturdays').value = y.workingSaturdays.map(vnDate).join('\n');
        $('#source').value = y.source;
        $('#confirmed').checked = y.confirmed;
        $('#year-state').textContent = y.stored
          ? y.confirmed
            ? `Lịch năm ${year} đã được công bố.`
            : `Lịch năm ${year} đang là lịch tạm tính.`
          : `Chưa có thông báo cho năm ${year}: danh sách trên được tính tạm theo Bộ luật Lao động.`;
      } catch (error) {
        $('#year-error-all').textContent = describeError(error, 'Xem lịch năm');
      }
    }
    $('#year').addEventListener('change', () => void loadYear());
    void loadYear();

    yearForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(yearForm);
      const year = Number($('#year').value);
      const read = (el) => {
        const typed = el.value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
        const dates = typed.map((text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : parseVnDate(text)));
        const wrong = typed.find((text, i) => !dates[i]);
        if (wrong) setFieldError(el, `“${wrong}” không phải một ngày (dạng dd/mm/yyyy).`);
        return dates;
      };
      const daysOff = read($('#daysOff'));
      const workingSaturdays = read($('#workingSaturdays'));
      if (!$('#source').value.trim()) setFieldError($('#source'), 'Vui lòng nhập căn cứ (văn bản thông báo).');
      if (focusFirstInvalid(yearForm)) return;
      try {
        const saved = await put(`/api/v1/calendar/years/${year}`, { daysOff, workingSaturdays, confirmed: $('#confirmed').checked, source: $('#source').value.trim() });
        pageMessage('success', `Đã lưu lịch năm ${year}; ${saved.recomputedDossiers.length} hồ sơ đang giải quyết được tính lại hạn.`);
        await loadYear();
        await showMonth(view.year, view.month);
      } catch (error) {
        const leftover =
          error instanceof ApiError
            ? showApiFieldErrors(
                error.fieldErrors.map((e) => ({ ...e, message: calendarMessage(e.field, e.message) })),
                (field) => ({ daysOff: $('#daysOff'), workingSaturdays: $('#workingSaturdays'), source: $('#source'), confirmed: $('#confirmed'), year: $('#year') })[field.split('.')[0]] ?? null,
              )
            : [];
        $('#year-error-all').textContent = [describeError(error, 'Cập nhật lịch năm'), ...leftover].join(' ');
        focusFirstInvalid(yearForm);
      }
    });
  }

  await loadAgency();
  await showMonth(view.year, view.month);
}
