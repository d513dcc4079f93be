/**
 * Escapes input text for inline Markdown (list items and table cells): line breaks become spaces, and every
 * character that could start emphasis, code, a link, raw HTML, an entity or a table cell boundary is
 * backslash-escaped (CommonMark renders `\<` as a literal `<`, so a ticket's `<script>` stays text).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~&]/g, (ch) => `\\${ch}`);
}

/**
 * Input text as a Markdown code span (for ids, which read better unescaped): the backtick fence is longer than any
 * run of backticks inside, line breaks become spaces, and `inTable` escapes `|`, which GFM splits cells on even in
 * code spans (and unescapes there).
 */
export function markdownCode(text: string, inTable = false): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  const body = inTable ? flat.replaceAll('|', '\\|') : flat;
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
