import { z } from 'zod';

/** A planted burst: one day, one city, one problem phrase, several distinct customers. */
export const plantedBurstSchema = z.object({
  id: z.string(),
  /** Local date `YYYY-MM-DD` of the burst. */
  day: z.string(),
  /** 1-based day number within the export. */
  dayIndex: z.number().int(),
  region: z.string(),
  /** Exact phrase present in every burst ticket's text. */
  phrase: z.string(),
  ticketIds: z.array(z.string()),
  /** Distinct customers among the burst tickets. */
  customers: z.number().int(),
  /** Tickets with the same phrase on other days (the baseline the burst must stand out from). */
  baselineTicketIds: z.array(z.string()),
});

/** A place-specific fault reported every day of the export. */
export const plantedRecurringSchema = z.object({
  id: z.string(),
  region: z.string(),
  phrase: z.string(),
  ticketIds: z.array(z.string()),
  /** Local dates it was reported on. */
  days: z.array(z.string()),
});

/** One customer complaining about the same problem 2-4 times within a few days. */
export const plantedRepeatSchema = z.object({
  id: z.string(),
  /** The raw 客户号码 of the export (a synthetic phone number). */
  customer: z.string(),
  region: z.string(),
  /** Problem key of the generator's catalogue (e.g. `broadband-drop`). */
  problem: z.string(),
  /** Phrase present in every one of the customer's tickets. */
  phrase: z.string(),
  ticketIds: z.array(z.string()),
  days: z.array(z.string()),
});

/** Risk categories the generator plants. */
export const riskCategorySchema = z.enum(['regulator', 'media', 'legal', 'attitude', 'mass', 'safety', 'churn']);

/** A ticket planted with a risk trigger (or, in `negatedRisk`, with the trigger negated). */
export const plantedRiskSchema = z.object({
  ticketId: z.string(),
  category: riskCategorySchema,
  /** Exact trigger phrase in the text (for a negated twin: the whole negated clause). */
  phrase: z.string(),
  day: z.string(),
  region: z.string(),
});

/** Everything the generator planted, with the ticket ids that carry it. Written next to the CSV as `.truth.json`. */
export const groundTruthSchema = z.object({
  seed: z.number().int(),
  n: z.number().int(),
  start: z.string(),
  days: z.number().int(),
  timeZone: z.string(),
  bursts: z.array(plantedBurstSchema),
  recurring: z.array(plantedRecurringSchema),
  repeats: z.array(plantedRepeatSchema),
  highRisk: z.array(plantedRiskSchema),
  /** Tickets whose trigger is negated (没有要投诉工信部的意思): these must NOT be flagged. */
  negatedRisk: z.array(plantedRiskSchema),
  /** Tickets whose text carries personal data, by kind. */
  pii: z.array(z.object({ ticketId: z.string(), kinds: z.array(z.enum(['phone', 'idCard', 'bankCard', 'email'])) })),
  /** Tickets written in traditional Chinese. */
  traditionalTicketIds: z.array(z.string()),
  /** Tickets written as call transcripts. */
  transcriptTicketIds: z.array(z.string()),
});

/** A planted burst. */
export type PlantedBurst = z.infer<typeof plantedBurstSchema>;
/** A planted recurring issue. */
export type PlantedRecurring = z.infer<typeof plantedRecurringSchema>;
/** A planted repeat complainer. */
export type PlantedRepeat = z.infer<typeof plantedRepeatSchema>;
/** A planted risk category. */
export type RiskCategory = z.infer<typeof riskCategorySchema>;
/** A planted (or negated) high-risk ticket. */
export type PlantedRisk = z.infer<typeof plantedRiskSchema>;
/** The generator's ground truth. */
export type GroundTruth = z.infer<typeof groundTruthSchema>;
/** A kind of personal data planted in a text. */
export type PiiKind = GroundTruth['pii'][number]['kinds'][number];
