// @ts-check
/**
 * A combobox to find a procedure by name or code (GET /api/v1/procedures?q=): type, arrows to move,
 * Enter to choose (the first match when none is highlighted), Esc to close.
 */
import { h } from './dom.js';
import { durationText } from './format.js';

export class ProcedurePicker {
  /**
   * @param {{ input: HTMLInputElement, list: HTMLElement, search: (q: string, ...rest: any[]) => Promise<any>, onSelect: (procedure: any, info?: { viaKeyboard?: boolean }) => void, onClear?: () => void }} options
   */
  constructor({ input, list, search, onSelect, onClear }) {
    this.input = input;
    this.list = list;
    this.search = search;
    this.onSelect = onSelect;
    this.onClear = onClear;
    this.selected = null;
    this.results = [];
    this.active = -1;
    this.seq = 0;
    this.timer = null;
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('click', () => {
      if (!this.selected && !this.open) this.lookup(input.value.trim(), 0);
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
    list.addEventListener('mousedown', (event) => event.preventDefault());
  }

  get open() {
    return !this.list.hidden;
  }

  label(procedure) {
    return `${procedure.code} · ${procedure.name}`;
  }

  onInput() {
    if (this.selected && this.input.value !== this.label(this.selected)) {
      this.selected = null;
      this.onClear?.();
    }
    this.lookup(this.input.value.trim(), 180);
  }

  lookup(q, delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      const seq = ++this.seq;
      try {
        const found = await this.search(q);
        if (seq !== this.seq || document.activeElement !== this.input) return;
        this.show(found);
      } catch {
        if (seq === this.seq) this.show(null);
      }
    }, delay);
  }

  show(results) {
    this.results = results ?? [];
    this.active = -1;
    this.list.replaceChildren();
    if (results === null) {
      this.list.append(h('li', { class: 'combo-empty' }, 'Không tải được danh mục thủ tục. Vui lòng thử lại.'));
    } else if (this.results.length === 0) {
      this.list.append(h('li', { class: 'combo-empty' }, 'Không có thủ tục phù hợp.'));
    }
    this.results.slice(0, 50).forEach((procedure, i) => {
      const option = h(
        'li',
        { id: `procedure-option-${i}`, role: 'option', class: 'combo-option', 'aria-selected': 'false', dataset: { code: procedure.code } },
        h('span', { class: 'combo-code' }, procedure.code),
        h('span', { class: 'combo-name' }, procedure.name),
        h('span', { class: 'combo-meta' }, `${procedure.field?.name ?? ''} · ${durationText(procedure.duration)}`),
      );
      option.addEventListener('click', () => this.choose(procedure, false));
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.results.length > 0) this.highlight(0); // Enter takes the first match
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  highlight(index) {
    const options = [...this.list.querySelectorAll('[role=option]')];
    if (options.length === 0) return;
    this.active = (index + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active];
    this.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  onKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) {
        this.lookup(this.input.value.trim(), 0);
        return;
      }
      this.highlight(this.active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && this.open && this.results.length > 0) {
      event.preventDefault();
      this.choose(this.results[Math.max(this.active, 0)], true);
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.close();
    }
  }

  choose(procedure, viaKeyboard) {
    clearTimeout(this.timer);
    this.seq++;
    this.selected = procedure;
    this.input.value = this.label(procedure);
    this.close();
    this.onSelect?.(procedure, { viaKeyboard });
  }

  /** When the user typed a code or name and never picked from the list: an exact code, or the only match. */
  async resolveTyped() {
    const text = this.input.value.trim();
    if (!text) return null;
    try {
      const code = text.split(' · ')[0];
      const found = await this.search(code);
      const match = found.find((p) => p.code === code) ?? (found.length === 1 ? found[0] : null);
      if (match) this.choose(match, false);
      return match;
    } catch {
      return null;
    }
  }

  clear() {
    this.selected = null;
    this.input.value = '';
    this.close();
    this.onClear?.();
  }
}
