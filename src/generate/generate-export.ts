import { Converter } from 'opencc-js/cn2t';
import { ConfigError } from '../core/errors.js';
import { createRandom, type Random } from '../core/random.js';
import { GENERIC_PLACES, PLACES, PROBLEMS, type Problem } from './complaint-catalogue.js';
import { composeSummary, composeTranscript } from './compose-ticket-text.js';
import { fakePhone, piiClause } from './fake-pii.js';
import { fillTemplate } from './fill-template.js';
import { generateOptionsSchema, type GenerateOptions, type ResolvedGenerateOptions } from './generate-options.js';
import type { GroundTruth, PiiKind, PlantedRisk, RiskCategory } from './ground-truth.js';
import { BURST_PLANS, RECURRING_PLAN, REPEAT_MARKERS, RESERVED_PLACES } from './planted-events.js';
import { chance, intBetween, pick, weightedIndex } from './random-pick.js';
import { RISK_PLANTS } from './risk-catalogue.js';
import { parseOptions } from '../core/parse-options.js';

/** Column headers of the synthetic export, in order. */
export const EXPORT_COLUMNS = ['工单编号', '受理时间', '客户号码', '地市', '受理渠道', '投诉类型', '投诉内容'] as const;

/** One row of the synthetic export, keyed by {@link EXPORT_COLUMNS}. */
export type ExportRow = Record<string, string>;

/** What {@link generateExport} returns: the rows and what was planted in them. */
export interface GeneratedExport {
  rows: ExportRow[];
  truth: GroundTruth;
}

const CHANNELS = ['10010热线', '营业厅', '网上营业厅', 'APP', '工信部转办'] as const;
const CHANNEL_WEIGHTS = [45, 14, 14, 24, 3];
const PII_KINDS: readonly PiiKind[] = ['phone', 'idCard', 'bankCard', 'email'];
const DAY_MS = 86_400_000;

/** A ticket before ids are assigned and text is rendered. `tag` links it back to what planted it. */
interface Draft {
  day: number;
  second: number;
  customer: string;
  region: string;
  category: string;
  clauses: string[];
  transcript: boolean;
  /** Planted tickets stay simplified so their phrases match the truth exactly. */
  mayBeTraditional: boolean;
  pii: PiiKind[];
  id: string;
  text: string;
}

let toTraditional: ((text: string) => string) | undefined;

/**
 * Generates a synthetic Chinese telecom complaint export (10010/10086-style tickets and call transcripts) with
 * planted bursts, a recurring daily issue, repeat complainers, high-risk tickets and their negated twins, and
 * personal data mixed into texts on purpose. Deterministic per seed. Throws {@link ConfigError} on invalid options
 * or when `n` is too small to hold the planted events.
 */
export function generateExport(options: GenerateOptions = {}): GeneratedExport {
  const o = parseOptions(generateOptionsSchema, options, 'generate');
  const random = createRandom(o.seed);
  const usedPhones = new Set<string>();
  const newCustomer = (): string => {
    let phone = fakePhone(random);
    while (usedPhones.has(phone)) phone = fakePhone(random);
    usedPhones.add(phone);
    return phone;
  };
  const region = (index: number): string => o.regions[index % o.regions.length] ?? o.regions[0] ?? '';
  const draft = (day: number, regionName: string, category: string, clauses: string[]): Draft => ({
    day,
    second: daySecond(random),
    customer: newCustomer(),
    region: regionName,
    category,
    clauses,
    transcript: chance(random, o.transcriptShare),
    mayBeTraditional: false,
    pii: [],
    id: '',
    text: '',
  });
  const fromTemplates = (templates: readonly string[], phrase: string): string =>
    fillTemplate(random, pick(random, templates).replace('{p}', phrase), '');

  // Bursts: several distinct customers on one day, plus a thin baseline of the same phrase on other days.
  const burstSize = Math.max(6, Math.round(o.n * 0.004));
  const bursts = BURST_PLANS.map((plan) => {
    const day = Math.min(o.days - 1, Math.round(plan.dayFraction * (o.days - 1)));
    const where = region(plan.regionIndex);
    const drafts = Array.from({ length: burstSize }, () =>
      draft(day, where, plan.category, [fromTemplates(plan.templates, plan.phrase)]),
    );
    const otherDays = Array.from({ length: o.days }, (_, d) => d).filter((d) => d !== day);
    const baseline = otherDays.length === 0 ? [] : [0, 1].map(() =>
      draft(pick(random, otherDays), where, plan.category, [fromTemplates(plan.templates, plan.phrase)]),
    );
    return { plan, day, where, drafts, baseline };
  });

  // The recurring issue: reported every day by different customers.
  const perDay = Math.max(1, Math.round(o.n / 1500));
  const recurringWhere = region(RECURRING_PLAN.regionIndex);
  const recurring = Array.from({ length: o.days }, (_, day) =>
    Array.from({ length: perDay }, () =>
      draft(day, recurringWhere, RECURRING_PLAN.category, [fromTemplates(RECURRING_PLAN.templates, RECURRING_PLAN.phrase)]),
    ),
  ).flat();

  // Repeat complainers: one customer, one complaint restated 2-4 times within a few days.
  const repeatCount = Math.max(2, Math.round(o.n / 400));
  const repeats = Array.from({ length: repeatCount }, () => {
    const problem = pickProblem(random);
    const where = pick(random, o.regions);
    const phrase = fillTemplate(random, pick(random, problem.templates), pickPlace(random, where));
    const times = intBetween(random, 2, 4);
    const customer = newCustomer();
    let day = random.int(Math.max(1, o.days - (times - 1) * 2));
    const drafts: Draft[] = [];
    for (let k = 0; k < times; k++) {
      const clauses = k === 0 ? [phrase] : [pick(random, REPEAT_MARKERS), phrase];
      drafts.push({ ...draft(Math.min(day, o.days - 1), where, problem.category, clauses), customer });
      day += intBetween(random, 0, 2);
    }
    return { problem, where, phrase, customer, drafts };
  });

  // High-risk tickets and their negated twins: a background complaint plus a risk clause.
  const riskPerCategory = Math.max(1, Math.round(o.n / 1000));
  const negatedPerCategory = Math.max(1, Math.round(o.n / 1500));
  const risks: Array<{ category: RiskCategory; phrase: string; negated: boolean; draft: Draft }> = [];
  for (const plant of RISK_PLANTS) {
    const problemOf = (): Problem => PROBLEMS.find((p) => p.key === plant.problem) ?? pickProblem(random);
    for (let k = 0; k < riskPerCategory + negatedPerCategory; k++) {
      const negated = k >= riskPerCategory;
      const problem = problemOf();
      const where = pick(random, o.regions);
      const base = fillTemplate(random, pick(random, problem.templates), pickPlace(random, where));
      const threat = pick(random, plant.threats);
      const clause = negated ? pick(random, plant.negated) : threat.clause;
      const d = draft(random.int(o.days), where, problem.category, [base, clause]);
      risks.push({ category: plant.category, phrase: negated ? clause : threat.trigger, negated, draft: d });
    }
  }

  const planted = [
    ...bursts.flatMap((b) => [...b.drafts, ...b.baseline]),
    ...recurring,
    ...repeats.flatMap((r) => r.drafts),
    ...risks.map((r) => r.draft),
  ];
  if (planted.length > o.n) {
    throw new ConfigError('generate.n', `expected at least ${planted.length} rows to hold the planted events, got ${o.n}`);
  }

  const dayWeights = Array.from({ length: o.days }, (_, d) => dayWeight(o, d) * (0.9 + 0.2 * random.next()));
  const background = Array.from({ length: o.n - planted.length }, () => {
    const problem = pickProblem(random);
    const where = pick(random, o.regions);
    const clauses = [fillTemplate(random, pick(random, problem.templates), pickPlace(random, where))];
    // A second problem in one ticket happens in real exports and blurs cluster boundaries.
    if (chance(random, 0.15)) clauses.push(fillTemplate(random, pick(random, pickProblem(random).templates), pickPlace(random, where)));
    const d = draft(weightedIndex(random, dayWeights), where, problem.category, clauses);
    d.mayBeTraditional = true;
    return d;
  });

  const all = [...planted, ...background];
  for (const d of all) {
    if (chance(random, o.piiDensity)) {
      const kind = pick(random, PII_KINDS);
      d.pii.push(kind);
      d.clauses.push(piiClause(random, kind));
    }
    d.text = d.transcript ? composeTranscript(random, d.clauses) : composeSummary(random, d.clauses);
    if (d.mayBeTraditional && chance(random, o.traditionalShare)) {
      const convert = (toTraditional ??= Converter({ from: 'cn', to: 'tw' }));
      d.text = convert(d.text);
    } else {
      d.mayBeTraditional = false;
    }
  }

  // Ids follow acceptance time, as in a real export.
  const startMs = Date.parse(`${o.start}T00:00:00Z`);
  const order = all.map((d, i) => ({ d, i })).sort((a, b) => a.d.day - b.d.day || a.d.second - b.d.second || a.i - b.i);
  const rows: ExportRow[] = order.map(({ d }, seq) => {
    const local = new Date(startMs + d.day * DAY_MS + d.second * 1000);
    d.id = `GD${dateDigits(local)}${String(seq + 1).padStart(6, '0')}`;
    return {
      工单编号: d.id,
      受理时间: formatExportTime(local),
      客户号码: d.customer,
      地市: d.region,
      受理渠道: d.transcript ? '10010热线' : (CHANNELS[weightedIndex(random, CHANNEL_WEIGHTS)] ?? '10010热线'),
      投诉类型: d.category,
      投诉内容: d.text,
    };
  });

  const dayOf = (d: Draft): string => isoDate(new Date(startMs + d.day * DAY_MS));
  const riskEntry = (r: (typeof risks)[number]): PlantedRisk => ({
    ticketId: r.draft.id,
    category: r.category,
    phrase: r.phrase,
    day: dayOf(r.draft),
    region: r.draft.region,
  });
  const byTime = (ds: Draft[]): Draft[] => [...ds].sort((a, b) => a.id.localeCompare(b.id));
  const truth: GroundTruth = {
    seed: o.seed,
    n: o.n,
    start: o.start,
    days: o.days,
    timeZone: o.timeZone,
    bursts: bursts.map((b, i) => ({
      id: `burst-${i + 1}`,
      day: isoDate(new Date(startMs + b.day * DAY_MS)),
      dayIndex: b.day + 1,
      region: b.where,
      phrase: b.plan.phrase,
      ticketIds: byTime(b.drafts).map((d) => d.id),
      customers: new Set(b.drafts.map((d) => d.customer)).size,
      baselineTicketIds: byTime(b.baseline).map((d) => d.id),
    })),
    recurring: [
      {
        id: 'recurring-1',
        region: recurringWhere,
        phrase: RECURRING_PLAN.phrase,
        ticketIds: byTime(recurring).map((d) => d.id),
        days: [...new Set(byTime(recurring).map(dayOf))],
      },
    ],
    repeats: repeats.map((r, i) => ({
      id: `repeat-${i + 1}`,
      customer: r.customer,
      region: r.where,
      problem: r.problem.key,
      phrase: r.phrase,
      ticketIds: byTime(r.drafts).map((d) => d.id),
      days: byTime(r.drafts).map(dayOf),
    })),
    highRisk: risks.filter((r) => !r.negated).map(riskEntry),
    negatedRisk: risks.filter((r) => r.negated).map(riskEntry),
    pii: byTime(all.filter((d) => d.pii.length > 0)).map((d) => ({ ticketId: d.id, kinds: d.pii })),
    traditionalTicketIds: byTime(all.filter((d) => d.mayBeTraditional)).map((d) => d.id),
    transcriptTicketIds: byTime(all.filter((d) => d.transcript)).map((d) => d.id),
  };
  return { rows, truth };
}

function pickProblem(random: Random): Problem {
  return PROBLEMS[weightedIndex(random, PROBLEMS.map((p) => p.weight))] ?? pick(random, PROBLEMS);
}

function pickPlace(random: Random, region: string): string {
  const places = (PLACES[region] ?? GENERIC_PLACES).filter((p) => !RESERVED_PLACES.has(p));
  return pick(random, places.length > 0 ? places : GENERIC_PLACES);
}

/** Second of the local day: mostly office and evening hours, a few at night. */
function daySecond(random: Random): number {
  const hour = chance(random, 0.06) ? pick(random, [0, 1, 6, 7, 22, 23]) : intBetween(random, 8, 21);
  return hour * 3600 + random.int(3600);
}

/** Weekends bring fewer tickets. */
function dayWeight(o: ResolvedGenerateOptions, day: number): number {
  const weekday = new Date(Date.parse(`${o.start}T00:00:00Z`) + day * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6 ? 0.8 : 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026/11/03 09:15:22` from a Date holding local wall time in its UTC fields. */
function formatExportTime(local: Date): string {
  return `${local.getUTCFullYear()}/${pad(local.getUTCMonth() + 1)}/${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

function isoDate(local: Date): string {
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

function dateDigits(local: Date): string {
  return isoDate(local).replaceAll('-', '');
}
