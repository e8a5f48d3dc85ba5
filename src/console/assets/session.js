// @ts-check
/** The signed-in staff member, kept for this browser tab only (sessionStorage). */
const KEY = 'motcua.console.session';

export const ROLE_LABELS = {
  counter: 'Tiếp nhận, trả kết quả',
  officer: 'Chuyên viên xử lý',
  head: 'Lãnh đạo',
  manager: 'Quản lý, báo cáo',
  admin: 'Quản trị hệ thống',
};

export function getSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return session && typeof session.accessToken === 'string' && session.user ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

/** Forgets the token and everything the console kept for this tab (e.g. the last search, which may hold a phone number). */
export function clearSession() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('motcua.console.')) sessionStorage.removeItem(key);
  }
}

export function hasRole(user, ...roles) {
  return (user?.roles ?? []).some((role) => roles.includes(role));
}

/** The first page for a role: the counter receives, managers report, everybody else works the queues. */
export function homeFor(user) {
  if (hasRole(user, 'counter')) return '/console/tiep-nhan';
  if (hasRole(user, 'officer', 'head', 'admin')) return '/console/ho-so';
  if (hasRole(user, 'manager')) return '/console/bao-cao';
  return '/console/ho-so';
}

/** Where the login page sends the user back to (only paths of the console itself). */
export function safeNext(value) {
  return typeof value === 'string' && /^\/console(\/[\w\-./%]*)?(\?[\w\-=&%.]*)?$/.test(value) && !value.startsWith('/console/login') ? value : null;
}
