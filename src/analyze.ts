import { createHash, type Hash } from 'node:crypto';
import { buildClassifierModel } from './cluster/classifier-model.js';
import { startClusterTopics, type PendingTopics } from './cluster/cluster-topics.js';
import { findIssues } from './cluster/find-issues.js';
import type { Corpus } from './core/corpus.js';
import type { Message } from './core/messages.js';
import { Messages } from './core/messages.js';
import { periodBounds, periodIdsOf, previousPeriodId, type PeriodKind } from './core/periods.js';
import { ticketSchema, UNDATED_PERIOD, type ReadResult, type ReadStream, type Reject, type Ticket, type TicketInput } from './core/ticket.js';
import type { CustomerTicket, HistoryStore, HistoryUpdate, StoredIssue, StoredWarning } from './history/history-types.js';
import { createMemoryHistoryStore } from './history/create-memory-history-store.js';
import { buildReportHistory } from './history/build-report-history.js';
import { describeExportOverlaps } from './history/describe-export-overlaps.js';
import { countIssuesByPeriod, withPeriodHistory } from './history/issue-period-counts.js';
import { retentionBound } from './history/retention-bound.js';
import { summarizePeriods } from './history/summarize-periods.js';
import { reconcileOverlappingExports } from './history/reconcile-overlapping-exports.js';
import { sketchKeys, ticketKey, type PeriodSketch } from './history/ticket-sketch.js';
import type { Models } from './models/models.js';
import { normalizeAndSegment } from './parallel/normalize-and-segment.js';
import { defaultThreads } from './parallel/parallel-options.js';
import { redactedConfig, resolveAnalyzeOptions, type AnalyzeOptions, type ResolvedAnalyzeOptions } from './options.js';
import { REPORT_SCHEMA_VERSION, type FadedIssue, type Report, type RisingTerm, type Warning } from './report/report-schema.js';
import { countRegionTickets } from './rising/count-region-tickets.js';
import { detectRegionBursts } from './rising/detect-region-bursts.js';
import { detectRisingTerms } from './rising/detect-rising-terms.js';
import { baselinePeriodsToLoad } from './rising/rising-options.js';
import { normalizeTickets } from './normalize/normalize-tickets.js';
import type { NormalizeOptions } from './normalize/normalize-options.js';
import { peekTickets } from './read/peek-tickets.js';
import { createSegmenter } from './segment/create-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole, type NewWord } from './segment/discover-new-words.js';
import type { TextModels } from './segment/text-models.js';
import { withDiscoveredWords } from './segment/with-discovered-words.js';
import type { Segmenter } from './segment/segmenter.js';
import { countAdjacentPairs } from './terms/count-adjacent-pairs.js';
import { countTermsByPeriod } from './terms/count-terms-by-period.js';
import { findPhrases } from './terms/find-phrases.js';
import type { PeriodTermCounts, PeriodTermDetail } from './terms/period-term-counts.js';
import { rankHotTerms } from './terms/rank-hot-terms.js';
import { buildCustomerTickets } from './warnings/build-customer-tickets.js';
import { createRiskMatcher } from './warnings/create-risk-matcher.js';
import { suppressWarnings } from './warnings/suppress-warnings.js';
import { corpusSubjects } from './warnings/ticket-subjects.js';
import { packageWarnings } from './warnings/package-warnings.js';
import { createWarningIndex } from './warnings/warning-index.js';
import { producePeriodWarnings } from './warnings/warning-producers.js';
import { corpusTicketIndex } from './warnings/corpus-ticket-index.js';

/** What {@link analyze} needs besides the tickets and options. */
export interface AnalyzeDeps {
  /** Parsed models (`loadModels()` reads the shipped ones). */
  models: Models;
  /** Segmenter; created from `options.segmenter` and the models' dictionary when omitted. */
  segmenter?: Segmenter;
  /** History of earlier runs, read only: the caller commits `result.update`. In-memory and empty when omitted. */
  history?: HistoryStore;
  /** Called as each stage starts. */
  onStage?: (stage: string) => void;
  /** The report's `generatedAt` (defaults to now); pass a fixed date for byte-identical reports. */
  now?: Date;
  /** Messages collected before analysis (e.g. by `readExports`), carried into the report. */
  messages?: readonly Message[];
}

/** Everything a run produced: the report, the rows it rejected, and what to write to the history. */
export interface AnalyzeResult {
  report: Report;
  rejects: Reject[];
  /** Apply with `history.commit(update)` to keep this run for the next one. */
  update: HistoryUpdate;
  /** The normalized, segmented tickets, for exploration. */
  corpus: Corpus;
  /** Topic index of every ticket of `corpus`. */
  topicOf: Int32Array;
  /** Issue index of every ticket of `corpus` (into `report.issues`), -1 for none. */
  issueOf: Int32Array;
  options: ResolvedAnalyzeOptions;
}

/**
 * Runs the whole analysis over tickets already read: normalize → segment → term statistics → rising terms against
 * the history → topics and recurring issues → warnings → report. Pure apart from reading `deps.history`; it writes
 * nothing (the caller commits `update` and writes the report).
 *
 * @param input a {@link ReadResult} from `readExports`, a {@link ReadStream} from `streamExports` (normalized batch
 *   by batch as it is read, so the raw tickets are never all in memory), or tickets (invalid ones are rejected
 *   with a reason, repeated ids counted as duplicates).
 */
export async function analyze(input: ReadResult | ReadStream | TicketInput[], options: AnalyzeOptions = {}, deps: AnalyzeDeps): Promise<AnalyzeResult> {
  const opts = resolveAnalyzeOptions(options);
  const stage = deps.onStage ?? (() => {});
  const history = deps.history ?? createMemoryHistoryStore();
  const messages = new Messages();
  const read = Array.isArray(input) ? validateTickets(input) : input;
  const tz = opts.timeZone;
  const kind = opts.period;

  stage('normalizing and segmenting');
  const normalizeOptions = { ...opts.normalize, lang: opts.lang };
  const found = await discoverRunWords('batches' in read ? read.batches : [read.tickets], opts, deps, normalizeOptions);
  const segmenter = deps.segmenter ?? createSegmenter(opts.segmenter, found.textModels.userDict);
  const fingerprintHash = createHash('sha256');
  const corpus = await normalizeAndSegment(
    fingerprinted(found.batches, fingerprintHash),
    segmenter,
    found.textModels,
    messages,
    {
      normalize: normalizeOptions,
      ...(opts.threads > 0 ? { threads: opts.threads } : {}),
    },
  );
  const fingerprint = fingerprintHash.digest('hex').slice(0, 32);
  // Known only once the input is read: a stream learns it from the first file's header.
  const undated = read.undated === true;
  if (undated) {
    messages.info('undated-export', `undated export: all ${corpus.tickets.length} tickets are one period "${UNDATED_PERIOD}"; rising terms, bursts, growth and the history (nothing is kept in the state) are skipped`);
  }

  // Topics first: their k-means restarts run in a worker thread while terms are counted and rising terms detected.
  stage('clustering topics');
  const pendingTopics = startClusterTopics(
    corpus,
    {
      ...opts.cluster.topics,
      ...(opts.topics === undefined ? {} : { k: opts.topics }),
      kmeans: { ...opts.cluster.topics.kmeans, seed: opts.seed },
    },
    { threads: opts.threads > 0 ? opts.threads : defaultThreads() },
  );
  const counted = await closingOnFailure(pendingTopics, async () => {
    stage('counting terms');
    const periodIds = undated ? new Array<string>(corpus.tickets.length).fill(UNDATED_PERIOD) : periodIdsOf(corpus.tickets.map((t) => t.time), kind, tz);
    const phrases = findPhrases(corpus, opts.terms);
    const hotTerms = rankHotTerms(corpus, phrases, opts.terms);
    const details = countTermsByPeriod(corpus, periodIds, phrases, opts.terms);
    const periodList = details.map((d) => d.period);
    const ticketsByPeriod = indexByPeriod(periodIds);
    const withRegions = details.map((d) => mergeRegionCounts(d, countRegionTickets(corpus, d.period, { ticketIndexes: ticketsByPeriod.get(d.period) ?? [] })));
    // What the history keeps of each period, and so the only form a baseline may take, whether its periods come from
    // this input or from the state: single terms, regions, and every adjacent pair held by 2+ tickets.
    const storedForm = withRegions.map((d): PeriodTermCounts => {
      const counts = new Map<string, number>();
      for (const [term, n] of d.counts) if (!isPhrase(term)) counts.set(term, n);
      for (const [pair, n] of countAdjacentPairs(corpus, ticketsByPeriod.get(d.period) ?? [], opts.terms.phraseMaxGap, 2)) counts.set(pair, n);
      return { period: d.period, tickets: d.tickets, counts };
    });

    stage('detecting rising terms');
    const risingTerms: RisingTerm[] = [];
    const regionBursts: RisingTerm[] = [];
    // An undated export has no earlier periods to compare with: nothing rises, nothing is loaded.
    const first = undated ? undefined : periodList[0];
    const stored = first ? await history.loadPeriodCounts(kind, first, baselinePeriodsToLoad(opts.rising), { excludeFingerprint: fingerprint }) : [];
    if (!undated) withRegions.forEach((current, i) => {
      // Newest first: earlier periods of this input, then the history before the input.
      const baseline: PeriodTermCounts[] = [...storedForm.slice(0, i).reverse(), ...stored];
      risingTerms.push(...detectRisingTerms(current, baseline, opts.rising));
      regionBursts.push(...detectRegionBursts(current, baseline, opts.rising));
    });
    const sketches = storedForm.map((d): PeriodSketch => {
      const indexes = ticketsByPeriod.get(d.period) ?? [];
      return { period: d.period, tickets: indexes.length, sketch: sketchKeys(indexes.map((i) => ticketKey(corpus.tickets[i]!.id, corpus.tickets[i]!.time))) };
    });
    return { periodIds, hotTerms, details, periodList, storedForm, sketches, risingTerms, regionBursts, first };
  });
  const { periodIds, hotTerms, details, periodList, storedForm, sketches, risingTerms, regionBursts, first } = counted;
  const sources = undated ? [] : ((await history.loadPeriodSources?.(kind, periodList, { excludeFingerprint: fingerprint })) ?? []);
  const overlaps = reconcileOverlappingExports(sketches, sources, opts.exportContainment);
  describeExportOverlaps(overlaps, messages);
  const notStored = new Set(overlaps.alreadyCounted.map((o) => o.period));
  stage('labelling topics');
  const topicResult = await pendingTopics.result();
  stage('finding recurring issues');
  const lastPeriod = periodList.at(-1) ?? '';
  const horizon = first ? periodsBefore(first, kind, opts.historyHorizon) : undefined;
  // Everything loaded from the history is as it stood before this export's first period: running the same periods
  // again (a re-run, a killed run's retry, an earlier night after later ones) sees what their first run saw.
  const asOf = { before: first };
  const storedIssues = undated ? [] : await history.loadIssues(horizon, asOf);
  const issueResult = findIssues(corpus, undefined, { ...opts.cluster.issues, timeZone: tz }, storedIssues, lastPeriod, topicResult, {
    models: deps.models.grouping,
    entities: found.names,
    words: found.words.map((w) => w.word),
    replyMarkers: deps.models.risk.replyMarkers ?? [],
    customerMarkers: deps.models.risk.customerMarkers ?? [],
  });
  // An undated export has no first or last date to tell.
  const issues = undated ? issueResult.issues.map((i) => ({ ...i, firstSeen: '', lastSeen: '' })) : issueResult.issues.slice();

  stage('raising warnings');
  const matcher = createRiskMatcher(deps.models.risk, opts.warnings.risk, segmenter);
  const subjects = corpusSubjects(corpusTicketIndex(corpus), issues, topicResult.topics);
  const customerTickets = buildCustomerTickets(corpus, subjects);
  const warningIndex = createWarningIndex(corpus, periodIds);
  const minTime = corpus.tickets.reduce((m, t) => Math.min(m, t.time), Infinity);
  const earlierCustomerTickets: CustomerTicket[] = !undated && Number.isFinite(minTime)
    ? await history.loadCustomerTickets([...warningIndex.docsByCustomer.hashes()], minTime - opts.warnings.repeatWindowDays * 86_400_000, { beforeMs: minTime })
    : [];
  const ownIds = corpusTicketIndex(corpus);
  const repeatHistory = [...earlierCustomerTickets.filter((c) => !ownIds.has(c.ticketId)), ...customerTickets];
  const warningsOptions = { ...opts.warnings, topN: opts.top };
  let warningState: StoredWarning[] = undated ? [] : await history.loadWarnings(horizon, asOf);
  // The state rows of every period, kept as that period's version, so a later re-run of any of them finds its past.
  const warningVersions: StoredWarning[] = [];
  const warnings: Warning[] = [];
  for (const period of periodList) {
    const context = { corpus, periodIds, period, kind, routing: deps.models.routing, index: warningIndex, matcher };
    const raised = producePeriodWarnings(
      { context, issues, topics: topicResult.topics, stored: storedIssues, customerTickets: repeatHistory, rising: [...risingTerms, ...regionBursts] },
      { warnings: warningsOptions, bursts: opts.bursts },
    );
    const suppressed = suppressWarnings(raised, warningState, period, warningsOptions);
    warnings.push(...suppressed.warnings);
    warningState = mergeWarningState(warningState, suppressed.state);
    warningVersions.push(...suppressed.state);
  }
  const packaged = packageWarnings(warnings, corpus, warningIndex.ticketIndex, periodList, warningsOptions);
  // Each issue's tickets per period of the input, so the history holds a day's count for every day of a longer export.
  const issueCounts = undated ? new Map() : countIssuesByPeriod(issues, ownIds, periodIds, (doc) => corpus.tickets[doc]?.customerHash);
  const signatures = undated || first === undefined ? issueResult.signatures : withPeriodHistory(issueResult.signatures, issueCounts, first);
  const reportHistory = undated
    ? undefined
    : await buildReportHistory(
        history,
        { kind, current: storedForm, issues, stored: signatures, risingTerms: [...risingTerms, ...regionBursts], excludeFingerprint: fingerprint },
        opts.history,
        opts.rising,
      );

  stage('building report');
  const model = buildClassifierModel({
    matrices: [topicResult.matrix],
    topics: topicResult.topics.map((t, i) => ({ id: t.id, centroid: topicResult.centroids[i] ?? [] })),
    issues: issueResult.signatures,
  });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (deps.now ?? new Date()).toISOString(),
    input: {
      files: read.files,
      rowsRead: read.rowsRead,
      accepted: corpus.tickets.length,
      rejected: read.rejects.length,
      duplicates: read.duplicates,
    },
    periods: details.map((d) => ({ ...periodBounds(d.period, kind), tickets: d.tickets })),
    hotTerms,
    risingTerms: [...risingTerms, ...regionBursts],
    topics: topicResult.topics,
    issues,
    issueTail: issueResult.tail,
    newWords: found.words.map((w) => ({ word: w.word, tickets: w.tickets, kind: w.kind, pinned: w.pinned })),
    fadedIssues: fadedIssues(storedIssues, issueResult.signatures),
    warnings: packaged.warnings,
    digest: packaged.digest,
    messages: [...(deps.messages ?? []), ...messages.list],
    config: { ...redactedConfig(opts), lang: opts.lang },
    ...(reportHistory ? { history: reportHistory } : {}),
  };
  const keepDetailFrom =
    undated || first === undefined || opts.history.keepDays === undefined || !Number.isFinite(minTime)
      ? undefined
      : retentionBound(lastPeriod, kind, opts.history.keepDays, baselinePeriodsToLoad(opts.rising), minTime - opts.warnings.repeatWindowDays * 86_400_000, tz);
  // An undated run has no period to file its counts, issues or warnings under: it keeps only the classifier model.
  const update: HistoryUpdate = undated
    ? { fingerprint, kind, periodCounts: [], periodSketches: [], replaces: [], issues: [], warnings: [], customerTickets: [], model: JSON.stringify(model) }
    : {
        fingerprint,
        kind,
        periodCounts: storedForm.filter((p) => !notStored.has(p.period)),
        periodSketches: sketches.filter((p) => !notStored.has(p.period)),
        replaces: overlaps.replaced.map((o) => ({ period: o.period, fingerprint: o.fingerprint })),
        periodSummaries: summarizePeriods(report, issueCounts, opts.history).filter((p) => !notStored.has(p.period)),
        issues: signatures,
        warnings: warningVersions,
        ...(horizon === undefined ? {} : { keepVersionsFrom: horizon }),
        ...(keepDetailFrom === undefined ? {} : { keepDetailFrom }),
        customerTickets,
        model: JSON.stringify(model),
      };
  return { report, rejects: read.rejects, update, corpus, topicOf: topicResult.assignments, issueOf: issueResult.assignments, options: opts };
}

/**
 * Discovers new words in the first tickets of the input (normalized here as the workers will normalize them) and
 * extends the user dictionary with them, unless discovery is off or the caller brought its own segmenter (which
 * cannot take words). Hands back the input stream whole, the sample batches first.
 */
async function discoverRunWords(
  batches: AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>,
  opts: ResolvedAnalyzeOptions,
  deps: AnalyzeDeps,
  normalizeOptions: NormalizeOptions,
): Promise<{ batches: AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>; textModels: TextModels; words: NewWord[]; names: string[] }> {
  if (!opts.discoverWords || deps.segmenter) return { batches, textModels: deps.models.text, words: [], names: [] };
  const peeked = await peekTickets(batches, opts.discover.sampleSize, opts.discover.sampleChars);
  const sample = normalizeTickets(peeked.head, normalizeOptions, deps.models.text, new Messages());
  const texts = sample.filter((t) => t.lang === 'zh').map((t) => t.text);
  const base = createSegmenter(opts.segmenter, deps.models.text.userDict);
  const words = discoverNewWords(texts, { text: deps.models.text, newWords: deps.models.newWords }, opts.discover, segmenterKeepsWhole(base));
  // Entities: discovered words ending in an entity suffix. A coined name without one (捷信) stands for its firm
  // only as the stem of such an entity (捷信金融); a test on its letters took 异响 (异/响) for a name as well.
  const names = words.filter((w) => w.kind === 'entity').map((w) => w.word);
  return { batches: peeked.batches, textModels: { ...deps.models.text, userDict: withDiscoveredWords(deps.models.text.userDict, words) }, words, names };
}

/** Runs `work`; when it fails, stops the topic clustering still under way (its worker thread) before rethrowing. */
async function closingOnFailure<T>(pending: PendingTopics, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await pending.close();
    throw error;
  }
}

/** Stored issues this run did not match: faded problems, most recently seen first. */
function fadedIssues(stored: readonly StoredIssue[], current: readonly StoredIssue[]): FadedIssue[] {
  const continuing = new Set(current.map((i) => i.id));
  return stored
    .filter((i) => !continuing.has(i.id))
    .map((i) => ({ id: i.id, label: i.label, lastSeen: i.lastPeriod, lastTickets: i.history.at(-1)?.[1] ?? 0 }))
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || b.lastTickets - a.lastTickets || a.id.localeCompare(b.id));
}

/** The id of the period `count` periods before `id`. */
function periodsBefore(id: string, kind: PeriodKind, count: number): string {
  let at = id;
  for (let i = 0; i < count; i++) at = previousPeriodId(at, kind);
  return at;
}

/** Validates caller-supplied tickets like a reader would: invalid ones rejected with a reason, repeated ids counted. */
function validateTickets(input: TicketInput[]): ReadResult {
  const tickets: Ticket[] = [];
  const rejects: Reject[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  input.forEach((raw, i) => {
    const parsed = ticketSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejects.push({ file: '<input>', row: i + 1, reason: `${issue?.path.join('.') || 'ticket'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    if (parsed.data.text.trim() === '') {
      rejects.push({ file: '<input>', row: i + 1, reason: 'text is empty' });
      return;
    }
    if (seen.has(parsed.data.id)) {
      duplicates++;
      return;
    }
    seen.add(parsed.data.id);
    tickets.push(parsed.data);
  });
  return { files: [], tickets, rejects, duplicates, rowsRead: input.length };
}

/**
 * Passes batches through, hashing each ticket into the input's fingerprint on the way, so re-running the same
 * export replaces its history rows instead of adding.
 */
async function* fingerprinted(batches: AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>, hash: Hash): AsyncGenerator<readonly Ticket[]> {
  for await (const batch of batches) {
    // One update per batch (the digest of the joined text is that of its parts): hashing a million short strings one
    // by one cost more than a second.
    let text = '';
    for (const t of batch) text += `${t.id}\u0000${t.time}\u0000${t.text.length}\u0001`;
    hash.update(text);
    yield batch;
  }
}

function indexByPeriod(periodIds: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  periodIds.forEach((p, i) => {
    const list = map.get(p);
    if (list) list.push(i);
    else map.set(p, [i]);
  });
  return map;
}

function mergeRegionCounts(terms: PeriodTermDetail, regions: PeriodTermDetail): PeriodTermDetail {
  const counts = new Map(terms.counts);
  const customers = new Map(terms.customers);
  const ticketIds = new Map(terms.ticketIds);
  for (const [k, v] of regions.counts) counts.set(k, v);
  for (const [k, v] of regions.customers) customers.set(k, v);
  for (const [k, v] of regions.ticketIds) ticketIds.set(k, v);
  return { period: terms.period, tickets: terms.tickets, counts, customers, ticketIds };
}

/** A phrase term (`宽带+掉线`), as opposed to a word or a region key (`region:济宁`, `region:济宁|宽带+掉线`). */
function isPhrase(term: string): boolean {
  return term.includes('+') && !term.startsWith('region:');
}

function mergeWarningState(previous: StoredWarning[], next: StoredWarning[]): StoredWarning[] {
  const byKey = new Map(previous.map((w) => [w.key, w]));
  for (const w of next) byKey.set(w.key, w);
  return [...byKey.values()];
}
