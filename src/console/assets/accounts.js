// @ts-check
/**
 * Tài khoản: every signed-in user changes their own password; administrators also list, create,
 * disable/enable, reset and re-role the staff accounts of their scope (the API audits each change).
 */
import { ApiError, describeError, get, post, put } from './api.js';
import { $, fill, h } from './dom.js';
import { dialogField, openDialog } from './dialog.js';
import { clearErrors, focusFirstInvalid, keepLayoutWhileTyping, setFieldError, showApiFieldErrors } from './forms.js';
import { pageMessage, startPage } from './layout.js';
import { hasRole, ROLE_LABELS } from './session.js';

const ROLES = Object.keys(ROLE_LABELS);
const agencyNames = new Map();

/** The API's English field messages this page can say better in Vietnamese. */
/** @type {Array<[RegExp, string]>} */
const MESSAGES = [
  [/does not match the current password/, 'Mật khẩu hiện tại không đúng.'],
  [/at least 8 characters/, 'Mật khẩu phải có ít nhất 8 ký tự.'],
  [/username must be/, 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.'],
  [/unknown agency/, 'Cơ quan không tồn tại.'],
];

const session = startPage({ active: '/console/tai-khoan' });
if (session) void init();

async function init() {
  const passwordForm = $('#password-form');
  keepLayoutWhileTyping(passwordForm);
  passwordForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void changePassword(passwordForm);
  });
  if (!hasRole(session.user, 'admin')) return;
  $('#users-card').hidden = false;
  const createForm = $('#create-form');
  createForm.hidden = false;
  fill($('#new-role-checks'), roleChecks('new-role', ['counter']));
  keepLayoutWhileTyping(createForm);
  createForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void createUser(createForm);
  });
  await loadAgencies();
  await loadUsers();
}

function roleChecks(prefix, checked) {
  return ROLES.map((role) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'role', value: role, id: `${prefix}-${role}`, checked: checked.includes(role), dataset: { testid: `${prefix}-${role}` } }), ROLE_LABELS[role]),
  );
}

const checkedRoles = (root) => [...root.querySelectorAll('input[name="role"]:checked')].map((input) => input.value);

async function loadAgencies() {
  try {
    const agencies = await get('/api/v1/agencies');
    const own = session.user.agencyCode;
    for (const a of agencies) agencyNames.set(a.code, a.name);
    fill(
      $('#new-agency'),
      agencies.map((a) => h('option', { value: a.code, selected: a.code === own }, `${a.name} (${a.code})`)),
    );
  } catch (error) {
    pageMessage('error', describeError(error, 'Tải danh sách cơ quan'));
  }
}

async function loadUsers() {
  try {
    renderUsers(await get('/api/v1/users'));
  } catch (error) {
    pageMessage('error', describeError(error, 'Tải danh sách tài khoản'));
  }
}

function renderUsers(users) {
  const rows = users.map((user) =>
    h(
      'tr',
      { dataset: { testid: 'user-row', username: user.username }, class: user.active ? null : 'muted' },
      h('td', {}, user.username),
      h('td', {}, user.fullName),
      h('td', {}, agencyNames.get(user.agencyCode) ?? user.agencyCode, user.unitName ? h('br') : null, user.unitName ? h('span', { class: 'muted' }, user.unitName) : null),
      h('td', {}, user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')),
      h('td', { dataset: { testid: 'user-state' } }, user.active ? 'Đang hoạt động' : 'Đã khóa'),
      h('td', {}, h('div', { class: 'row-actions' }, actionButtons(user))),
    ),
  );
  fill(
    $('#users'),
    h(
      'table',
      { class: 'data-table compact' },
      h('thead', {}, h('tr', {}, ['Tên đăng nhập', 'Họ và tên', 'Cơ quan', 'Vai trò', 'Trạng thái', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows),
    ),
  );
}

function actionButtons(user) {
  const self = user.username === session.user.username;
  const button = (label, testid, onClick) => {
    const b = h('button', { type: 'button', class: 'btn btn-secondary btn-sm', dataset: { testid } }, label);
    b.addEventListener('click', () => void onClick(b));
    return b;
  };
  return [
    self ? null : button(user.active ? 'Khóa' : 'Mở khóa', user.active ? 'disable-user' : 'enable-user', (b) => toggleActive(user, b)),
    button('Đặt lại mật khẩu', 'reset-password', () => resetPassword(user)),
    button('Vai trò', 'set-roles', () => setRoles(user)),
  ];
}

async function toggleActive(user, button) {
  const verb = user.active ? 'disable' : 'enable';
  button.disabled = true;
  try {
    await post(`/api/v1/users/${encodeURIComponent(user.username)}/${verb}`);
    pageMessage('success', user.active ? `Đã khóa tài khoản ${user.username}; các phiên đăng nhập của tài khoản đã bị thu hồi.` : `Đã mở khóa tài khoản ${user.username}.`);
    await loadUsers();
  } catch (error) {
    button.disabled = false;
    pageMessage('error', describeError(error, user.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'));
  }
}

async function resetPassword(user) {
  const done = await openDialog({
    title: `Đặt lại mật khẩu cho ${user.username}`,
    intro: 'Mọi phiên đăng nhập của tài khoản sẽ kết thúc; hãy báo mật khẩu mới cho người dùng để họ tự đổi lại.',
    content: [dialogField({ label: 'Mật khẩu mới (ít nhất 8 ký tự)', name: 'newPassword', type: 'password', required: true, attrs: { autocomplete: 'new-password', maxlength: 200 } })],
    confirmLabel: 'Đặt lại',
    what: 'Đặt lại mật khẩu',
    onConfirm: (form) => post(`/api/v1/users/${encodeURIComponent(user.username)}/password-reset`, { newPassword: form.elements.newPassword.value }).catch(vietnamese),
  });
  if (done) pageMessage('success', `Đã đặt lại mật khẩu cho tài khoản ${user.username}.`);
}

async function setRoles(user) {
  const group = h('fieldset', { class: 'field', dataset: { field: 'roles' }, 'aria-describedby': 'dlg-roles-error' }, h('legend', {}, 'Vai trò'), h('div', { class: 'role-checks' }, roleChecks('dlg-role', user.roles)), h('p', { class: 'field-error', id: 'dlg-roles-error' }));
  const done = await openDialog({
    title: `Vai trò của ${user.username}`,
    content: [group],
    confirmLabel: 'Lưu',
    what: 'Cập nhật vai trò',
    onConfirm: (form) => put(`/api/v1/users/${encodeURIComponent(user.username)}/roles`, { roles: checkedRoles(form) }).catch(vietnamese),
  });
  if (!done) return;
  pageMessage('success', `Đã cập nhật vai trò của tài khoản ${user.username}.`);
  await loadUsers();
}

async function createUser(form) {
  clearErrors(form);
  const body = {
    username: $('#new-username').value.trim(),
    fullName: $('#new-fullname').value.trim(),
    agencyCode: $('#new-agency').value,
    password: $('#new-password').value,
    roles: checkedRoles(form),
  };
  try {
    const user = await post('/api/v1/users', body).catch(vietnamese);
    form.reset();
    fill($('#new-role-checks'), roleChecks('new-role', ['counter']));
    $('#new-agency').value = session.user.agencyCode;
    pageMessage('success', `Đã tạo tài khoản ${user.username}.`);
    await loadUsers();
  } catch (error) {
    showFormError(form, $('#create-error'), error, 'Tạo tài khoản');
  }
}

async function changePassword(form) {
  clearErrors(form);
  const next = $('#next-password');
  if (next.value !== $('#repeat-password').value) {
    setFieldError($('#repeat-password'), 'Mật khẩu nhập lại không khớp.');
    return focusFirstInvalid(form);
  }
  try {
    await post('/api/v1/auth/password', { currentPassword: $('#current-password').value, newPassword: next.value }).catch(vietnamese);
    form.reset();
    pageMessage('success', 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.');
  } catch (error) {
    showFormError(form, $('#password-error'), error, 'Đổi mật khẩu');
  }
}

/** Field errors beside their controls; a taken name and an agency outside the scope too. */
function showFormError(form, slot, error, what) {
  if (!(error instanceof ApiError)) {
    slot.textContent = describeError(error, what);
    return;
  }
  const resolve = (field) => form.querySelector(`[data-field="${CSS.escape(field.split('.')[0])}"]`);
  const leftover = showApiFieldErrors(error.fieldErrors, resolve);
  if (error.status === 409) setFieldError($('#new-username'), 'Tên đăng nhập này đã được dùng.');
  else if (error.status === 403 && form.id === 'create-form') setFieldError($('#new-agency'), 'Cơ quan này nằm ngoài phạm vi quản trị của bạn.');
  else slot.textContent = [describeError(error, what), ...leftover].join(' ');
  focusFirstInvalid(form);
}

/** Rewrites the API's English field messages into Vietnamese before they are shown. */
function vietnamese(error) {
  if (error instanceof ApiError) {
    for (const item of error.fieldErrors) {
      const found = MESSAGES.find(([pattern]) => pattern.test(String(item.message ?? '')));
      if (item.field === 'roles') item.message = 'Chọn ít nhất một vai trò.';
      else if (found) item.message = found[1];
    }
  }
  throw error;
}
