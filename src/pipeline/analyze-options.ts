import { z } from 'zod';
import { isTimeZone } from '../core/periods.js';
import { ConfigError } from '../core/errors.js';
import { describeIssue } from '../core/parse-options.js';
import { clusterOptionsSchema } from '../cluster/cluster-options.js';
import { historyOptionsSchema } from '../history/history-options.js';
import { normalizeOptionsSchema } from '../normalize/normalize-options.js';
import { discoverWordsOptionsSchema } from '../segment/discover-words-options.js';
import { readOptionsSchema } from '../read/read-options.js';
import { burstWarningOptionsSchema, risingOptionsSchema } from '../rising/rising-options.js';
import { termsOptionsSchema } from '../terms/terms-options.js';
import { warningsOptionsSchema } from '../warnings/warnings-options.js';


/**
 * Every option of a run, with every default: the top-level keys are the CLI's options (README, schemas/config.schema.json), the
 * nested ones the thresholds of each stage. `--config FILE` is validated against this schema; unknown keys are
 * errors naming the key. The resolved value is written into every report as `config` (the salt redacted).
 */
export const analyzeOptionsSchema = z
  .object({
    /** Reporting period (`dekad` = 旬). */
    period: z.enum(['day', 'week', 'dekad', 'month']).default('day'),
    /** Language of the texts; `auto` detects it per record. */
    lang: z.enum(['auto', 'zh', 'en']).default('auto'),
    /** IANA time zone of the exports' local times and of period boundaries. */
    timeZone: z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Asia/Shanghai' }).default('Asia/Shanghai'),
    /** Number of coarse topics; automatic when omitted. */
    topics: z.number().int().min(2).optional(),
    /** How many TOP issues to rank and warn about. */
    top: z.number().int().min(1).default(10),
    /** Seed of every random choice (k-means seeding, sampling). */
    seed: z.number().int().default(42),
    /**
     * Domain profile: which risk lexicon and routing table a run uses (`models/profiles/<name>/`): `telecom` (the
     * shipped files, default), `finance` (暴力催收 as its own red category, 银保监会 …), `government` (12345 is the
     * channel, public-safety hazards), `retail` (food and vehicle safety), or a folder holding a user's own
     * `risk-lexicon.tsv` / `routing.tsv`.
     */
    profile: z.string().min(1).default('telecom'),
    /** Segmenter adapter: `node-rs` (@node-rs/jieba, default) or `nodejieba` (optional dependency). */
    segmenter: z.enum(['node-rs', 'nodejieba']).default('node-rs'),
    /**
     * How many periods back issues and warning state are read from the history: an issue or warning unseen for
     * longer starts afresh. Bounds each night's reads, so years of history do not slow a run.
     */
    historyHorizon: z.number().int().min(1).default(90),
    /**
     * Share of one export's tickets of a period that must be in another export of the same period for one to stand
     * for the other in the history: a re-export holding this share of a stored export's tickets replaces it; one
     * whose tickets a stored export already holds to this share is not stored again. Smaller overlaps add up and are
     * reported (`export-overlap`). 0.8 rather than nearer 1 because the shares are estimated from sketches (±6 % for
     * an export a quarter the size of the other), and exports that share tickets at all mostly share all of them.
     */
    exportContainment: z.number().gt(0).max(1).default(0.8),
    /** Threads for the parallel work on large inputs: normalization and segmentation, k-means restarts (0 = automatic: one per core, at most 2; 1 = all on the calling thread). */
    threads: z.number().int().min(0).default(0),
    /**
     * Find new words and entities (捷信, 招联好期贷, 运河家园小区) in the first tickets of the input and add them to the
     * segmenter for the run, so names the dictionary does not know are not cut apart. Off with a custom segmenter.
     */
    discoverWords: z.boolean().default(true),
    /** How words are discovered: sample size, thresholds (see `discoverWords`). */
    discover: discoverWordsOptionsSchema.prefault({}),
    read: readOptionsSchema.omit({ timeZone: true }).prefault({}),
    normalize: normalizeOptionsSchema.omit({ lang: true }).prefault({}),
    terms: termsOptionsSchema.prefault({}),
    rising: risingOptionsSchema.prefault({}),
    bursts: burstWarningOptionsSchema.prefault({}),
    cluster: clusterOptionsSchema.prefault({}),
    warnings: warningsOptionsSchema.omit({ topN: true }).prefault({}),
    /** What a report takes from the history (chart span, trends) and what the state keeps (roll-up summaries, keepDays). */
    history: historyOptionsSchema.prefault({}),
  })
  .strict();

/** Options of {@link analyze} as a caller passes them: every key optional. */
export type AnalyzeOptions = z.input<typeof analyzeOptionsSchema>;
/** Options of {@link analyze} with every default filled in. */
export type ResolvedAnalyzeOptions = z.output<typeof analyzeOptionsSchema>;

/**
 * Validates and resolves options. Throws {@link ConfigError} naming the first bad key (dotted path) and what was
 * expected and what came, e.g. `rising.minTickets: expected number, got "5"`.
 */
export function resolveAnalyzeOptions(options: unknown = {}, source = 'options'): ResolvedAnalyzeOptions {
  const parsed = analyzeOptionsSchema.safeParse(options ?? {});
  if (parsed.success) {
    // zod strips unknown nested keys silently; a misspelt threshold in a config file must be an error instead.
    const unknown = findUnknownKey(analyzeOptionsSchema, options ?? {}, []);
    if (unknown) throw new ConfigError(`${source}.${unknown.join('.')}`, `unknown key "${unknown.at(-1) ?? ''}"`);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  if (issue?.code === 'unrecognized_keys') {
    const keys = (issue as { keys?: string[] }).keys ?? [];
    const first = [path, keys[0]].filter(Boolean).join('.');
    throw new ConfigError(`${source}.${first}`, `unknown key "${keys[0] ?? ''}"${keys.length > 1 ? ` (and ${keys.slice(1).join(', ')})` : ''}`);
  }
  const message = issue ? describeIssue(issue, options ?? {}).message : 'invalid';
  throw new ConfigError(path ? `${source === 'options' ? '' : `${source}: `}${path}` : source, message);
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The path of the first key of `value` that `schema` does not know, looking through defaults and optionals. */
function findUnknownKey(schema: z.ZodType, value: unknown, path: string[]): string[] | undefined {
  let def = defOf(schema);
  while (def.innerType && def.type !== 'object') def = defOf(def.innerType);
  if (def.type !== 'object' || !def.shape || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const field = def.shape[key];
    if (!field) return [...path, key];
    const found = findUnknownKey(field, child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** The resolved options as written into a report: the salt is never written anywhere. */
export function redactedConfig(options: ResolvedAnalyzeOptions): Record<string, unknown> {
  return { ...options, normalize: { ...options.normalize, salt: '<redacted>' } };
}
