import type { CustomerTicket, StoredIssue } from '../history/history-types.js';
import type { Issue, Topic, Warning } from '../report/report-schema.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warnNearDuplicates } from './warn-near-duplicates.js';
import { warnPersistentIssues } from './warn-persistent-issues.js';
import { warnSameCustomer } from './warn-same-customer.js';
import type { WarningsOptions } from './warnings-options.js';

/** What repeat detection reads from the history store. */
export interface RepeatHistory {
  /** `CustomerTicket` rows of this run's customers within the window (`HistoryStore.loadCustomerTickets`). */
  customerTickets?: readonly CustomerTicket[];
  /** Stored issues (`HistoryStore.loadIssues`), for persistence across runs. */
  issues?: readonly StoredIssue[];
}

const NO_TOPICS: readonly Topic[] = [];

/**
 * All repeat warnings of the period: (a) the same customer repeating one problem within the window
 * ({@link warnSameCustomer}: same issue, or same topic and similar words, or a repeat marker such as 第二次反映), (b) near-duplicate re-submissions not already covered by (a)
 * ({@link warnNearDuplicates}), (c) persistent local faults ({@link warnPersistentIssues}).
 */
export function warnRepeats(
  issues: readonly Issue[],
  context: WarningContext,
  history: RepeatHistory = {},
  options: WarningsOptions = {},
  topics: readonly Topic[] = NO_TOPICS,
): Warning[] {
  const subjects = warningIndexOf(context).subjects(issues, topics);
  const sameCustomer = warnSameCustomer(context, subjects, history.customerTickets, options);
  const covered = new Set(sameCustomer.flatMap((w) => w.ticketIds));
  const nearDuplicates = warnNearDuplicates(context, history.customerTickets, options, covered);
  const persistent = warnPersistentIssues(issues, context, history.issues, options);
  return [...sameCustomer, ...nearDuplicates, ...persistent];
}
