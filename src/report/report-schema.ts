import { z } from 'zod';

/**
 * The `report.json` contract (`schemaVersion: 1`) documented in the README (report.json) and shipped as schemas/report.schema.json. Fields may be added; none may be
 * renamed or removed without a new schemaVersion. The zod schema is the source of the shipped JSON Schema.
 */
export const REPORT_SCHEMA_VERSION = 1 as const;

/** A hot term over the whole input. */
export const hotTermSchema = z.object({
  term: z.string(),
  /** Number of tickets containing the term (ticket frequency). */
  tickets: z.number().int(),
  /** Ranking score (higher is hotter); the method is in the README. */
  score: z.number(),
});

/** An abnormally frequent term in one period against its baseline. */
export const risingTermSchema = z.object({
  period: z.string(),
  term: z.string(),
  tickets: z.number().int(),
  expected: z.number(),
  ratio: z.number(),
  pValue: z.number(),
  isNew: z.boolean(),
  ticketIds: z.array(z.string()),
});

/** A coarse topic: every accepted ticket is in exactly one. */
export const topicSchema = z.object({
  id: z.string(),
  label: z.string(),
  terms: z.array(z.string()),
  ticketIds: z.array(z.string()),
});

/** A representative ticket of an issue. */
export const exampleSchema = z.object({ ticketId: z.string(), text: z.string() });

/** A fine-grained recurring problem. */
export const issueSchema = z.object({
  id: z.string(),
  rank: z.number().int(),
  label: z.string(),
  terms: z.array(z.string()),
  heat: z.number(),
  tickets: z.number().int(),
  customers: z.number().int(),
  /** Local date-time (ISO) of the first and last ticket. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  ticketIds: z.array(z.string()),
  examples: z.array(exampleSchema),
  /** `new` (first seen this run), `continuing` (matched an issue kept in the history), extension field. */
  status: z.enum(['new', 'continuing']).optional(),
  topicId: z.string().optional(),
  /** The firm, place or product the problem hangs on (extension field); absent for a problem shared across them. */
  entity: z.string().optional(),
  /** The words that say what went wrong, most common first (extension field). */
  problem: z.array(z.string()).optional(),
  /** One sentence of the most central ticket that states the problem, PII-masked (extension field). */
  sentence: z.string().optional(),
});

/** A recurring issue kept in the history that did not come back in this run (extension field). */
export const fadedIssueSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Period id it was last seen in. */
  lastSeen: z.string(),
  /** Tickets in that last period. */
  lastTickets: z.number().int(),
});

/** A span of a ticket's normalized text that shows why a warning fired. */
export const evidenceSchema = z.object({
  ticketId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /**
   * The sentence (or clause, at most ~120 characters) of the ticket's normalized, PII-masked text that holds the
   * span, so a reader can triage without opening the ticket; always contains `text`. Every evidence item of a
   * report written by `analyze` has one (optional only for evidence built by hand).
   */
  context: z.string().optional(),
});

/** The route of a warning: the department that owns it. */
export const routeSchema = z.object({ department: z.string(), reason: z.string().optional() });

/** An early warning. */
export const warningSchema = z.object({
  id: z.string(),
  kind: z.enum(['top', 'repeat', 'high-risk', 'burst']),
  level: z.enum(['red', 'orange', 'yellow']),
  period: z.string(),
  title: z.string(),
  reason: z.string(),
  ticketIds: z.array(z.string()),
  evidence: z.array(evidenceSchema),
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  route: routeSchema,
  /** `new`, or `continuing` for a warning already raised earlier and not escalated (extension field). */
  status: z.enum(['new', 'continuing', 'escalated']).optional(),
  /** Subkind, e.g. the risk category or `same-customer` / `near-duplicate` / `template` / `persistent` (extension field). */
  category: z.string().optional(),
  /**
   * What a repeat warning repeats (kind `repeat` only): `same-customer` — one (hashed) customer again;
   * `recurring-problem` — one problem coming back across periods from different customers; `template` —
   * near-identical texts without a customer id (a form letter, or several people pasting one description).
   */
  repeatKind: z.enum(['same-customer', 'recurring-problem', 'template']).optional(),
});

/** The warnings of one period a manager must see first (ids into `warnings`), most urgent first. */
export const digestEntrySchema = z.object({
  period: z.string(),
  /** At most `warnings.digestSize` (20) ids: by level, then new/escalated before continuing, then size. */
  warningIds: z.array(z.string()),
});

/** A collected, non-fatal problem. */
export const messageSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  row: z.number().int().optional(),
});

/** A TOP issue's direction over the last periods of the history: recent periods against the ones before them. */
export const issueTrendSchema = z.enum(['rising', 'steady', 'falling']);

/**
 * The report in its history (extension field, present with a state): the last N periods of the history and this
 * report's own, oldest first, with the series the comparisons and trend charts are drawn from. Every `tickets` and
 * `expected` array has one entry per `periods` entry.
 */
export const reportHistorySchema = z.object({
  /** Periods of the history and of this report, oldest first: tickets per period. */
  periods: z.array(z.object({ id: z.string(), tickets: z.number().int() })),
  /** The TOP issues (by rank) with their tickets per period and how long and which way they have been going. */
  issues: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** Period id the issue was first seen in, from the history (not only this report's input). */
      firstSeen: z.string(),
      /** Periods of the history in which the issue had tickets. */
      periodsActive: z.number().int(),
      trend: issueTrendSchema,
      tickets: z.array(z.number().int()),
    }),
  ),
  /** The latest period's rising terms with their tickets per period and the band a period is judged against. */
  terms: z.array(
    z.object({
      term: z.string(),
      tickets: z.array(z.number().int()),
      /** The baseline's expected tickets for each period (null where fewer earlier periods than the test needs). */
      expected: z.array(z.number().nullable()),
      /** The count from which the ratio rule would flag it (`rising.minRatio` × expected, at least `rising.minTickets`). */
      threshold: z.array(z.number().nullable()),
    }),
  ),
});

/**
 * Where a roll-up report (周报/旬报/月报 from the state, `runReport`) came from (extension field): the stored periods
 * summed into it and the ones of its span the state does not hold.
 */
export const rollupSchema = z.object({
  /** The roll-up period (`2026-W46`, `2026-11-D2`, `2026-11`). */
  period: z.string(),
  /** Kind of the stored periods it was summed from (the nightly runs' period, `day`). */
  from: z.enum(['day', 'week', 'dekad', 'month']),
  /** Stored periods of the span with their tickets, oldest first. */
  periods: z.array(z.object({ id: z.string(), tickets: z.number().int() })),
  /** Periods of the span the state holds nothing for. */
  missing: z.array(z.string()),
});

/** The whole `report.json`. */
export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  input: z.object({
    files: z.array(z.string()),
    rowsRead: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    duplicates: z.number().int(),
  }),
  periods: z.array(z.object({ id: z.string(), start: z.string(), end: z.string(), tickets: z.number().int() })),
  hotTerms: z.array(hotTermSchema),
  risingTerms: z.array(risingTermSchema),
  topics: z.array(topicSchema),
  issues: z.array(issueSchema),
  /**
   * Words and entities found in the input, pinned in `models/new-words.txt`, or kept from the history, and added to
   * the segmenter for the run (extension field). `tickets`: texts of the run's sample holding the word. `status`:
   * `new` (not in the history before this run), `kept` (an earlier run found it; the history kept it).
   */
  newWords: z
    .array(
      z.object({
        word: z.string(),
        tickets: z.number().int(),
        kind: z.enum(['entity', 'word']),
        pinned: z.boolean(),
        status: z.enum(['new', 'kept']).optional(),
      }),
    )
    .optional(),
  /** Groups too small to list as issues and the tickets in no listed issue (extension field). */
  issueTail: z.object({ groups: z.number().int(), tickets: z.number().int() }).optional(),
  /** Issues seen in the history (within the horizon) that did not come back in this run (extension field). */
  fadedIssues: z.array(fadedIssueSchema).optional(),
  warnings: z.array(warningSchema),
  /** One entry per period of `periods`, in the same order: the short list for the headline. */
  digest: z.array(digestEntrySchema),
  messages: z.array(messageSchema),
  config: z.record(z.string(), z.unknown()),
  /** The report in its history (extension field, with a state): see {@link reportHistorySchema}. */
  history: reportHistorySchema.optional(),
  /** Present on a roll-up written from the state alone (extension field): see {@link rollupSchema}. */
  rollup: rollupSchema.optional(),
});

/** A hot term of the report. */
export type HotTerm = z.infer<typeof hotTermSchema>;
/** A rising term of the report. */
export type RisingTerm = z.infer<typeof risingTermSchema>;
/** A topic of the report. */
export type Topic = z.infer<typeof topicSchema>;
/** A recurring issue of the report. */
export type Issue = z.infer<typeof issueSchema>;
/** A faded issue of the report. */
export type FadedIssue = z.infer<typeof fadedIssueSchema>;
/** An evidence span. */
export type Evidence = z.infer<typeof evidenceSchema>;
/** A warning's route. */
export type Route = z.infer<typeof routeSchema>;
/** What a repeat warning repeats. */
export type RepeatKind = NonNullable<z.infer<typeof warningSchema>['repeatKind']>;
/** One period's digest. */
export type DigestEntry = z.infer<typeof digestEntrySchema>;
/** A warning of the report. */
export type Warning = z.infer<typeof warningSchema>;
/** The report's history series. */
export type ReportHistory = z.infer<typeof reportHistorySchema>;
/** A TOP issue's trend. */
export type IssueTrend = z.infer<typeof issueTrendSchema>;
/** Where a roll-up report came from. */
export type Rollup = z.infer<typeof rollupSchema>;
/** The whole report. */
export type Report = z.infer<typeof reportSchema>;
