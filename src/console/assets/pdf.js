// @ts-check
/**
 * PDFs of the API need the bearer token, which a plain link cannot send: fetch them with the token
 * and show them from a blob: URL in a new tab (opened at once, inside the click, so no popup blocker).
 */
import { ApiError, describeError, getBlob } from './api.js';
import { h } from './dom.js';

/** The same-origin path of an API URL (pdfUrl may be absolute with the public base URL). */
export function apiPath(url) {
  const parsed = new URL(url, location.origin);
  return parsed.pathname + parsed.search;
}

/** Opens a PDF of the API in a new tab. `status` (optional) is a live region for progress and errors. */
/** @param {string} path @param {{ status?: any, what?: string }} [options] */
export async function openPdf(path, { status, what = 'Tài liệu' } = {}) {
  const tab = window.open('', '_blank');
  if (tab) {
    try {
      tab.document.title = 'Đang tải tài liệu…';
      tab.document.body.textContent = 'Đang tải tài liệu…';
    } catch {
      // a browser may not let us write into the new tab; the PDF replaces it anyway
    }
  }
  if (status) status.textContent = `Đang tải ${what.toLowerCase()}…`;
  try {
    const blob = await getBlob(path);
    if (!/pdf/i.test(blob.type)) throw new ApiError(415, { message: `not a PDF (${blob.type})` });
    const url = URL.createObjectURL(blob);
    if (tab && !tab.closed) tab.location.href = url;
    else saveBlob(url, path.split('/').pop().split('?')[0] || 'tai-lieu.pdf');
    setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
    if (status) status.textContent = `Đã mở ${what.toLowerCase()} trong thẻ mới.`;
    return true;
  } catch (error) {
    if (tab && !tab.closed) tab.close();
    const text = error instanceof ApiError && error.status === 415 ? `Máy chủ không trả về tệp PDF cho ${what.toLowerCase()}.` : describeError(error, `In ${what.toLowerCase()}`);
    if (status) status.textContent = text;
    return false;
  }
}

/** Downloads any file of the API (XLSX, CSV, …) under `filename`. */
/** @param {string} path @param {string} filename @param {{ status?: any, what?: string }} [options] */
export async function downloadFile(path, filename, { status, what = 'Tệp' } = {}) {
  if (status) status.textContent = `Đang tải ${what.toLowerCase()}…`;
  try {
    const blob = await getBlob(path);
    const url = URL.createObjectURL(blob);
    saveBlob(url, filename);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (status) status.textContent = `Đã tải ${what.toLowerCase()} (${filename}).`;
    return true;
  } catch (error) {
    if (status) status.textContent = describeError(error, `Tải ${what.toLowerCase()}`);
    return false;
  }
}

function saveBlob(url, filename) {
  const link = h('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * A link to a PDF of the API: its href names the document (for people and outside checks), a click
 * fetches it with the token instead.
 */
/** @param {{ path: string, label: string, testid?: string, status?: any, what?: string, className?: string }} options */
export function pdfLink({ path, label, testid, status, what = label, className = 'btn btn-secondary' }) {
  const link = h('a', { href: path, class: className, dataset: testid ? { testid } : undefined, target: '_blank', rel: 'noopener' }, h('span', { class: 'icon-print', 'aria-hidden': 'true' }), label);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void openPdf(path, { status, what });
  });
  return link;
}
