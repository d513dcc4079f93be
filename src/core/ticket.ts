import { z } from 'zod';

/**
 * A complaint ticket as read from an export: the record every reader produces and `classify` accepts.
 * `time` is epoch milliseconds (UTC); readers convert local times with the configured time zone.
 */
export const ticketSchema = z.object({
  id: z.string().min(1, 'ticket id must not be empty'),
  /** Full text; when the export has a subject line, it is the text's first line (see `title`). */
  text: z.string(),
  /** The subject line, when the export has one: `text` starts with it and a newline (readers put it there). */
  title: z.string().optional(),
  /** Who or what the complaint is against, from the export's entity column (投诉对象, Company): `title` starts with it. */
  entity: z.string().optional(),
  time: z.number().int(),
  customerId: z.string().optional(),
  region: z.string().optional(),
  channel: z.string().optional(),
  category: z.string().optional(),
  /** Every other column of the export, by header. */
  fields: z.record(z.string(), z.string()).default({}),
});

/**
 * The `time` of every ticket of an undated export (no time column, no default time): such an export is one period
 * `all`, and nothing reads this placeholder as a date.
 */
export const UNDATED_TIME = 0;

/** The period id of an undated export. */
export const UNDATED_PERIOD = 'all';

/**
 * Length of the subject line a reader put first in a normalized text: up to its first line break (the whole text
 * when it has none, e.g. a title-only ticket).
 */
export function titleLengthOf(text: string): number {
  const newline = text.indexOf('\n');
  return newline < 0 ? text.length : newline;
}

/** A ticket as readers produce it (resolved: `fields` always present). */
export type Ticket = z.output<typeof ticketSchema>;
/** A ticket as a caller may pass it (`fields` optional). */
export type TicketInput = z.input<typeof ticketSchema>;

/** Language of one ticket's text. */
export type Lang = 'zh' | 'en';

/**
 * A ticket after normalization: text width-folded, simplified, PII-masked and (for transcripts) reduced to the
 * analysed turns. Offsets in evidence spans refer to this `text`. The raw customer id is gone; only its salted
 * hash remains.
 */
export interface NormalizedTicket {
  id: string;
  /** Normalized, PII-masked text: evidence offsets index into this string. */
  text: string;
  time: number;
  lang: Lang;
  /**
   * Length of the subject line at the start of `text` (when the ticket had a title): grouping and labels weigh the
   * terms inside it above the body's.
   */
  titleLength?: number;
  /** Salted hash of the customer id (hex), when the export had one. */
  customerHash?: string;
  region?: string;
  channel?: string;
  category?: string;
}

/** Where a rejected row came from and why. One line of `rejects.jsonl`. */
export interface Reject {
  file: string;
  /** 1-based data row number (the header is row 0), or line number for JSONL. */
  row: number;
  reason: string;
}

/** What reading one or more exports produced: `rowsRead = accepted + rejected + duplicates` always. */
export interface ReadResult {
  files: string[];
  tickets: Ticket[];
  rejects: Reject[];
  /** Rows whose id had been seen before (in any file of this read): counted, not analysed. */
  duplicates: number;
  rowsRead: number;
  /**
   * True when the exports have no time column (and no default time was given): every ticket has
   * {@link UNDATED_TIME} and the analysis treats the input as one undated period {@link UNDATED_PERIOD}.
   */
  undated?: boolean;
}

/**
 * Exports being read batch by batch (`streamExports`): iterate `batches` once; the counters and `rejects` grow as
 * rows are read and are final when the iteration ends, with `rowsRead = accepted + rejected + duplicates`.
 * The tickets are handed out and not kept, so memory follows the batch, not the file.
 */
export interface ReadStream extends Omit<ReadResult, 'tickets'> {
  batches: AsyncIterable<Ticket[]>;
  /** Tickets handed out so far. */
  accepted: number;
}
