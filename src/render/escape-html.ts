/** Escapes text for HTML element content and double-quoted attribute values: `&`, `<`, `>` and `"`. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
