// @ts-check
/** The login page: username + password → bearer token in sessionStorage → the page asked for, or the role's home. */
import { ApiError, post } from './api.js';
import { $ } from './dom.js';
import { clearErrors, focusFirstInvalid, keepLayoutWhileTyping, requireFilled } from './forms.js';
import { getSession, homeFor, safeNext, saveSession } from './session.js';

const params = new URLSearchParams(location.search);
const next = safeNext(params.get('next'));
const existing = getSession();
if (existing && !params.has('expired')) location.replace(next ?? homeFor(existing.user));

const form = $('#login-form');
const username = $('#username');
const password = $('#password');
const error = $('#login-error');
const submit = form.querySelector('button[type=submit]');

if (params.has('expired')) error.textContent = 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.';
else if (params.has('loggedOut')) error.textContent = '';
username.focus();
keepLayoutWhileTyping(form);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const filled = [requireFilled([username], 'Vui lòng nhập tên đăng nhập.'), requireFilled([password], 'Vui lòng nhập mật khẩu.')];
  if (filled.includes(false)) {
    focusFirstInvalid(form);
    return;
  }
  submit.disabled = true;
  submit.textContent = 'Đang đăng nhập…';
  try {
    const result = await post('/api/v1/auth/login', { username: username.value.trim(), password: password.value });
    saveSession({ accessToken: result.accessToken, user: result.user });
    location.replace(next ?? homeFor(result.user));
  } catch (failure) {
    error.textContent =
      failure instanceof ApiError && (failure.status === 401 || failure.status === 400)
        ? 'Tên đăng nhập hoặc mật khẩu không đúng.'
        : 'Không kết nối được với máy chủ. Vui lòng thử lại.';
    password.select();
    password.focus();
    submit.disabled = false;
    submit.textContent = 'Đăng nhập';
  }
});
