import { z } from 'zod';

/** The cities of the sample export (Shandong prefectures); each has its own residential compounds. */
export const DEFAULT_REGIONS = ['济南', '青岛', '济宁', '烟台', '潍坊', '临沂'] as const;

/**
 * Options of {@link generateExport}, every default here. Shares are probabilities per background ticket;
 * planted events keep their trigger phrases in simplified Chinese so the ground truth can quote them exactly.
 */
export const generateOptionsSchema = z.object({
  /** Number of rows (tickets) in the export, planted events included. */
  n: z.number().int().min(1).max(5_000_000).default(3000),
  /** Seed of every random choice: the same options give the same export. */
  seed: z.number().int().default(42),
  /** First local day of the export, `YYYY-MM-DD`. */
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'start must be a date like 2026-11-01')
    .default('2026-11-01'),
  /** Number of days the export covers. */
  days: z.number().int().min(1).max(366).default(14),
  /** Time zone of the local times written in 受理时间 (recorded in the ground truth for readers). */
  timeZone: z.string().min(1).default('Asia/Shanghai'),
  /** Cities (地市). Bursts and the recurring issue are planted in the first six when present (by position). */
  regions: z.array(z.string().min(1)).min(1).default([...DEFAULT_REGIONS]),
  /** Share of background tickets written as hotline call transcripts (客服：… 客户：…). */
  transcriptShare: z.number().min(0).max(1).default(0.35),
  /** Share of background tickets written in traditional Chinese. */
  traditionalShare: z.number().min(0).max(1).default(0.05),
  /** Share of tickets whose text carries personal data (phone, ID card, bank card, e-mail). */
  piiDensity: z.number().min(0).max(1).default(0.2),
});

/** Options of {@link generateExport} as a caller passes them. */
export type GenerateOptions = z.input<typeof generateOptionsSchema>;
/** Options with defaults resolved. */
export type ResolvedGenerateOptions = z.output<typeof generateOptionsSchema>;
