import type { Issue, RisingTerm, Topic, Warning } from '../report/report-schema.js';
import type { BurstWarningOptions } from '../rising/rising-options.js';
import type { CustomerTicket, StoredIssue } from '../history/history-types.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import { warnBursts } from './warn-bursts.js';
import { warnHighRisk } from './warn-high-risk.js';
import { warnMassFault } from './warn-mass-fault.js';
import { warnRepeats } from './warn-repeats.js';
import { warnTopIssues } from './warn-top-issues.js';
import type { WarningContext } from './warning-context.js';
import type { WarningsOptions } from './warnings-options.js';

/** Everything the warning producers read about one period of a run. */
export interface PeriodWarningInput {
  /** The run's tickets, the period warned about, routing, the shared indexes and the matcher. */
  context: WarningContext & { matcher: RiskMatcher };
  /** This run's recurring issues and topics. */
  issues: readonly Issue[];
  topics: readonly Topic[];
  /** Issues as the history held them before this run (growth, persistence). */
  stored: readonly StoredIssue[];
  /** Earlier and this run's tickets of its customers (same-customer repeats). */
  customerTickets: readonly CustomerTicket[];
  /** Rising terms and region bursts of the run (each producer keeps the context's period). */
  rising: readonly RisingTerm[];
}

/** The options of the warning producers: the warnings' thresholds and those of burst warnings. */
export interface WarningProducerOptions {
  warnings: WarningsOptions;
  bursts: BurstWarningOptions;
}

/** One kind of warning for one period: the signature every producer shares. */
export type WarningProducer = (input: PeriodWarningInput, options: WarningProducerOptions) => Warning[];

/**
 * The warning producers of a run, in the order their warnings are listed before suppression: high-risk tickets,
 * mass faults, repeats, bursts of rising terms, TOP issues.
 */
export const WARNING_PRODUCERS: Readonly<Record<'highRisk' | 'massFault' | 'repeats' | 'bursts' | 'topIssues', WarningProducer>> = {
  highRisk: (i, o) => warnHighRisk(i.context, i.context.matcher, o.warnings, i.issues, i.topics),
  massFault: (i, o) => warnMassFault(i.issues, i.context, o.warnings),
  repeats: (i, o) => warnRepeats(i.issues, i.context, { customerTickets: i.customerTickets, issues: i.stored }, o.warnings, i.topics),
  bursts: (i, o) => warnBursts(i.rising, i.context, o.bursts),
  topIssues: (i, o) => warnTopIssues(i.issues, i.context, i.stored, o.warnings),
};

/** Every producer's warnings of the input's period, in {@link WARNING_PRODUCERS} order (not yet suppressed). */
export function producePeriodWarnings(input: PeriodWarningInput, options: WarningProducerOptions): Warning[] {
  return Object.values(WARNING_PRODUCERS).flatMap((produce) => produce(input, options));
}
