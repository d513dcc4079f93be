import type { Corpus } from '../core/corpus.js';
import type { PeriodKind } from '../core/periods.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import type { RoutingTable } from './routing-table.js';
import { createWarningIndex, type WarningIndex } from './warning-index.js';

/** What every warn-* function needs: the run's tickets, their periods, the period to warn about, routing. */
export interface WarningContext {
  corpus: Corpus;
  /** Period id of each ticket, aligned with `corpus.tickets`. */
  periodIds: readonly string[];
  /** The period the warnings are raised for (usually the latest in the input). */
  period: string;
  kind: PeriodKind;
  routing: RoutingTable;
  /**
   * Shared per-run indexes (`createWarningIndex(corpus, periodIds)`), built once and passed for every period so each
   * period costs O(its tickets). When omitted, one is built on first use and reused for the same corpus and
   * `periodIds` array.
   */
  index?: WarningIndex;
  /**
   * The run's risk matcher, for the repeat markers of its lexicon (第二次反映 …) that repeat detection reads. Without
   * it same-customer repeats match on issue, topic and similarity only.
   */
  matcher?: RiskMatcher;
}

const implicit = new WeakMap<Corpus, WarningIndex>();

/** The context's index, or the one built earlier for the same corpus and periodIds, or a new one. */
export function warningIndexOf(context: WarningContext): WarningIndex {
  if (context.index) return context.index;
  const cached = implicit.get(context.corpus);
  if (cached && cached.periodIds === context.periodIds) return cached;
  const index = createWarningIndex(context.corpus, context.periodIds);
  implicit.set(context.corpus, index);
  return index;
}

/** Index of each ticket id in the corpus. */
export function indexTickets(corpus: Corpus): Map<string, number> {
  const index = new Map<string, number>();
  corpus.tickets.forEach((t, i) => index.set(t.id, i));
  return index;
}
