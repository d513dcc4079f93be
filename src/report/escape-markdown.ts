/**
 * Escapes input text for inline Markdown (list items and table cells): line breaks become spaces, and every
 * character that could start emphasis, code, a link, raw HTML, an entity or a table cell boundary is
 * backslash-escaped (CommonMark renders `\<` as a literal `<`, so a ticket's `<script>` stays text).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~&]/g, (ch) => `\\${ch}`);
}
