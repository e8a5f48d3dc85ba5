// @ts-check
/** The frame of every signed-in page: the session check, role-aware navigation, the user box and logout. */
import { get, post } from './api.js';
import { $, fill, h, notice } from './dom.js';
import { clearSession, getSession, hasRole, ROLE_LABELS, saveSession } from './session.js';

export const NAV = [
  { href: '/console/tiep-nhan', label: 'Tiếp nhận', roles: ['counter', 'admin'] },
  { href: '/console/ho-so', label: 'Hồ sơ', roles: ['counter', 'officer', 'head', 'manager', 'admin'] },
  { href: '/console/bao-cao', label: 'Báo cáo', roles: ['manager', 'head', 'admin'] },
  { href: '/console/lich-lam-viec', label: 'Lịch làm việc', roles: ['counter', 'officer', 'head', 'manager', 'admin'] },
  { href: '/console/dong-bo-dvcqg', label: 'Đồng bộ DVCQG', roles: ['admin'] },
];

/**
 * Starts a signed-in page. Without a session the user goes to the login page (and comes back);
 * with a role outside `roles` the page says so instead of showing a form that would fail.
 * Returns the session, or null when the page must not go on.
 */
/** @param {{ roles?: string[], active?: string }} options */
export function startPage({ roles, active }) {
  const session = getSession();
  if (!session) {
    location.replace(`/console/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    return null;
  }
  renderHeader(session, active);
  if (roles && !hasRole(session.user, ...roles)) {
    fill(
      $('#main'),
      h('div', { class: 'page-head' }, h('h1', { text: 'Không có quyền truy cập' })),
      notice('warning', 'Trang này dành cho vai trò: ', roles.map((r) => ROLE_LABELS[r]).join(', '), '. Vui lòng chọn chức năng khác trên thanh menu.'),
    );
    return null;
  }
  return session;
}

function renderHeader(session, active) {
  const { user } = session;
  const links = NAV.filter((item) => hasRole(user, ...item.roles)).map((item) =>
    h('a', { href: item.href, class: 'nav-link', 'aria-current': item.href === active ? 'page' : null }, item.label),
  );
  fill($('#app-nav'), ...links);
  const logout = h('button', { type: 'button', class: 'btn btn-header', dataset: { testid: 'logout' } }, 'Đăng xuất');
  logout.addEventListener('click', () => void signOut());
  fill(
    $('#user-box'),
    h('span', { class: 'user-text' }, h('span', { class: 'user-name' }, user.fullName), h('span', { class: 'user-role' }, user.roles.map((r) => ROLE_LABELS[r] ?? r).join(', '))),
    h('a', { href: '/console/tai-khoan', class: 'btn btn-header', 'aria-current': active === '/console/tai-khoan' ? 'page' : null, dataset: { testid: 'account-link' } }, 'Tài khoản'),
    logout,
  );
  void showAgency(session);
}

async function showAgency(session) {
  const target = $('#agency-name');
  if (session.agencyName) {
    target.textContent = session.agencyName;
    return;
  }
  try {
    const agencies = await get('/api/v1/agencies');
    const agency = agencies.find((a) => a.code === session.user.agencyCode);
    if (!agency) return;
    saveSession({ ...session, agencyName: agency.name });
    target.textContent = agency.name;
  } catch {
    target.textContent = session.user.agencyCode;
  }
}

export async function signOut() {
  try {
    await post('/api/v1/auth/logout');
  } catch {
    // the token is dropped here anyway
  }
  clearSession();
  location.assign('/console/login?loggedOut=1');
}

/** Shows a message in the page's message slot (replacing the previous one). */
export function pageMessage(kind, ...content) {
  const slot = $('#page-message');
  if (!slot) return;
  if (!kind) {
    slot.replaceChildren();
    return;
  }
  fill(slot, notice(kind, ...content));
}
