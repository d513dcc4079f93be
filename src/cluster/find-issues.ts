import { customerNumbers } from '../core/customer-numbers.js';
import { businessReplies } from '../core/business-replies.js';
import type { Corpus } from '../core/corpus.js';
import { periodId, timeZoneOffset } from '../core/periods.js';
import type { StoredIssue } from '../history/history-types.js';
import type { Issue } from '../report/report-schema.js';
import { extractNounPhrases } from '../segment/tokenize-english.js';
import { sentenceContext } from '../core/sentence-context.js';
import { buildTfidf } from './build-tfidf.js';
import { issueOptionsSchema, type IssueOptions } from './cluster-options.js';
import { computeHeat } from './compute-heat.js';
import { discoverProblemConcepts, type ProblemConcepts } from './discover-problem-concepts.js';
import { mergeFragments } from './merge-fragments.js';
import { formProblemGroups, type ProblemGroup } from './form-problem-groups.js';
import { createEntityTest, NO_GROUPING_MODELS, type GroupingModels } from './grouping-models.js';
import { matchIssues, newIssueId } from './match-issues.js';
import { findTicketEntities } from './ticket-entities.js';
import { createTicketTermWeights, termTicketCounts } from './ticket-term-weights.js';
import type { TfidfMatrix } from './tfidf-matrix.js';
import type { TopicClustering } from './topic-clustering.js';
import { parseOptions } from '../core/parse-options.js';

/** What {@link findIssues} returns. */
export interface IssueFinding {
  /** Issues ranked by heat (rank 1 = hottest). */
  issues: Issue[];
  /** Index into `issues` of every ticket (the best-ranked issue holding it), -1 for a ticket in no issue. */
  assignments: Int32Array;
  /** This run's issues as stored signatures (history appended with this period's count), to upsert. */
  signatures: StoredIssue[];
  /** Groups too small to list (fewer than `minTickets` tickets or `minCustomers` customers) and their tickets. */
  tail: { groups: number; tickets: number };
}

/** What grouping knows besides the tickets: the grouping word lists and the entities word discovery found. */
export interface IssueGrouping {
  /** `models/grouping.txt` parsed; none when omitted. */
  models?: GroupingModels;
  /** Entity words found in this corpus (firms, places, products; see `discoverWords`). */
  entities?: Iterable<string>;
  /** Every word discovery found (entities or not): a bare name among them may stand for its entity (捷信). */
  words?: Iterable<string>;
  /** Words discovery measured and judged no name although they end in a suffix (申请房贷: a verb and its object). */
  notEntities?: Iterable<string>;
  /** Markers of a business's reply (宾馆反馈, Company response) and of the customer's words resuming (追评): a reply is
   * the business's words, not the customer's problem, and is left out of grouping (the risk lexicon's @reply lines). */
  replyMarkers?: readonly string[];
  customerMarkers?: readonly string[];
}

/** What {@link findIssues} may know besides the tickets and the options. */
export interface IssueContext {
  /** The matrix issue signatures are taken from; built from the corpus with `options.tfidf` when omitted. */
  tfidf?: TfidfMatrix;
  /** Stored issues of earlier periods: a continuing issue keeps its id. */
  previous?: StoredIssue[];
  /** This run's period id; the day of the latest ticket when omitted. */
  period?: string;
  /** The run's topic clustering: each issue's `topicId` is the topic most of its tickets are in. */
  topics?: Pick<TopicClustering, 'assignments' | 'topics'>;
  /** The grouping word lists and the corpus's discovered entities. */
  grouping?: IssueGrouping;
}

/** Local ISO date-time with offset, e.g. `2026-11-21T10:00:00+08:00`. */
function localIso(ms: number, timeZone: string): string {
  const offset = timeZoneOffset(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Finds problem-level recurring issues, "an entity plus what went wrong" (捷信 · 催收/骚扰, 运河家园小区 · 信号差, or a
 * problem shared across entities such as 保险 · 退保): problem concepts are found from how terms co-occur
 * ({@link discoverProblemConcepts}), each ticket's entity from entity words and suffixes with variants merged
 * ({@link findTicketEntities}), and tickets grouped by entity × concept or by concept alone
 * ({@link formProblemGroups}); a ticket raising two problems may be in two issues. A group is an issue with
 * >= `minTickets` tickets and >= `minCustomers` distinct customers (a ticket without a customer counts as its
 * own), so one customer writing ten times is not a hotspot; smaller groups are the long tail, counted in `tail`.
 * Issues are labelled `entity · problem/words`, ranked by {@link computeHeat} less `entityRepeatPenalty` for each
 * better issue of the same entity, and matched to `previous` signatures so a continuing issue keeps its id.
 *
 * @param options the issue options (`cluster.issues` of the config); defaults when omitted.
 * @param context what the run knows besides the tickets: earlier issues, the period, topics, grouping words ({@link IssueContext}).
 */
export function findIssues(corpus: Corpus, options: IssueOptions = {}, context: IssueContext = {}): IssueFinding {
  const { tfidf, previous = [], period, topics, grouping = {} } = context;
  const opts = parseOptions(issueOptionsSchema, options, 'cluster.issues');
  const n = corpus.docs.length;
  const models = grouping.models ?? NO_GROUPING_MODELS;
  const terms = corpus.vocab.terms;
  let latest = -Infinity;
  for (const t of corpus.tickets) latest = Math.max(latest, t.time);
  const thisPeriod = period ?? (Number.isFinite(latest) ? periodId(latest, 'day', opts.timeZone) : '');

  const df = termTicketCounts(corpus);
  const replies = new Map<number, Array<[number, number]>>();
  if (grouping.replyMarkers && grouping.replyMarkers.length > 0) {
    corpus.tickets.forEach((t, i) => {
      const ranges = businessReplies(t.text, grouping.replyMarkers!, grouping.customerMarkers ?? []);
      if (ranges.length > 0) replies.set(i, ranges);
    });
  }
  const termsOf = createTicketTermWeights(corpus, df, opts.titleWeight, replies);
  const isEntity = createEntityTest(models, grouping.entities, grouping.notEntities);
  const minTermTickets = Math.max(opts.minTickets, Math.ceil(opts.concepts.minTermShare * n));
  // In a small input a word in a third of the tickets may still be the problem (5 of 13 say 断网).
  const maxTermTickets = Math.max(opts.concepts.maxTermShare * n, 20);
  // A bare stem stands for its entity only when discovery found it as a name of its own (捷信, not 消费 or 国家).
  const names = new Set(grouping.words ?? []);
  const entities = findTicketEntities(corpus, df, isEntity, termsOf, models.families, (w) => names.has(w) && !models.generic.has(w) && !models.notEntities.has(w), opts.entityMerge);
  // Class words (信用卡, 宽带, 套餐) and short forms of entities (浦发 of 浦发银行) say who or what, not what went wrong.
  const entityPrefix = new Set<string>();
  for (let t = 0; t < terms.length; t++) {
    if (entities.canonicalOf[t]! < 0) continue;
    const word = terms[t]!;
    for (let k = 2; k < word.length; k++) entityPrefix.add(word.slice(0, k));
  }
  const isProblemTerm = (t: number): boolean => {
    const term = terms[t]!;
    return (
      df[t]! >= minTermTickets &&
      df[t]! <= maxTermTickets &&
      entities.canonicalOf[t]! < 0 &&
      !models.generic.has(term) &&
      !models.notEntities.has(term) &&
      !entityPrefix.has(term)
    );
  };
  const concepts = discoverProblemConcepts(n, termsOf, df, isProblemTerm, opts.concepts);
  const rawCandidates = formProblemGroups(n, termsOf, concepts, entities, {
    presence: opts.presence,
    minEntityTickets: Math.max(opts.minTickets, opts.minEntityTickets),
    minEntityShare: opts.minEntityShare,
    mergeJaccard: opts.mergeJaccard,
    mergeContainment: opts.mergeContainment,
    minEntitySplit: opts.minEntitySplit,
    minSharedEntities: opts.minSharedEntities,
    maxSharedEntityShare: opts.maxSharedEntityShare,
  });
  const candidates = mergeFragments(rawCandidates, termsOf, opts.fragments);

  const countCustomers = distinctCustomerCounter(corpus);
  const groups: ProblemGroup[] = [];
  const listed = new Uint8Array(n);
  for (const g of candidates) {
    if (g.rows.length >= opts.minTickets && countCustomers(g.rows) >= opts.minCustomers) {
      groups.push(g);
      for (const i of g.rows) listed[i] = 1;
    }
  }
  let tailTickets = 0;
  for (let i = 0; i < n; i++) if (!listed[i] && concepts.conceptOf.length > 0) tailTickets++;

  const m = tfidf ?? buildTfidf(corpus, opts.tfidf);
  const sums = new Float64Array(m.cols);
  const signatures = groups.map((g) => signatureOf(m, g.rows, opts.signatureTerms, sums));
  const matched = matchIssues(signatures, previous, opts.matchSimilarity);
  const taken = new Set(previous.map((p) => p.id));
  const inGroup = new Int32Array(terms.length);

  const drafts = groups.map((g, k) => {
    const prev = matched[k]! >= 0 ? previous[matched[k]!] : undefined;
    const label = labelGroup(corpus, g, concepts, df, termsOf, opts.labelTerms, inGroup, models.generic, (t) => entities.canonicalOf[t]! >= 0);
    const id = prev?.id ?? newIssueId(label.terms, taken);
    const times = g.rows.map((i) => corpus.tickets[i]?.time ?? 0);
    const customers = countCustomers(g.rows);
    const earlier = (prev?.history ?? []).filter(([p]) => p < thisPeriod);
    const previousTickets = earlier.length > 0 ? earlier[earlier.length - 1]![1] : 0;
    const heat = computeHeat({ tickets: g.rows.length, customers, previousTickets, times }, opts.heat);
    const issue: Issue = {
      id,
      rank: 0,
      label: label.label,
      terms: label.terms,
      heat,
      tickets: g.rows.length,
      customers,
      firstSeen: localIso(times.reduce((a, b) => Math.min(a, b)), opts.timeZone),
      lastSeen: localIso(times.reduce((a, b) => Math.max(a, b)), opts.timeZone),
      ticketIds: g.rows.map((i) => corpus.tickets[i]?.id ?? String(i)),
      examples: label.examples.map((i) => ({ ticketId: corpus.tickets[i]?.id ?? String(i), text: corpus.tickets[i]?.text ?? '' })),
      status: prev ? 'continuing' : 'new',
      ...(topics ? { topicId: majorityTopic(g.rows, topics) } : {}),
      ...(g.entity >= 0 ? { entity: terms[g.entity]! } : {}),
      problem: label.problem,
      ...(label.sentence ? { sentence: label.sentence } : {}),
    };
    const stored: StoredIssue = {
      id,
      label: label.label,
      terms: signatures[k]!,
      firstPeriod: prev && prev.firstPeriod < thisPeriod ? prev.firstPeriod : thisPeriod,
      lastPeriod: thisPeriod,
      history: [...(prev?.history ?? []).filter(([p]) => p !== thisPeriod), [thisPeriod, g.rows.length]],
    };
    return { issue, stored, rows: g.rows, entity: g.entity };
  });

  // One entity's second, third … issue lose heat step by step, so a firm with ten problems does not fill the list.
  const byHeat = (a: (typeof drafts)[number], b: (typeof drafts)[number]): number =>
    b.issue.heat - a.issue.heat || b.issue.tickets - a.issue.tickets || (a.issue.id < b.issue.id ? -1 : 1);
  drafts.sort(byHeat);
  const seenEntity = new Map<number, number>();
  for (const d of drafts) {
    if (d.entity < 0) continue;
    const before = seenEntity.get(d.entity) ?? 0;
    d.issue.heat -= before * opts.entityRepeatPenalty;
    seenEntity.set(d.entity, before + 1);
  }
  for (const d of drafts) d.issue.heat = Math.round(d.issue.heat * 1000) / 1000;
  drafts.sort(byHeat);
  const assignments = new Int32Array(n).fill(-1);
  drafts.forEach((d, r) => {
    d.issue.rank = r + 1;
    for (const i of d.rows) if (assignments[i] === -1) assignments[i] = r;
  });
  return {
    issues: drafts.map((d) => d.issue),
    assignments,
    signatures: drafts.map((d) => d.stored),
    tail: { groups: candidates.length - groups.length, tickets: tailTickets },
  };
}

/** A group's label, terms, problem words, examples and representative sentence. */
interface GroupLabel {
  label: string;
  terms: string[];
  problem: string[];
  examples: number[];
  sentence?: string;
}

/**
 * Names a group `entity · problem/words`: the group's concept terms by how many of its tickets hold them times
 * their rarity, ln(1 + N / df) (a term inside an already chosen one is skipped), two in the label; examples are the tickets where the entity and the problem
 * weigh most against their length, and the sentence is the one of the best example holding its top problem term.
 * `count` is zeroed scratch of the vocabulary's size.
 */
function labelGroup(
  corpus: Corpus,
  g: ProblemGroup,
  concepts: ProblemConcepts,
  df: Uint32Array,
  termsOf: ReturnType<typeof createTicketTermWeights>,
  size: number,
  count: Int32Array,
  generic: ReadonlySet<string>,
  isEntityTerm: (term: number) => boolean,
): GroupLabel {
  const terms = corpus.vocab.terms;
  const inConcepts = new Set(g.concepts);
  const scored: Array<{ row: number; score: number }> = [];
  const touched: number[] = [];
  for (const i of g.rows) {
    const { count: c, ids, weights } = termsOf(i);
    let focus = 0;
    let total = 0;
    for (let k = 0; k < c; k++) {
      const t = ids[k]!;
      total += weights[k]! * weights[k]!;
      if (inConcepts.has(concepts.conceptOf[t]!)) {
        if (count[t] === 0) touched.push(t);
        count[t]! += 1;
        focus += weights[k]!;
      } else if (t === g.entity) focus += weights[k]!;
    }
    scored.push({ row: i, score: total > 0 ? focus / Math.sqrt(total) : 0 });
  }
  // Held by many of the group's tickets and rare elsewhere: the words that set this problem apart.
  const n = corpus.docs.length;
  const weight = (t: number): number => count[t]! * Math.log(1 + n / Math.max(1, df[t]!));
  touched.sort((a, b) => weight(b) - weight(a) || a - b);
  const problem: string[] = [];
  for (const t of touched) {
    const word = terms[t]!;
    if (problem.some((p) => p.includes(word) || word.includes(p))) continue;
    problem.push(word);
    if (problem.length >= size) break;
  }
  for (const t of touched) count[t] = 0;
  const entity = g.entity >= 0 ? terms[g.entity]! : undefined;
  scored.sort((a, b) => b.score - a.score || a.row - b.row);
  const examples = scored.slice(0, 3).map((s) => s.row);
  // English reads better as a noun phrase of its central tickets ("identity theft", "debt collection") than as loose words.
  const english = g.rows.filter((i) => corpus.tickets[i]?.lang === 'en').length * 2 > g.rows.length;
  const phrase = english
    ? nounPhraseOf(corpus, scored.slice(0, ENGLISH_LABEL_TICKETS).map((x) => x.row), problem.slice(0, 3))
    : adjacentPhraseOf(corpus, scored.slice(0, PHRASE_LABEL_TICKETS).map((x) => x.row), problem.slice(0, 1), generic, isEntityTerm);
  const head = phrase ?? problem.slice(0, 2).join('/');
  if (phrase) problem.unshift(phrase);
  const label = entity ? `${entity} · ${head}` : head;
  const sentence = representativeSentence(corpus, scored.slice(0, SENTENCE_TICKETS).map((x) => x.row), problem.slice(phrase ? 1 : 0, phrase ? 5 : 4), [...(phrase ? [phrase] : []), ...(entity ? [entity] : [])], phrase ?? problem[0]);
  return { label, terms: entity ? [entity, ...problem].slice(0, size) : problem, problem: problem.slice(0, 3), examples, ...(sentence ? { sentence } : {}) };
}

/** Central tickets whose sentences compete to stand for an issue. */
const SENTENCE_TICKETS = 5;

/**
 * The sentence that says most of the problem: among the sentences of the central `rows` holding one of the problem
 * `words`, the one holding the most of `words` and of `also` (the label's phrase and entity; ties: the more central
 * ticket, then the earlier sentence). 请给我一个解释,并将钱退还我 holds one word of 费用/收取/退还; 要求退还多收取的服务费 holds three.
 * A sentence holding the label's `head` counts two more: a label "结清证明" over a sentence about 协商 and 材料 reads wrong.
 */
function representativeSentence(corpus: Corpus, rows: readonly number[], words: readonly string[], also: readonly string[], head?: string): string | undefined {
  const ids = new Set(words.map((w) => corpus.vocab.ids.get(w)).filter((id): id is number => id !== undefined));
  const named = [...words, ...also];
  let best: string | undefined;
  let bestScore = 0;
  for (const row of rows) {
    const doc = corpus.docs[row];
    const text = corpus.tickets[row]?.text;
    if (!doc || text === undefined) continue;
    const seen = new Set<string>();
    for (let p = 0; p < doc.termIds.length; p++) {
      if (!ids.has(doc.termIds[p]!)) continue;
      const sentence = sentenceContext(text, doc.starts[p]!, doc.ends[p]!);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      let score = 0;
      for (const w of named) if (sentence.includes(w)) score++;
      if (head !== undefined && sentence.includes(head)) score += 2;
      if (score > bestScore) [best, bestScore] = [sentence, score];
    }
  }
  return best;
}

/** Central tickets whose adjacent words are counted for a Chinese issue's phrase. */
const PHRASE_LABEL_TICKETS = 500;

/**
 * Two words side by side in the text (莫名 + 扣费, 未经 + 同意, 信号 + 差), one of them among `words` (the top problem word), that the most of
 * `rows` hold, as they read in the text (莫名扣费), when at least two rows and 15 % of them hold it; else undefined.
 * A manager reads 莫名扣费 where the loose words 莫名/扣费 leave the problem to be guessed.
 */
function adjacentPhraseOf(
  corpus: Corpus,
  rows: readonly number[],
  words: readonly string[],
  generic: ReadonlySet<string>,
  isEntityTerm: (term: number) => boolean,
): string | undefined {
  const ids = new Set(words.map((w) => corpus.vocab.ids.get(w)).filter((id): id is number => id !== undefined));
  // A vague neighbour names nothing (服务费等等, 利息问题), and an entity is named before the phrase already
  // (金色家园 · 金色家园网速慢): such pairs are not phrases.
  const vague = (id: number): boolean => generic.has(corpus.vocab.terms[id] ?? '') || isEntityTerm(id);
  if (ids.size === 0) return undefined;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const doc = corpus.docs[row];
    const text = corpus.tickets[row]?.text;
    if (!doc || text === undefined) continue;
    const { termIds, starts, ends } = doc;
    const seen = new Set<string>();
    for (let p = 0; p + 1 < termIds.length; p++) {
      if (ends[p] !== starts[p + 1] || (!ids.has(termIds[p]!) && !ids.has(termIds[p + 1]!))) continue;
      if (vague(termIds[p]!) || vague(termIds[p + 1]!)) continue;
      const phrase = text.slice(starts[p]!, ends[p + 1]!);
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = Math.max(1, Math.ceil(0.15 * rows.length) - 1);
  for (const [p, c] of counts) if (c > bestCount || (c === bestCount && best !== undefined && p < best)) [best, bestCount] = [p, c];
  return best;
}

/** Central tickets whose sentences are searched for an English issue's noun phrase (a POS tagger: keep it small). */
const ENGLISH_LABEL_TICKETS = 8;

/**
 * The noun phrase (compromise) or part of one most often found in the sentences of `rows` that hold one of `words`,
 * when it holds one of them and occurs in at least two of the rows (ties: the longer); else undefined.
 */
function nounPhraseOf(corpus: Corpus, rows: readonly number[], words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const word of words) {
      const sentence = sentenceWith(corpus, row, word);
      if (!sentence) continue;
      for (const p of extractNounPhrases(sentence)) {
        for (const candidate of phraseParts(p)) {
          if (seen.has(candidate) || !words.some((w) => candidate.split(' ').includes(w))) continue;
          seen.add(candidate);
          counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
        }
      }
    }
  }
  let best: string | undefined;
  let bestCount = 1;
  for (const [p, c] of counts) {
    const longer = best !== undefined && (p.length > best.length || (p.length === best.length && p < best));
    if (c > bestCount || (c === bestCount && longer)) [best, bestCount] = [p, c];
  }
  return best;
}

/**
 * The parts of a noun phrase that may name a problem: the phrase, what follows its last "of" (the head: "identity
 * theft" of "victim of identity theft"), and the two- and three-word runs of that head ("identity theft" of
 * "identity theft last year"), so phrases told with different trimmings are counted together.
 */
function phraseParts(phrase: string): string[] {
  const head = phrase.split(' of ').at(-1)!.split(' ');
  const parts = new Set([phrase]);
  for (let size = 2; size <= 3; size++) for (let i = 0; i + size <= head.length; i++) parts.add(head.slice(i, i + size).join(' '));
  return [...parts];
}

/** The sentence of ticket `row` holding the first token of term `word`, or undefined. */
function sentenceWith(corpus: Corpus, row: number, word: string): string | undefined {
  const id = corpus.vocab.ids.get(word);
  const doc = corpus.docs[row];
  const text = corpus.tickets[row]?.text;
  if (id === undefined || !doc || text === undefined) return undefined;
  const p = doc.termIds.indexOf(id);
  return p < 0 ? undefined : sentenceContext(text, doc.starts[p]!, doc.ends[p]!);
}

/** The group's mean vector reduced to its `size` heaviest terms, L2-normalised. `sums` is zeroed scratch of `m.cols`. */
function signatureOf(m: TfidfMatrix, rows: number[], size: number, sums: Float64Array): Array<[string, number]> {
  const touched: number[] = [];
  for (const i of rows) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const c = m.indices[p]!;
      if (sums[c] === 0) touched.push(c);
      sums[c]! += m.values[p]!;
    }
  }
  const top: Array<[number, number]> = touched.map((c) => [c, sums[c]!]);
  for (const c of touched) sums[c] = 0;
  top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  top.length = Math.min(top.length, size);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([c, w]) => [m.terms[c] ?? '', Math.round((w / norm) * 1e6) / 1e6]);
}

/**
 * A counter of distinct customers among ticket rows (a ticket without a customer counts as its own). Customer
 * hashes are interned to integers once, so each group is counted with a stamp array instead of a Set of strings.
 */
function distinctCustomerCounter(corpus: Corpus): (rows: readonly number[]) => number {
  // The corpus's customer numbers, made once a run.
  const { customerOf, hashes } = customerNumbers(corpus);
  const stamp = new Int32Array(hashes.length);
  let call = 0;
  return (rows) => {
    call++;
    let count = 0;
    for (const i of rows) {
      const c = customerOf[i]!;
      if (c < 0) count++;
      else if (stamp[c] !== call) {
        stamp[c] = call;
        count++;
      }
    }
    return count;
  };
}

/** Id of the topic holding most of `rows` (ties: the lower topic index, i.e. the larger topic). */
export function majorityTopic(rows: readonly number[], topics: Pick<TopicClustering, 'assignments' | 'topics'>): string {
  const votes = new Map<number, number>();
  for (const i of rows) {
    const t = topics.assignments[i] ?? -1;
    if (t >= 0) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  let best = -1;
  let bestVotes = 0;
  for (const [t, v] of votes) {
    if (v > bestVotes || (v === bestVotes && t < best)) {
      best = t;
      bestVotes = v;
    }
  }
  return topics.topics[best]?.id ?? '';
}
