/** Text for HTML: the five characters that could end an attribute or open a tag, as entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** `thứ Năm …` at the start of a line or cell: `Thứ Năm …` (Vietnamese upper case: đ → Đ). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
