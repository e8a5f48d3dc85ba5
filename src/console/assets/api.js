// @ts-check
/** The JSON API of the service, called with the bearer token of the session. */
import { clearSession, getSession } from './session.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(typeof body?.message === 'string' ? body.message : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.fieldErrors = Array.isArray(body?.errors) ? body.errors : [];
  }

  /** True when the endpoint itself does not exist on the server yet (Nest's "Cannot POST …"). */
  get routeMissing() {
    return this.status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE) /.test(this.message);
  }
}

const HAS_VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

/** A sentence in Vietnamese for the person at the desk, whatever the server said. */
export function describeError(error, what = 'Thao tác') {
  if (!(error instanceof ApiError)) return 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.';
  const detail = HAS_VIETNAMESE.test(error.message) ? ` ${error.message}` : '';
  switch (error.status) {
    case 400:
      return `Thông tin chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.${detail}`;
    case 401:
      return 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.';
    case 403:
      return `Tài khoản của bạn không có quyền thực hiện thao tác này.${detail}`;
    case 404:
      return error.routeMissing
        ? `${what} chưa được máy chủ hỗ trợ (chức năng đang được xây dựng). Vui lòng thử lại sau hoặc báo quản trị hệ thống.`
        : `Không tìm thấy dữ liệu yêu cầu.${detail}`;
    case 409:
      return `Thao tác không phù hợp với trạng thái hiện tại của hồ sơ.${detail}`;
    case 422:
      return `Yêu cầu không đúng quy định.${detail || ` (${error.message})`}`;
    case 429:
      return 'Có quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.';
    default:
      return `Máy chủ gặp lỗi (mã ${error.status}). Vui lòng thử lại sau.`;
  }
}

/** A field message in Vietnamese: the server's own when it is Vietnamese, a generic one otherwise. */
export function fieldMessage(field, message) {
  if (HAS_VIETNAMESE.test(message)) return message;
  if (/required|should not be empty|must be a string/i.test(message)) return 'Vui lòng nhập thông tin này.';
  if (/email/i.test(field)) return 'Địa chỉ thư điện tử không hợp lệ.';
  if (/longer|shorter|max/i.test(message)) return 'Nội dung quá dài.';
  if (/date|instant|ISO/i.test(message)) return 'Ngày giờ không hợp lệ.';
  return 'Giá trị không hợp lệ.';
}

function authHeaders() {
  const session = getSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

function onUnauthorized(status) {
  if (status !== 401 || !getSession()) return;
  clearSession();
  const next = encodeURIComponent(location.pathname + location.search);
  location.assign(`/console/login?next=${next}&expired=1`);
}

async function parseBody(response) {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (type.includes('json') && text) {
    try {
      return JSON.parse(text);
    } catch {
      return { message: text };
    }
  }
  return text ? { message: text } : null;
}

export async function api(method, path, body, { headers = {} } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...authHeaders(), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new TypeError(`network: ${cause}`);
  }
  const parsed = await parseBody(response);
  if (!response.ok) {
    onUnauthorized(response.status);
    throw new ApiError(response.status, parsed);
  }
  return parsed;
}

export const get = (path) => api('GET', path);
export const post = (path, body, options) => api('POST', path, body ?? {}, options);
export const put = (path, body) => api('PUT', path, body);

/** A binary document (PDF, XLSX, CSV) fetched with the bearer token. */
export async function getBlob(path) {
  const response = await fetch(path, { headers: { ...authHeaders() } });
  if (!response.ok) {
    const body = await parseBody(response);
    onUnauthorized(response.status);
    throw new ApiError(response.status, body);
  }
  return response.blob();
}

/** Builds a query string, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
