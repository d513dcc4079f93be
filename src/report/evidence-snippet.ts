import type { Evidence, Report } from './report-schema.js';

/** An evidence span with the sentence around it, split so a renderer can mark `match` after escaping each part. */
export interface EvidenceSnippet {
  ticketId: string;
  before: string;
  match: string;
  after: string;
}

/** The full normalized texts the report carries (its issues' example tickets), by ticket id. */
export function exampleTexts(report: Report): Map<string, string> {
  const texts = new Map<string, string>();
  for (const issue of report.issues) for (const e of issue.examples) texts.set(e.ticketId, e.text);
  return texts;
}

/**
 * The evidence in its sentence: its `context` split around the matched words when it holds them; else, for
 * evidence without one, up to `radius` characters either side when the ticket's text is known and the span's
 * offsets still point at its words (cut context marked with `…`); otherwise the matched words alone.
 */
export function evidenceSnippet(evidence: Evidence, texts: ReadonlyMap<string, string>, radius = 24): EvidenceSnippet {
  const bare = { ticketId: evidence.ticketId, before: '', match: evidence.text, after: '' };
  const at = evidence.context === undefined || evidence.text === '' ? -1 : evidence.context.indexOf(evidence.text);
  if (at >= 0) {
    const context = evidence.context!;
    return { ticketId: evidence.ticketId, before: context.slice(0, at), match: evidence.text, after: context.slice(at + evidence.text.length) };
  }
  const text = texts.get(evidence.ticketId);
  if (text === undefined || evidence.text === '' || text.slice(evidence.start, evidence.end) !== evidence.text) return bare;
  let from = Math.max(0, evidence.start - radius);
  let to = Math.min(text.length, evidence.end + radius);
  // Never cut a surrogate pair in half: a lone half renders as a replacement character.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return {
    ticketId: evidence.ticketId,
    before: (from > 0 ? '…' : '') + text.slice(from, evidence.start),
    match: evidence.text,
    after: text.slice(evidence.end, to) + (to < text.length ? '…' : ''),
  };
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Evidence items with one per ticket and sentence: two matches in one sentence (辱骂 … 辱骂) would show the reader
 * the same sentence twice.
 */
export function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.ticketId}\u0000${e.context ?? `${e.start}:${e.end}`}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
