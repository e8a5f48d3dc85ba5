// @ts-check
/**
 * Digitised documents and electronic results of one dossier (QĐ 766 group 4): the procedure's
 * document checklist with what is digitised or reusable, drag-and-drop upload with a progress bar,
 * a preview of PDFs and images, and for the resolving authority the upload and signing of results.
 */
import { ApiError, describeError, get, getBlob, post } from './api.js';
import { fill, h } from './dom.js';
import { dateTime } from './format.js';
import { openPdf } from './pdf.js';
import { getSession, hasRole } from './session.js';

const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
const KIND_LABELS = { original: 'Bản chính', certified_copy: 'Bản sao chứng thực', copy: 'Bản sao' };
const TYPE_LABELS = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

/** POST multipart with the bearer token through XMLHttpRequest, the one API that reports upload progress. */
export function uploadWithProgress(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const session = getSession();
    if (session) xhr.setRequestHeader('authorization', `Bearer ${session.accessToken}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = { message: xhr.responseText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(new TypeError('network')));
    xhr.send(form);
  });
}

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Vietnamese for the upload's own refusals (413, 415), the shared wording otherwise. */
function uploadError(error) {
  if (error instanceof ApiError && error.status === 413) return 'Tệp quá lớn, vượt giới hạn dung lượng cho phép.';
  if (error instanceof ApiError && error.status === 415) return `Tệp không hợp lệ: ${error.message}`;
  return describeError(error, 'Tải tệp lên');
}

function progressBar(testid) {
  const bar = h('progress', { max: '100', value: '0', class: 'upload-progress', dataset: { testid } });
  const text = h('span', { class: 'upload-percent' }, '');
  const box = h('div', { class: 'upload-status', hidden: true }, bar, text);
  return {
    box,
    show(fraction) {
      box.hidden = false;
      bar.value = Math.round(fraction * 100);
      text.textContent = `${Math.round(fraction * 100)}%`;
    },
    hide() {
      box.hidden = true;
    },
  };
}

/** A drop target (the whole element) plus a hidden file input opened by `pick()`. */
function dropTarget(element, onFile) {
  const input = h('input', { type: 'file', accept: ACCEPT, hidden: true });
  input.addEventListener('change', () => {
    if (input.files?.[0]) onFile(input.files[0]);
    input.value = '';
  });
  element.append(input);
  element.addEventListener('dragover', (event) => {
    event.preventDefault();
    element.classList.add('drag-over');
  });
  element.addEventListener('dragleave', () => element.classList.remove('drag-over'));
  element.addEventListener('drop', (event) => {
    event.preventDefault();
    element.classList.remove('drag-over');
    const file = event.dataTransfer?.files?.[0];
    if (file) onFile(file);
  });
  return { input, pick: () => input.click() };
}

/**
 * Mounts the card into `root`. `dossier` is the detail answer (or {code} at intake); `onChange` runs
 * after an upload (the detail page reloads its timeline).
 */
/** @param {HTMLElement} root @param {{ dossier: any, user: any, onChange?: () => void }} options */
export function mountDossierFiles(root, { dossier, user, onChange }) {
  const base = `/api/v1/dossiers/${encodeURIComponent(dossier.code)}`;
  const status = h('p', { class: 'pdf-status', role: 'status', 'aria-live': 'polite', dataset: { testid: 'files-status' } });
  const checklistBox = h('ul', { class: 'fd-checklist', dataset: { testid: 'checklist' } });
  const preview = h('div', { class: 'file-preview', hidden: true, dataset: { testid: 'file-preview' } });
  const resultsBox = h('div', { class: 'results-box' });
  // The resolving authority's staff, or those of the centre that serves it (the server checks the same).
  const ownSide = [dossier.resolvingAgency?.code, dossier.receivingAgency?.code].includes(user.agencyCode);
  const canIssue = hasRole(user, 'officer', 'head', 'admin') && (!dossier.resolvingAgency || ownSide);
  fill(
    root,
    h('h2', { class: 'card-title' }, 'Thành phần hồ sơ số hóa'),
    h('p', { class: 'muted' }, 'Kéo thả tệp PDF, JPG hoặc PNG vào từng thành phần, hoặc bấm “Chọn tệp”. Giấy tờ đã nộp ở hồ sơ trước của cùng người nộp có thể dùng lại, không cần số hóa lại.'),
    checklistBox,
    preview,
    status,
    h('h2', { class: 'card-title results-title' }, 'Kết quả điện tử'),
    resultsBox,
  );

  /** The last finished upload per document, still shown after the list is drawn again. */
  const finished = new Map();

  async function refresh() {
    try {
      const [checklist, results] = await Promise.all([get(`${base}/checklist`), get(`${base}/results`)]);
      renderChecklist(checklist);
      renderResults(results);
    } catch (error) {
      status.textContent = describeError(error, 'Xem thành phần hồ sơ');
    }
  }

  function renderChecklist(entries) {
    fill(
      checklistBox,
      entries.map((entry) => {
        const progress = progressBar(`progress-${entry.code}`);
        if (finished.has(entry.code)) progress.show(finished.get(entry.code));
        const row = h('li', { class: 'fd-row', dataset: { testid: `doc-${entry.code}` } });
        const target = dropTarget(row, (file) => void uploadDocument(entry, file, progress));
        const state =
          entry.attachments.length > 0
            ? h('span', { class: 'chip chip-ok', dataset: { testid: `state-${entry.code}` } }, 'Đã số hóa')
            : entry.reusable.length > 0
              ? h('span', { class: 'chip chip-reuse', dataset: { testid: `state-${entry.code}` } }, 'Có thể dùng lại')
              : h('span', { class: 'chip chip-none', dataset: { testid: `state-${entry.code}` } }, entry.required ? 'Chưa số hóa' : 'Không bắt buộc');
        const parts = [
          h(
            'div',
            { class: 'fd-head' },
            h('span', { class: 'fd-code' }, entry.code),
            h('strong', {}, entry.name),
            entry.required ? h('span', { class: 'req', title: 'Bắt buộc' }, '*') : null,
            h('span', { class: 'sub' }, KIND_LABELS[entry.kind] ?? entry.kind),
            state,
          ),
          entry.attachments.length
            ? h(
                'ul',
                { class: 'file-list' },
                entry.attachments.map((a) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'file-type' }, TYPE_LABELS[a.mediaType] ?? a.mediaType),
                    ` ${sizeText(a.size)} · ${dateTime(a.createdAt)}`,
                    a.reused ? h('span', { class: 'chip chip-reuse' }, 'Dùng lại') : null,
                    h('button', { type: 'button', class: 'btn btn-link', dataset: { testid: `preview-${a.id}` }, onclick: () => void showPreview(a) }, 'Xem'),
                  ),
                ),
              )
            : null,
          entry.attachments.length === 0 && entry.reusable.length
            ? h(
                'ul',
                { class: 'file-list reuse-list' },
                entry.reusable.map((r) =>
                  h(
                    'li',
                    {},
                    `Đã nộp ở hồ sơ ${r.dossierCode} (${TYPE_LABELS[r.mediaType] ?? r.mediaType}, ${sizeText(r.size)}) `,
                    h('button', { type: 'button', class: 'btn btn-secondary btn-sm', dataset: { testid: `reuse-${entry.code}` }, onclick: () => void reuse(entry, r) }, 'Dùng lại'),
                  ),
                ),
              )
            : null,
          h(
            'div',
            { class: 'fd-actions' },
            h('button', { type: 'button', class: 'btn btn-secondary btn-sm', dataset: { testid: `pick-${entry.code}` }, onclick: target.pick }, 'Chọn tệp'),
            h('span', { class: 'drop-hint' }, 'hoặc kéo thả tệp vào đây'),
            progress.box,
          ),
        ];
        row.prepend(...parts.filter(Boolean)); // Element.prepend would write "null" for the absent parts
        return row;
      }),
    );
  }

  async function uploadDocument(entry, file, progress) {
    const form = new FormData();
    form.append('documentCode', entry.code);
    form.append('file', file, file.name);
    status.textContent = `Đang tải lên “${file.name}”…`;
    progress.show(0);
    try {
      await uploadWithProgress(`${base}/attachments`, form, (fraction) => progress.show(fraction));
      progress.show(1);
      finished.set(entry.code, 1);
      status.textContent = `Đã số hóa “${entry.name}” (${sizeText(file.size)}).`;
      await refresh();
      onChange?.();
    } catch (error) {
      progress.hide();
      status.textContent = uploadError(error);
    }
  }

  async function reuse(entry, reusable) {
    try {
      await post(`${base}/attachments`, { reuseOf: reusable.attachmentId, documentCode: entry.code });
      status.textContent = `Đã dùng lại “${entry.name}” từ hồ sơ ${reusable.dossierCode}.`;
      await refresh();
      onChange?.();
    } catch (error) {
      status.textContent = describeError(error, 'Dùng lại giấy tờ');
    }
  }

  async function showPreview(attachment) {
    status.textContent = 'Đang tải tệp…';
    try {
      const blob = await getBlob(`${base}/attachments/${attachment.id}`);
      const url = URL.createObjectURL(blob);
      const view = attachment.mediaType === 'application/pdf' ? h('iframe', { src: url, title: attachment.name, class: 'preview-frame' }) : h('img', { src: url, alt: attachment.name, class: 'preview-image' });
      const close = h('button', { type: 'button', class: 'btn btn-secondary btn-sm', onclick: () => {
        preview.hidden = true;
        URL.revokeObjectURL(url);
      } }, 'Đóng');
      fill(preview, h('div', { class: 'preview-head' }, h('strong', {}, attachment.name), h('span', { class: 'sub' }, `SHA-256 ${attachment.sha256.slice(0, 16)}…`), close), view);
      preview.hidden = false;
      status.textContent = '';
      preview.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      status.textContent = describeError(error, 'Xem tệp');
    }
  }

  function renderResults(results) {
    const list = results.length
      ? h(
          'ul',
          { class: 'file-list', dataset: { testid: 'results' } },
          results.map((r) =>
            h(
              'li',
              {},
              h('strong', {}, r.title),
              ` · ${r.code} · ký số ${dateTime(r.signedAt)}`,
              r.demo ? h('span', { class: 'chip chip-soon', title: 'Chứng thư tự ký của bản demo, không có giá trị pháp lý' }, 'DEMO') : h('span', { class: 'chip chip-ok' }, 'Đã ký số'),
              h('button', { type: 'button', class: 'btn btn-link', dataset: { testid: `open-result-${r.id}` }, onclick: () => void openPdf(r.url, { status, what: 'Kết quả điện tử' }) }, 'Mở PDF'),
            ),
          ),
        )
      : h('p', { class: 'muted', dataset: { testid: 'no-results' } }, 'Chưa có kết quả điện tử.');
    fill(resultsBox, list, canIssue ? issueForm() : null);
  }

  function issueForm() {
    const title = h('input', { type: 'text', name: 'result-title', maxlength: '300', placeholder: 'Tên giấy tờ kết quả, ví dụ: Giấy xác nhận tình trạng hôn nhân', dataset: { testid: 'result-title' } });
    const progress = progressBar('progress-result');
    const zone = h('div', { class: 'drop-zone', dataset: { testid: 'result-drop' } }, h('span', {}, 'Kéo thả tệp PDF kết quả vào đây'));
    const target = dropTarget(zone, (file) => void issue(file));
    const needTitle = () => {
      if (title.value.trim()) return true;
      status.textContent = 'Vui lòng nhập tên giấy tờ kết quả.';
      title.focus();
      return false;
    };
    async function issue(file) {
      if (!needTitle()) return;
      const form = new FormData();
      form.append('title', title.value.trim());
      if (file) form.append('file', file, file.name);
      else form.append('generate', 'true');
      status.textContent = file ? `Đang tải lên và ký số “${file.name}”…` : 'Đang lập và ký số kết quả…';
      progress.show(0);
      try {
        const made = await uploadWithProgress(`${base}/results`, form, (fraction) => progress.show(fraction));
        status.textContent = `Đã ký số kết quả ${made.code}${made.demo ? ' (chứng thư DEMO tự ký)' : ''}.`;
        await refresh();
        onChange?.();
      } catch (error) {
        progress.hide();
        status.textContent = uploadError(error);
      }
    }
    return h(
      'div',
      { class: 'issue-form' },
      h('label', {}, 'Tên giấy tờ kết quả', title),
      zone,
      h(
        'div',
        { class: 'fd-actions' },
        h('button', { type: 'button', class: 'btn btn-primary btn-sm', dataset: { testid: 'result-pick' }, onclick: () => needTitle() && target.pick() }, 'Tải lên PDF và ký số'),
        h('button', { type: 'button', class: 'btn btn-secondary btn-sm', dataset: { testid: 'result-generate' }, onclick: () => void issue(null) }, 'Lập và ký kết quả'),
        progress.box,
      ),
    );
  }

  void refresh();
  return { refresh };
}

