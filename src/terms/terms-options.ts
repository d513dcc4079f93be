import { z } from 'zod';

/** Options of the terms stage (phrases and hot-term ranking), every default here. */
export const termsOptionsSchema = z.object({
  /** A phrase needs at least this many tickets. */
  phraseMinTickets: z.number().int().min(1).default(3),
  /** A phrase needs Dunning's G² at least this (10.83: p < 0.001 for one degree of freedom). */
  phraseMinG2: z.number().min(0).default(10.83),
  /** Keep at most this many phrases, highest G² first. */
  maxPhrases: z.number().int().min(0).default(200),
  /** Two kept tokens form a pair only when at most this many characters lie between them (dropped words). */
  phraseMaxGap: z.number().int().min(0).default(4),
  /** How many hot terms to return. */
  hotTermsTop: z.number().int().min(1).default(100),
  /** A hot term needs at least this many tickets. */
  hotTermMinTickets: z.number().int().min(1).default(2),
  /** Score multiplier for phrases, which say more than either word alone. */
  phraseWeight: z.number().min(0).default(1.5),
});

/** Terms options as a caller passes them (all optional). */
export type TermsOptions = z.input<typeof termsOptionsSchema>;
/** Terms options resolved with defaults. */
export type ResolvedTermsOptions = z.output<typeof termsOptionsSchema>;
