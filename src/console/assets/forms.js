// @ts-check
/** Field errors shown beside the fields, mapped from the API's `errors[].field`. */
import { fieldMessage } from './api.js';

function errorSlot(control) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el?.classList.contains('field-error')) return el;
  }
  return control.closest('.field')?.querySelector('.field-error') ?? null;
}

export function setFieldError(control, message) {
  const slot = errorSlot(control);
  if (slot) slot.textContent = message ?? '';
  const targets = control.matches('fieldset') ? control.querySelectorAll('input') : [control];
  for (const target of targets) {
    if (message) target.setAttribute('aria-invalid', 'true');
    else target.removeAttribute('aria-invalid');
  }
}

export function clearErrors(root) {
  for (const slot of root.querySelectorAll('.field-error')) {
    slot.textContent = '';
    slot.classList.remove('is-stale');
  }
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of root.querySelectorAll('.form-error')) el.textContent = '';
}

/**
 * Puts each API field error beside its control. `resolve(field)` maps a path like
 * `applicant.phone` to a control (or null). Returns the messages no control took.
 */
export function showApiFieldErrors(fieldErrors, resolve) {
  const leftover = [];
  const seen = new Set();
  for (const { field, message } of fieldErrors) {
    const control = resolve(String(field ?? ''));
    const text = fieldMessage(String(field ?? ''), String(message ?? ''));
    if (!control) {
      leftover.push(text);
      continue;
    }
    if (seen.has(control)) continue;
    seen.add(control);
    setFieldError(control, text);
  }
  return leftover;
}

/** Focuses the first control marked invalid inside root. */
export function focusFirstInvalid(root) {
  const first = root.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
  return Boolean(first);
}

/** Client-side check of required text fields; returns true when all are filled. */
export function requireFilled(controls, message = 'Vui lòng nhập thông tin này.') {
  let ok = true;
  for (const control of controls) {
    if (control.value.trim() === '') {
      setFieldError(control, message);
      ok = false;
    }
  }
  return ok;
}

/**
 * While the user corrects a field, its message stays where it is (greyed) instead of vanishing, so
 * nothing below moves while typing; the next submit checks again.
 */
export function keepLayoutWhileTyping(root) {
  root.addEventListener('input', (event) => {
    const control = event.target.closest('[aria-invalid="true"]') ?? event.target.closest('fieldset')?.querySelector('[aria-invalid="true"]');
    if (!control) return;
    const group = control.closest('fieldset.field') ?? control;
    for (const el of group === control ? [control] : group.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    errorSlot(control)?.classList.add('is-stale');
  });
}
