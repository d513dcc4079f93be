import type { Ticket } from '../core/ticket.js';
import { hasHan } from '../core/han.js';
import { maskPii } from '../normalize/mask-pii.js';
import { normalizeTextAs } from '../normalize/normalize-text.js';
import type { NewWord } from '../segment/discover-new-words.js';

/** The shortest and longest entity-column value taken as a word: longer ones are a sentence, not a name. */
const COLUMN_ENTITY_LENGTH = [2, 16] as const;

/**
 * The values of the export's entity column (投诉对象, Company) in the sample, normalized as texts are, with the
 * number of tickets naming each: a value two tickets give is a name the run should keep whole and take for an
 * entity, whatever its ending (泓安 has no suffix that says "firm"). Values holding personal data are left out.
 */
export function columnEntities(tickets: readonly Ticket[], traditionalToSimplified: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    if (t.entity === undefined) continue;
    const value = normalizeTextAs(t.entity, traditionalToSimplified).text.trim();
    // Chinese names only, as the readers put only those in the text (see rowToTicket); a value holding a phone,
    // ID-card or bank-card number or an e-mail (张三13812345678) would reach report.json's newWords: never a word.
    if (value.length < COLUMN_ENTITY_LENGTH[0] || value.length > COLUMN_ENTITY_LENGTH[1] || /\s/.test(value) || !hasHan(value)) continue;
    if (maskPii(value) !== value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The discovered words with the entity column's repeated values added as entities (a value discovery found too
 * becomes an entity), unless banned. Most tickets first, then by the word; measures are 0 (not measured).
 */
export function withColumnEntities(found: readonly NewWord[], column: ReadonlyMap<string, number>, banned: ReadonlySet<string> = new Set()): NewWord[] {
  if (column.size === 0) return [...found];
  const out = found.map((w) => (column.has(w.word) ? { ...w, kind: 'entity' as const } : w));
  const taken = new Set(found.map((w) => w.word));
  const added = [...column]
    .filter(([word, tickets]) => tickets >= 2 && !taken.has(word) && !banned.has(word))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word, tickets]): NewWord => ({ word, tickets, cohesion: 0, entropy: 0, score: 0, kind: 'entity', pinned: false }));
  return [...out, ...added];
}
