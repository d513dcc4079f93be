import { z } from 'zod';

/** Options of the normalize stage, every default here. */
export const normalizeOptionsSchema = z.object({
  /** Convert traditional Chinese to simplified (only texts holding a traditional-only character are converted). */
  traditionalToSimplified: z.boolean().default(true),
  /** Replace phone, ID-card, bank-card numbers, e-mail addresses and broadband accounts by placeholders. */
  maskPii: z.boolean().default(true),
  /** For transcripts with speaker turns, analyse the customer's turns only (agent turns dropped). */
  customerTurnsOnly: z.boolean().default(true),
  /** Language of the texts; `auto` detects it per record. */
  lang: z.enum(['auto', 'zh', 'en']).default('auto'),
  /** Salt of the customer-id hash; set your own so hashes cannot be matched against other datasets. */
  salt: z.string().default('complaint-hotspots'),
});

/** Normalize options as a caller passes them (all optional). */
export type NormalizeOptions = z.input<typeof normalizeOptionsSchema>;
/** Normalize options resolved with defaults. */
export type ResolvedNormalizeOptions = z.output<typeof normalizeOptionsSchema>;
