import type { RisingTerm } from './report-schema.js';

/** Rising terms latest period first, then by ratio (highest first), then by term, for a stable table. */
export function sortRisingTerms(terms: readonly RisingTerm[]): RisingTerm[] {
  return [...terms].sort(
    (a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) || b.ratio - a.ratio || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
}
