import type { Corpus } from '../core/corpus.js';
import type { PeriodKind } from '../core/periods.js';
import type { RoutingTable } from './routing-table.js';

/** What every warn-* function needs: the run's tickets, their periods, the period to warn about, routing. */
export interface WarningContext {
  corpus: Corpus;
  /** Period id of each ticket, aligned with `corpus.tickets`. */
  periodIds: readonly string[];
  /** The period the warnings are raised for (usually the latest in the input). */
  period: string;
  kind: PeriodKind;
  routing: RoutingTable;
}

/** Index of each ticket id in the corpus. */
export function indexTickets(corpus: Corpus): Map<string, number> {
  const index = new Map<string, number>();
  corpus.tickets.forEach((t, i) => index.set(t.id, i));
  return index;
}
