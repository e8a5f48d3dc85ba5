// @ts-check
/** Tiếp nhận: receive a dossier at the counter, or refuse it (Mẫu 03), or ask for a supplement (Mẫu 02). */
import { ApiError, describeError, get, post, query } from './api.js';
import { $, fill, h, randomKey } from './dom.js';
import { DialogInputError, dialogField, openDialog } from './dialog.js';
import { appointment, durationText, feeText } from './format.js';
import { clearErrors, focusFirstInvalid, keepLayoutWhileTyping, requireFilled, setFieldError, showApiFieldErrors } from './forms.js';
import { pageMessage, startPage } from './layout.js';
import { mountDossierFiles } from './files.js';
import { apiPath, pdfLink } from './pdf.js';
import { ProcedurePicker } from './procedure-picker.js';

const session = startPage({ roles: ['counter', 'admin'], active: '/console/tiep-nhan' });
if (session) init();

function init() {
  const form = $('#intake-form');
  const formError = $('#intake-error');
  const submit = form.querySelector('[data-testid="intake-submit"]');
  const controls = {
    procedure: $('#procedure'),
    fullName: $('#fullName'),
    idNumber: $('#idNumber'),
    phone: $('#phone'),
    email: $('#email'),
    address: $('#address'),
    channel: $('#channel'),
    setsCount: $('#setsCount'),
    note: $('#note'),
  };
  let idempotencyKey = randomKey('quay');
  let busy = false;
  keepLayoutWhileTyping(form);

  const picker = new ProcedurePicker({
    input: controls.procedure,
    list: $('#procedure-list'),
    search: (q) => get(`/api/v1/procedures${query({ agencyCode: session.user.agencyCode, q })}`),
    onSelect: (procedure, { viaKeyboard }) => {
      setFieldError(controls.procedure, '');
      showProcedure(procedure);
      if (viaKeyboard) controls.fullName.focus();
    },
    onClear: () => showProcedure(null),
  });

  /** The API's field paths → the form's controls. */
  function controlFor(field) {
    const direct = {
      procedureCode: controls.procedure,
      'applicant.fullName': controls.fullName,
      'applicant.idNumber': controls.idNumber,
      'applicant.phone': controls.phone,
      'applicant.email': controls.email,
      'applicant.address': controls.address,
      channel: controls.channel,
      setsCount: controls.setsCount,
      note: controls.note,
    }[field];
    if (direct) return direct;
    const doc = /^documents\.(\d+)(\.|$)/.exec(field);
    if (doc) {
      const row = checkedRows()[Number(doc[1])];
      return row ? row.querySelector('input[type=number]') : null;
    }
    return null;
  }

  function showProcedure(procedure) {
    $('#procedure-card').hidden = !procedure;
    const list = $('#documents-list');
    $('#documents-empty').hidden = Boolean(procedure);
    if (!procedure) {
      list.replaceChildren();
      return;
    }
    $('#procedure-name').textContent = procedure.name;
    $('#procedure-code').textContent = procedure.code;
    $('#procedure-field').textContent = procedure.field?.name ?? '';
    $('#procedure-duration').textContent = durationText(procedure.duration);
    $('#procedure-fee').textContent = feeText(procedure);
    fill(
      list,
      procedure.documents.map((doc, i) =>
        h(
          'div',
          { class: 'doc-row', dataset: { name: doc.name, required: String(doc.required) } },
          h('input', { type: 'checkbox', id: `doc-${i}`, checked: true }),
          h('label', { for: `doc-${i}`, class: 'doc-name' }, doc.name, doc.required ? h('span', { class: 'badge badge-required' }, 'Bắt buộc') : h('span', { class: 'badge' }, 'Nếu có')),
          h('span', { class: 'doc-copies' },
            h('label', { for: `doc-${i}-copies`, class: 'sr-only' }, `Số bản: ${doc.name}`),
            h('input', { type: 'number', id: `doc-${i}-copies`, min: 1, max: 99, value: doc.copies ?? 1, inputmode: 'numeric', 'aria-describedby': `doc-${i}-error` }),
            h('span', { 'aria-hidden': 'true' }, 'bản'),
          ),
          h('p', { class: 'field-error doc-error', id: `doc-${i}-error` }),
        ),
      ),
    );
    // An optional document is only ticked when the applicant actually brings it.
    procedure.documents.forEach((doc, i) => {
      $(`#doc-${i}`).checked = doc.required;
    });
  }

  function checkedRows() {
    return [...$('#documents-list').querySelectorAll('.doc-row')].filter((row) => row.querySelector('input[type=checkbox]').checked);
  }

  function missingRequired() {
    return [...$('#documents-list').querySelectorAll('.doc-row')]
      .filter((row) => row.dataset.required === 'true' && !row.querySelector('input[type=checkbox]').checked)
      .map((row) => row.dataset.name);
  }

  function applicant() {
    const value = (c) => c.value.trim();
    return {
      fullName: value(controls.fullName),
      idNumber: value(controls.idNumber),
      phone: value(controls.phone),
      ...(value(controls.email) ? { email: value(controls.email) } : {}),
      address: value(controls.address),
    };
  }

  function dossierBody(procedure) {
    const setsCount = Number(controls.setsCount.value || 1);
    const note = controls.note.value.trim();
    return {
      procedureCode: procedure.code,
      applicant: applicant(),
      channel: form.querySelector('input[name=channel]:checked')?.value ?? 'direct',
      documents: checkedRows().map((row) => ({ name: row.dataset.name, copies: Number(row.querySelector('input[type=number]').value || 1) })),
      setsCount,
      ...(note ? { note } : {}),
    };
  }

  /** Client-side checks (the server checks again and explains in Vietnamese). Returns the procedure or null. */
  async function checkForm() {
    clearErrors(form);
    pageMessage(null);
    const procedure = picker.selected ?? (await picker.resolveTyped());
    if (!procedure) setFieldError(controls.procedure, controls.procedure.value.trim() ? 'Không tìm thấy thủ tục này. Vui lòng chọn một thủ tục trong danh sách.' : 'Vui lòng chọn thủ tục hành chính.');
    requireFilled([controls.fullName], 'Vui lòng nhập họ và tên.');
    requireFilled([controls.idNumber], 'Vui lòng nhập số định danh cá nhân hoặc mã số thuế.');
    requireFilled([controls.phone], 'Vui lòng nhập số điện thoại.');
    requireFilled([controls.address], 'Vui lòng nhập địa chỉ.');
    if (focusFirstInvalid(form)) {
      formError.textContent = 'Vui lòng bổ sung các thông tin được đánh dấu.';
      return null;
    }
    return procedure;
  }

  function showApiError(error, what) {
    const leftover = error instanceof ApiError ? showApiFieldErrors(error.fieldErrors, controlFor) : [];
    formError.textContent = [describeError(error, what), ...leftover].join(' ');
    focusFirstInvalid(form);
  }

  async function withBusy(button, label, task) {
    if (busy) return;
    busy = true;
    const original = button.textContent;
    button.textContent = label;
    for (const b of form.querySelectorAll('.form-actions button')) b.disabled = true;
    try {
      await task();
    } finally {
      busy = false;
      button.textContent = original;
      for (const b of form.querySelectorAll('.form-actions button')) b.disabled = false;
    }
  }

  async function receive(procedure) {
    const created = await post('/api/v1/dossiers', dossierBody(procedure), { headers: { 'Idempotency-Key': idempotencyKey } });
    idempotencyKey = randomKey('quay');
    return created;
  }

  // ── Tiếp nhận ───────────────────────────────────────────────────────────────
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    picker.close();
    await withBusy(submit, 'Đang tiếp nhận…', async () => {
      const procedure = await checkForm();
      if (!procedure) return;
      const missing = missingRequired();
      if (missing.length > 0) {
        const go = await openDialog({
          title: 'Hồ sơ còn thiếu giấy tờ bắt buộc',
          intro: [h('p', {}, 'Các giấy tờ sau chưa được đánh dấu là đã nhận:'), h('ul', { class: 'plain-list' }, missing.map((m) => h('li', {}, m))), h('p', {}, 'Nên dùng nút “Yêu cầu bổ sung (Mẫu 02)” để hướng dẫn người nộp. Vẫn tiếp nhận hồ sơ?')],
          confirmLabel: 'Vẫn tiếp nhận',
          tone: 'primary',
        });
        if (!go) return;
      }
      try {
        const created = await receive(procedure);
        showResult({ mode: 'received', procedure, created, applicant: applicant() });
      } catch (error) {
        showApiError(error, 'Tiếp nhận hồ sơ');
      }
    });
  });

  // ── Yêu cầu bổ sung tại quầy (Mẫu 02) ──────────────────────────────────────
  $('#btn-supplement').addEventListener('click', async (event) => {
    await withBusy(event.currentTarget, 'Đang lập phiếu…', async () => {
      const procedure = await checkForm();
      if (!procedure) return;
      const request = await openDialog({
        title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
        intro: h('p', {}, 'Hồ sơ được ghi nhận với trạng thái “Yêu cầu bổ sung giấy tờ”; in Phiếu yêu cầu bổ sung để hướng dẫn người nộp một lần, đầy đủ.'),
        content: [
          dialogField({ label: 'Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)', name: 'items', rows: 4, required: true, value: missingRequired().join('\n') }),
          dialogField({ label: 'Lý do', name: 'reason', rows: 2, required: true, value: 'Hồ sơ chưa đủ thành phần theo quy định của thủ tục hành chính.' }),
        ],
        confirmLabel: 'Lập phiếu yêu cầu bổ sung',
        what: 'Yêu cầu bổ sung',
        onConfirm: (dlg) => {
          const items = dlg.elements.items.value.split('\n').map((s) => s.trim()).filter(Boolean);
          const reason = dlg.elements.reason.value.trim();
          if (items.length === 0) throw new DialogInputError('Vui lòng nhập ít nhất một giấy tờ cần bổ sung.');
          if (!reason) throw new DialogInputError('Vui lòng nhập lý do.');
          return { items, reason };
        },
      });
      if (!request) return;
      // The supplement endpoint may not be deployed yet: ask before recording a dossier that could not get its slip.
      if (!(await endpointExists('/api/v1/dossiers/kiem-tra/supplement-requests'))) {
        formError.textContent = describeError(new ApiError(404, { message: 'Cannot POST supplement-requests' }), 'Lập phiếu yêu cầu bổ sung');
        return;
      }
      let created;
      try {
        created = await receive(procedure);
      } catch (error) {
        showApiError(error, 'Ghi nhận hồ sơ');
        return;
      }
      try {
        const made = await post(`/api/v1/dossiers/${encodeURIComponent(created.code)}/supplement-requests`, { items: request.items.map((name) => ({ name })), reason: request.reason });
        showResult({ mode: 'supplement', procedure, created, applicant: applicant(), number: made?.supplementRequest?.number ?? made?.number ?? 1 });
      } catch (error) {
        showResult({ mode: 'received', procedure, created, applicant: applicant() });
        pageMessage('warning', `Hồ sơ ${created.code} đã được ghi nhận nhưng chưa lập được phiếu yêu cầu bổ sung: ${describeError(error, 'Lập phiếu yêu cầu bổ sung')} Có thể lập lại ở trang chi tiết hồ sơ.`);
      }
    });
  });

  // ── Từ chối tiếp nhận (Mẫu 03) ─────────────────────────────────────────────
  $('#btn-refuse').addEventListener('click', async (event) => {
    await withBusy(event.currentTarget, 'Đang lập phiếu…', async () => {
      const procedure = await checkForm();
      if (!procedure) return;
      const reasons = await openDialog({
        title: 'Từ chối tiếp nhận hồ sơ (Mẫu 03)',
        intro: h('p', {}, 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ ghi rõ lý do để người nộp biết. Hồ sơ không được cấp mã và giấy hẹn.'),
        content: [dialogField({ label: 'Lý do từ chối (mỗi dòng một lý do)', name: 'reasons', field: 'reasons', rows: 4, required: true })],
        confirmLabel: 'Lập phiếu từ chối',
        tone: 'danger',
        onConfirm: (dlg) => {
          const list = dlg.elements.reasons.value.split('\n').map((s) => s.trim()).filter(Boolean);
          if (list.length === 0) throw new DialogInputError('Vui lòng nhập ít nhất một lý do từ chối.');
          return list;
        },
      });
      if (!reasons) return;
      try {
        const refusal = await post('/api/v1/intake-refusals', { procedureCode: procedure.code, applicant: applicant(), reasons });
        showResult({ mode: 'refused', procedure, refusal, applicant: applicant() });
      } catch (error) {
        showApiError(error, 'Lập phiếu từ chối tiếp nhận');
      }
    });
  });

  // ── Kết quả ─────────────────────────────────────────────────────────────────
  const result = $('#intake-result');

  /** @param {{ mode: string, procedure: any, created?: any, refusal?: any, applicant: any, number?: any }} result */
  function showResult({ mode, procedure, created, refusal, applicant: who, number }) {
    const status = $('#result-pdf-status');
    status.textContent = '';
    result.dataset.mode = mode;
    $('#result-title').textContent = { received: 'Đã tiếp nhận hồ sơ', supplement: 'Đã lập phiếu yêu cầu bổ sung hồ sơ', refused: 'Đã lập phiếu từ chối tiếp nhận hồ sơ' }[mode];
    $('#result-sub').textContent = {
      received: 'Trao giấy hẹn trả kết quả cho người nộp hồ sơ.',
      supplement: 'Trao phiếu yêu cầu bổ sung, hoàn thiện hồ sơ cho người nộp.',
      refused: 'Trao phiếu từ chối tiếp nhận cho người nộp hồ sơ.',
    }[mode];
    $('#result-code').textContent = created?.code ?? '';
    $('#result-code').closest('div').hidden = !created;
    $('#result-due-box').hidden = mode !== 'received';
    $('#result-due').textContent = created ? appointment(created.dueAt) : '';
    $('#result-provisional').textContent = created?.provisional ? ' (tạm tính: lịch nghỉ của năm sau chưa được công bố chính thức)' : '';
    $('#result-applicant').textContent = `${who.fullName} · ${who.phone}`;
    $('#result-procedure').textContent = `${procedure.name} (${procedure.code})`;
    const base = created ? `/api/v1/dossiers/${encodeURIComponent(created.code)}` : '';
    const links = {
      received: [
        pdfLink({ path: `${base}/receipt.pdf`, label: 'In giấy hẹn trả kết quả (Mẫu 01)', testid: 'print-receipt', status, what: 'Giấy hẹn', className: 'btn btn-primary btn-lg' }),
        pdfLink({ path: `${base}/control-slip.pdf`, label: 'In phiếu kiểm soát (Mẫu 06)', testid: 'print-control-slip', status, what: 'Phiếu kiểm soát' }),
      ],
      supplement: [pdfLink({ path: `${base}/supplement-requests/${number}.pdf`, label: 'In phiếu yêu cầu bổ sung (Mẫu 02)', testid: 'print-supplement', status, what: 'Phiếu yêu cầu bổ sung', className: 'btn btn-primary btn-lg' })],
      refused: refusal?.pdfUrl ? [pdfLink({ path: apiPath(refusal.pdfUrl), label: 'In phiếu từ chối (Mẫu 03)', testid: 'print-refusal', status, what: 'Phiếu từ chối', className: 'btn btn-primary btn-lg' })] : [],
    }[mode];
    fill($('#result-actions'), links);
    const files = $('#result-files');
    files.hidden = mode !== 'received';
    if (mode === 'received') mountDossierFiles(files, { dossier: { code: created.code }, user: session.user });
    const open = $('#result-open');
    open.hidden = !created;
    if (created) open.href = `/console/ho-so/${encodeURIComponent(created.code)}`;
    form.hidden = true;
    result.hidden = false;
    (result.querySelector('#result-actions a') ?? $('#btn-new')).focus();
  }

  $('#btn-new').addEventListener('click', () => {
    form.reset();
    clearErrors(form);
    picker.clear();
    pageMessage(null);
    idempotencyKey = randomKey('quay');
    result.hidden = true;
    form.hidden = false;
    controls.procedure.focus();
  });

  controls.procedure.focus();
}

/** True unless the route itself is missing (an empty body to an unknown dossier never changes anything). */
async function endpointExists(path) {
  try {
    await post(path, {});
    return true;
  } catch (error) {
    return !(error instanceof ApiError && error.routeMissing);
  }
}
