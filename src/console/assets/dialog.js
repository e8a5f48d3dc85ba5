// @ts-check
/** Confirmation dialogs (native <dialog>: focus stays inside, Esc cancels, Enter confirms). */
import { describeError, ApiError } from './api.js';
import { h } from './dom.js';
import { clearErrors, focusFirstInvalid, keepLayoutWhileTyping, showApiFieldErrors } from './forms.js';

/**
 * Opens a modal whose form holds `content`. On confirm, `onConfirm(form)` runs; if it throws, the
 * error is shown inside the dialog (field errors beside fields named like the API's field paths)
 * and the dialog stays open. Resolves with onConfirm's result, or null when cancelled.
 */
/** @param {{ title: string, intro?: any, content?: any[], confirmLabel?: string, tone?: string, onConfirm?: (dialog: any) => any, what?: string }} options */
export function openDialog({ title, intro, content = [], confirmLabel = 'Xác nhận', tone = 'primary', onConfirm, what }) {
  return new Promise((resolve) => {
    const error = h('p', { class: 'form-error', role: 'alert' });
    const confirm = h('button', { type: 'submit', class: `btn btn-${tone}`, dataset: { testid: 'dialog-confirm' } }, confirmLabel);
    const cancel = h('button', { type: 'button', class: 'btn btn-secondary', dataset: { testid: 'dialog-cancel' } }, 'Hủy');
    const titleId = `dialog-title-${Math.random().toString(36).slice(2, 8)}`;
    const form = h(
      'form',
      { method: 'dialog', novalidate: true, class: 'modal-form' },
      h('h2', { class: 'modal-title', id: titleId }, title),
      intro ? h('div', { class: 'modal-intro' }, intro) : null,
      h('div', { class: 'modal-body' }, content),
      error,
      h('div', { class: 'modal-actions' }, cancel, confirm),
    );
    const dialog = h('dialog', { class: 'modal', 'aria-labelledby': titleId }, form);
    let result = null;
    let busy = false;

    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('cancel', (event) => {
      if (busy) event.preventDefault();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (busy) return;
      clearErrors(form);
      busy = true;
      confirm.disabled = true;
      cancel.disabled = true;
      confirm.setAttribute('aria-busy', 'true');
      try {
        result = (await onConfirm?.(form)) ?? true;
        dialog.close();
      } catch (failure) {
        if (failure instanceof ApiError) {
          const leftover = showApiFieldErrors(failure.fieldErrors, (field) => form.querySelector(`[data-field="${CSS.escape(field)}"]`));
          error.textContent = [describeError(failure, what), ...leftover].join(' ');
        } else if (failure instanceof DialogInputError) {
          error.textContent = failure.message;
        } else {
          error.textContent = describeError(failure, what);
        }
        if (!focusFirstInvalid(form)) confirm.focus();
      } finally {
        busy = false;
        confirm.disabled = false;
        cancel.disabled = false;
        confirm.removeAttribute('aria-busy');
      }
    });

    keepLayoutWhileTyping(form);
    document.body.append(dialog);
    dialog.showModal();
    const first = form.querySelector('.modal-body input:not([type=hidden]), .modal-body textarea, .modal-body select');
    (first ?? confirm).focus();
  });
}

/** Thrown by onConfirm when the dialog's own inputs are wrong (the message is already in Vietnamese). */
export class DialogInputError extends Error {}

let fieldSeq = 0;

/** Two controls side by side (e.g. a date and a time). */
export function dialogRow(...fields) {
  return h('div', { class: 'field-pair' }, fields);
}

/** A date (dd/mm/yyyy) and a time (hh:mm) typed as text; read them with format.js vnInstant. */
/** @param {{ name: string, label: string, date?: string, time?: string, required?: boolean, timePlaceholder?: string }} options */
export function dateTimeFields({ name, label, date = '', time = '', required = false, timePlaceholder = 'hh:mm' }) {
  return dialogRow(
    dialogField({ label: `${label} – ngày (dd/mm/yyyy)`, name: `${name}Date`, field: name, value: date, required, attrs: { inputmode: 'numeric', placeholder: 'dd/mm/yyyy', autocomplete: 'off', maxlength: 10 } }),
    dialogField({ label: 'Giờ (hh:mm)', name: `${name}Time`, field: `${name}.time`, value: time, required, attrs: { inputmode: 'numeric', placeholder: timePlaceholder, autocomplete: 'off', maxlength: 5 } }),
  );
}

/** A labelled control for a dialog; `field` is the API's field path, so its errors land beside it. */
/** @param {{ label: string, name: string, field?: string, type?: string, value?: string, required?: boolean, hint?: string, options?: any[], rows?: number, attrs?: Record<string, any> }} options */
export function dialogField({ label, name, field = name, type = 'text', value = '', required = false, hint, options, rows, attrs = {} }) {
  const id = `dlg-${name}-${++fieldSeq}`;
  const errorId = `${id}-error`;
  const common = { id, name, required, 'aria-describedby': errorId, dataset: { field }, ...attrs };
  let control;
  if (options) {
    control = h('select', common, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  } else if (rows) {
    control = h('textarea', { ...common, rows }, value);
  } else {
    control = h('input', { ...common, type, value });
  }
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control,
    hint ? h('p', { class: 'hint' }, hint) : null,
    h('p', { class: 'field-error', id: errorId }),
  );
}
