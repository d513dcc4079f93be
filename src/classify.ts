import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyTerms, type ClassifierModel } from './cluster/classifier-model.js';
import { ConfigError, HotspotsError, InputError } from './core/errors.js';
import { ticketSchema, type TicketInput } from './core/ticket.js';
import type { HistoryStore } from './history/history-types.js';
import { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
import { loadModels } from './models/load-models.js';
import type { Models } from './models/models.js';
import { normalizeTicket } from './normalize/normalize-ticket.js';
import { resolveAnalyzeOptions, type AnalyzeOptions } from './pipeline/analyze-options.js';
import { createSegmenter } from './segment/create-segmenter.js';
import { createOneTicketSegmenter } from './segment/segment-one-ticket.js';
import type { Segmenter } from './segment/segmenter.js';
import { createRiskMatcher } from './warnings/create-risk-matcher.js';
import { detectRisk } from './warnings/detect-risk.js';
import { levelRank, type WarningLevel } from './warnings/risk-lexicon.js';

/** One risk trigger of a classified ticket, with its span in the normalized text. */
export interface RiskFlag {
  category: string;
  /** Chinese name of the category (e.g. 监管投诉). */
  name: string;
  term: string;
  start: number;
  end: number;
  level: WarningLevel;
  hypothetical: boolean;
}

/** What `classify` says of one ticket. */
export interface ClassifyResult {
  ticketId: string;
  /** Known topic (from the last analysed run) the ticket belongs to. */
  topicId: string;
  /** Known recurring issue it belongs to, when similar enough to one. */
  issueId: string | null;
  issueLabel: string | null;
  /** Cosine similarity to the issue (or topic when no issue matched). */
  similarity: number;
  /** Risk triggers found (negated ones left out). */
  risks: RiskFlag[];
  /** Highest level among the risks, or null. */
  riskLevel: WarningLevel | null;
  /** The normalized, PII-masked text the spans refer to. */
  text: string;
}

/** A loaded classifier: `classify` takes one ticket and answers in well under a millisecond. */
export interface Classifier {
  /** Classifies one ticket; `time` defaults to now. Throws InputError when the ticket is not a ticket. */
  classify(ticket: ClassifyInput): ClassifyResult;
}

/** A ticket as `classify` takes it: `time` may be left out (now). */
export type ClassifyInput = Omit<TicketInput, 'time'> & { time?: number };

/** A classifier from models and a classifier model already in hand: {@link createClassifier} answers at once. */
export interface CreateClassifierOptions {
  /** Parsed models (`await loadModels()`). */
  models: Models;
  /** The classifier model of a run (`update.model` of `analyze`, or a history store's `loadModel()`); none: risk flags only. */
  model?: ClassifierModel | string | undefined;
  /** The run's options (profile, segmenter, normalization); the classifier must normalize as the run did. */
  options?: AnalyzeOptions;
  /** A segmenter of one's own instead of the one `options.segmenter` names. */
  segmenter?: Segmenter;
}

/** A classifier from the state a nightly run keeps: {@link createClassifier} returns a promise. */
export interface ClassifierFromState {
  /**
   * The history state file kept by the nightly run (`runAnalysis({ state })`, the CLI's `--state`), whose last
   * committed run gives the known topics and issues; it is opened, read and closed again (a missing file is an
   * InputError). Or an open {@link HistoryStore}, which is read and left open. A state without a run yet gives risk
   * flags only.
   */
  state: string | HistoryStore;
  /** Parsed models; the shipped ones (of `options.profile`) when left out. */
  models?: Models;
  /** The run's options (profile, segmenter, normalization); the classifier must normalize as the run did. */
  options?: AnalyzeOptions;
  /** A segmenter of one's own instead of the one `options.segmenter` names. */
  segmenter?: Segmenter;
}

/**
 * A classifier for new tickets as they arrive (the ticket-system use): the same normalization and segmentation as
 * `analyze`, then the nearest known topic and issue, plus risk flags. Without a model (no run kept yet) tickets
 * still get their risk flags, with topic `''` and no issue.
 *
 * `await createClassifier({ state: 'state/history.duckdb' })` is the whole set-up: the shipped models, the model
 * of the state's last run, the state file closed again. With `{ models, model }` it answers at once, no promise.
 * @throws ConfigError for invalid options or neither `models` nor `state`; as a rejection, InputError for a missing
 * state file and StateError for one that cannot be used.
 */
export function createClassifier(config: CreateClassifierOptions): Classifier;
export function createClassifier(config: ClassifierFromState): Promise<Classifier>;
export function createClassifier(config: CreateClassifierOptions | ClassifierFromState): Classifier | Promise<Classifier> {
  if (typeof config !== 'object' || config === null) throw new ConfigError('createClassifier', `expected { state } or { models, model }, got ${String(config)}`);
  if ('state' in config && config.state !== undefined) return classifierFromState(config);
  if (!config.models) throw new ConfigError('models', 'expected parsed models (await loadModels()) or a state file ({ state }), got nothing');
  return buildClassifier(config as CreateClassifierOptions);
}

async function classifierFromState(config: ClassifierFromState): Promise<Classifier> {
  const opts = resolveAnalyzeOptions(config.options ?? {});
  const { state } = config;
  if (typeof state !== 'string' && typeof state?.loadModel !== 'function') {
    throw new ConfigError('state', `expected a state file path or a HistoryStore, got ${typeof state}`);
  }
  const models = config.models ?? (await loadModels({ profile: opts.profile }));
  let model: string | undefined;
  if (typeof state === 'string') {
    // Opening a missing file would create an empty state: a mistyped path must be an error, not a model-less classifier.
    if (!existsSync(resolve(state))) throw new InputError(state, 'expected the state file the nightly runs keep, got no such file');
    const store = await openDuckdbHistoryStore(resolve(state));
    try {
      model = await store.loadModel();
    } finally {
      await store.close();
    }
  } else {
    model = await state.loadModel();
  }
  return buildClassifier({ models, model, ...(config.options ? { options: config.options } : {}), ...(config.segmenter ? { segmenter: config.segmenter } : {}) });
}

function buildClassifier(config: CreateClassifierOptions): Classifier {
  const opts = resolveAnalyzeOptions(config.options ?? {});
  const model = parseModel(config.model);
  const segmenter = config.segmenter ?? createSegmenter(opts.segmenter, config.models.text.userDict);
  const termsOf = createOneTicketSegmenter(segmenter, config.models.text);
  const matcher = createRiskMatcher(config.models.risk, opts.warnings.risk, segmenter, config.models.riskClassifier);
  const categories = config.models.risk.categories;
  const entryLevel = new Map(config.models.risk.entries.map((e) => [e.term.toLowerCase(), e.level]));
  // Resolved once: normalizeTickets would parse its options with zod and collect messages on every call.
  const normalizeOptions = { ...opts.normalize, lang: opts.lang };
  const labels = new Map(model?.issues.map((i) => [i.id, i.label]) ?? []);
  return {
    classify(ticket) {
      const input = validTicket(ticket);
      const normalized = normalizeTicket(input, normalizeOptions, config.models.text).ticket;
      const hit = model ? classifyTerms(model, termsOf(normalized)) : undefined;
      const risks: RiskFlag[] = [];
      let riskLevel: WarningLevel | null = null;
      for (const m of detectRisk(normalized.text, matcher)) {
        if (m.negated) continue;
        const category = categories.get(m.category);
        const level = entryLevel.get(m.term.toLowerCase()) ?? category?.level ?? 'yellow';
        if (riskLevel === null || levelRank(level) > levelRank(riskLevel)) riskLevel = level;
        risks.push({
          category: m.category,
          name: category?.name ?? m.category,
          term: m.term,
          start: m.start,
          end: m.end,
          level,
          hypothetical: m.hypothetical,
        });
      }
      return {
        ticketId: input.id,
        topicId: hit?.topicId ?? '',
        issueId: hit?.issueId ?? null,
        issueLabel: hit?.issueId ? labels.get(hit.issueId) ?? null : null,
        similarity: hit?.similarity ?? 0,
        risks,
        riskLevel,
        text: normalized.text,
      };
    },
  };
}

const OPTIONAL_STRINGS = ['title', 'entity', 'customerId', 'region', 'channel', 'category'] as const;

/**
 * The ticket with `time` filled in (now) when it is one, else an InputError. A hand check first: zod's parse
 * (which copies the object) cost ~7-11 µs of a ~60 µs call; the schema runs only to word the error, and decides
 * when the hand check is unsure.
 */
function validTicket(ticket: ClassifyInput): TicketInput & { time: number } {
  const t = ticket as Partial<Record<string, unknown>> | null;
  if (
    typeof t === 'object' &&
    t !== null &&
    typeof t.id === 'string' &&
    t.id !== '' &&
    typeof t.text === 'string' &&
    (t.time === undefined || Number.isSafeInteger(t.time)) &&
    OPTIONAL_STRINGS.every((k) => t[k] === undefined || typeof t[k] === 'string') &&
    (t.fields === undefined || stringRecord(t.fields))
  ) {
    return { ...ticket, time: ticket.time ?? Date.now() };
  }
  const parsed = ticketSchema.safeParse(typeof t === 'object' && t !== null ? { ...t, time: t.time ?? Date.now() } : t);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError('<ticket>', `expected a ticket {id, text, time?}: ${issue?.path.join('.') || 'ticket'} ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function stringRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const v of Object.values(value)) if (typeof v !== 'string') return false;
  return true;
}

function parseModel(model: ClassifierModel | string | undefined): ClassifierModel | undefined {
  if (model === undefined) return undefined;
  if (typeof model !== 'string') return model;
  try {
    const parsed = JSON.parse(model) as ClassifierModel;
    if (parsed.version !== 1) throw new Error(`version ${String(parsed.version)}`);
    return parsed;
  } catch (error) {
    throw new HotspotsError(`classifier model: expected a version 1 model as JSON, got ${(error as Error).message}`, 'E_STATE', 1);
  }
}
