import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import * as api from '../src/index.js';
import * as stages from '../src/stages.js';
import * as testing from '../src/testing.js';
import { corpusFromTokens } from './helpers/corpus.js';

const sample = fileURLToPath(new URL('../examples/sample-export.csv', import.meta.url));

/**
 * Every exported function that takes options, called with one wrong option: it must throw (or reject with) a
 * ConfigError naming the key, never zod's own error. `bad` is the wrong options; `key` the key the error names.
 */
type Call = (bad: never) => unknown;
interface Case {
  call: Call;
  bad: unknown;
  key: string;
}

let models: api.Models;
let cases: Record<string, Case>;

beforeAll(async () => {
  models = await api.loadModels();
  const corpus = corpusFromTokens([
    { tokens: ['宽带', '掉线', '投诉'], customerHash: 'c1', region: '济宁' },
    { tokens: ['宽带', '掉线'], customerHash: 'c2', region: '济宁' },
    { tokens: ['话费', '乱', '扣费'], customerHash: 'c3', region: '潍坊' },
  ]);
  const periodIds = corpus.tickets.map(() => '2026-11-21');
  const context = { corpus, periodIds, period: '2026-11-21', kind: 'day' as const, routing: models.routing };
  const matcher = stages.createRiskMatcher(models.risk);
  const detail = stages.countTermsByPeriod(corpus, periodIds)[0]!;
  const matrix = stages.buildTfidf(corpus, { minDf: 1, maxDfRatio: 1 });
  const fields = { id: 'id', text: ['text'], title: null, time: null, customer: null, region: null, channel: null } as unknown as api.FieldMap;
  const run = (bad: never) => api.runAnalysis(typeof bad === 'object' ? { files: [sample], ...(bad as object) } : bad);
  cases = {
    // The root
    analyze: { call: (bad) => api.analyze([], bad, { models }), bad: { period: 'year' }, key: 'period' },
    runAnalysis: { call: run, bad: { period: 'year' }, key: 'period' },
    'runAnalysis (files)': { call: (bad) => api.runAnalysis(bad), bad: { files: 'a.csv' }, key: 'files' },
    'runAnalysis (nested options)': { call: run, bad: { options: { top: 0 } }, key: 'top' },
    createClassifier: { call: (bad) => api.createClassifier({ models, options: bad }), bad: { segmenter: 'hmm' }, key: 'segmenter' },
    'createClassifier (state)': {
      call: (bad) => api.createClassifier({ state: api.createMemoryHistoryStore(), options: bad }),
      bad: { top: 0 },
      key: 'top',
    },
    runReport: {
      call: (bad) => api.runReport(typeof bad === 'object' ? { state: api.createMemoryHistoryStore(), period: 'week', ...(bad as object) } : bad),
      bad: { top: 0 },
      key: 'top',
    },
    'runReport (period)': { call: (bad) => api.runReport({ state: api.createMemoryHistoryStore(), ...(bad as object) } as never), bad: { period: 'day' }, key: 'period' },
    readExports: { call: (bad) => api.readExports([sample], bad), bad: { encoding: 'latin9' }, key: 'read.encoding' },
    streamExports: { call: (bad) => api.streamExports([sample], bad), bad: { maxTextLength: 'long' }, key: 'read.maxTextLength' },
    loadModels: { call: (bad) => api.loadModels(bad), bad: { files: { dictionary: 'my-dict.txt' } }, key: 'models.files.dictionary' },
    resolveAnalyzeOptions: { call: (bad) => api.resolveAnalyzeOptions(bad), bad: { rising: { window: 'seven' } }, key: 'rising.window' },
    // complaint-hotspots/stages
    parseCsv: { call: (bad) => stages.parseCsv('a,b\n1,2\n', bad), bad: { delimiter: ':' }, key: 'read.delimiter' },
    readCsv: { call: (bad) => stages.readCsv(sample, bad), bad: { encoding: 'latin1' }, key: 'read.encoding' },
    readJsonl: { call: (bad) => stages.readJsonl(sample, bad), bad: { sampleRows: 0 }, key: 'read.sampleRows' },
    readXlsx: { call: (bad) => stages.readXlsx(sample, bad), bad: { sheet: '' }, key: 'read.sheet' },
    prepareTexts: { call: (bad) => stages.prepareTexts([], { models, options: bad }), bad: { period: 'year' }, key: 'period' },
    rowsToTickets: { call: (bad) => stages.rowsToTickets([], fields, bad), bad: { defaultTime: 'now' }, key: 'read.defaultTime' },
    normalizeTickets: { call: (bad) => stages.normalizeTickets([], bad, models.text, new api.Messages()), bad: { salt: 5 }, key: 'normalize.salt' },
    normalizeText: { call: (bad) => stages.normalizeText('寬帶', bad), bad: { traditionalToSimplified: 'yes' }, key: 'normalize.traditionalToSimplified' },
    createSegmenter: { call: (bad) => stages.createSegmenter(bad, ''), bad: 'jieba-rs', key: 'segmenter' },
    findPhrases: { call: (bad) => stages.findPhrases(corpus, bad), bad: { maxPhrases: 'all' }, key: 'terms.maxPhrases' },
    rankHotTerms: { call: (bad) => stages.rankHotTerms(corpus, [], bad), bad: { hotTermsTop: -1 }, key: 'terms.hotTermsTop' },
    countTermsByPeriod: { call: (bad) => stages.countTermsByPeriod(corpus, periodIds, [], bad), bad: { phraseMaxGap: '2' }, key: 'terms.phraseMaxGap' },
    detectRisingTerms: { call: (bad) => stages.detectRisingTerms(detail, [], bad), bad: { window: 0 }, key: 'rising.window' },
    detectRegionBursts: { call: (bad) => stages.detectRegionBursts(detail, [], bad), bad: { alpha: 2 }, key: 'rising.alpha' },
    warnBursts: { call: (bad) => stages.warnBursts([], context, bad), bad: { redRatio: 0 }, key: 'bursts.redRatio' },
    countRegionTickets: { call: (bad) => stages.countRegionTickets(corpus, '2026-11-21', bad), bad: { ticketIndexes: 5 }, key: 'regions.ticketIndexes' },
    buildTfidf: { call: (bad) => stages.buildTfidf(corpus, bad), bad: { minDf: 'two' }, key: 'tfidf.minDf' },
    clusterTopics: { call: (bad) => stages.clusterTopics(corpus, bad), bad: { k: 2.5 }, key: 'cluster.topics.k' },
    findIssues: { call: (bad) => stages.findIssues(corpus, bad), bad: { matchSimilarity: 2 }, key: 'cluster.issues.matchSimilarity' },
    labelClusters: { call: (bad) => stages.labelClusters(corpus, new Int32Array(3), 1, matrix, bad), bad: { terms: 0 }, key: 'labels.terms' },
    sphericalKmeans: { call: (bad) => stages.sphericalKmeans(matrix, 2, bad), bad: { restarts: 'many' }, key: 'kmeans.restarts' },
    createRiskMatcher: { call: (bad) => stages.createRiskMatcher(models.risk, bad), bad: { negationCues: '没有' }, key: 'warnings.risk.negationCues' },
    detectRisk: { call: (bad) => stages.detectRisk('再不解决就投诉到工信部', matcher, bad), bad: { negationWindow: -1 }, key: 'warnings.risk.negationWindow' },
    routeWarning: { call: (bad) => stages.routeWarning({ kind: 'top', title: '宽带掉线' }, models.routing, bad), bad: { terms: '宽带' }, key: 'route.terms' },
    suppressWarnings: { call: (bad) => stages.suppressWarnings([], [], '2026-11-21', bad), bad: { topN: 'ten' }, key: 'warnings.topN' },
    warnHighRisk: { call: (bad) => stages.warnHighRisk(context, matcher, bad), bad: { topN: 0 }, key: 'warnings.topN' },
    warnMassFault: { call: (bad) => stages.warnMassFault([], context, bad), bad: { topMinTickets: -3 }, key: 'warnings.topMinTickets' },
    warnRepeats: { call: (bad) => stages.warnRepeats([], context, {}, bad), bad: { repeatWindowDays: 'week' }, key: 'warnings.repeatWindowDays' },
    warnTopIssues: { call: (bad) => stages.warnTopIssues([], context, [], bad), bad: { topGrowthFactor: '2x' }, key: 'warnings.topGrowthFactor' },
    // complaint-hotspots/testing
    generateExport: { call: (bad) => testing.generateExport(bad), bad: { n: 'many' }, key: 'generate.n' },
  };
});


/** Exports that take no options at all (data, paths, models, or nothing). */
const NO_OPTIONS = [
  // root
  'configJsonSchema', 'reportJsonSchema', 'createMemoryHistoryStore', 'openDuckdbHistoryStore', 'writeReport',
  // stages (the run's steps after the first take the step before them)
  'countTerms', 'detectRising', 'findTopics', 'findRecurringIssues', 'raiseWarnings', 'buildReport', 'historyUpdate', 'redactedConfig', 'createVocabulary', 'periodBounds', 'periodId', 'periodIdsOf', 'previousPeriodId', 'parseModels', 'detectFields',
  'parseFieldsOption', 'parseJsonl', 'parseTime', 'detectLang', 'hashCustomerId', 'maskPii', 'splitTurns', 'toSimplified',
  'createNodeRsSegmenter', 'createNodejiebaSegmenter', 'extractNounPhrases', 'segmentTickets', 'tokenizeEnglish', 'parseTextModels',
  'countTermTickets', 'reconcileOverlappingExports', 'estimateOverlap', 'sketchKeys', 'buildClassifierModel',
  'classifyTerms', 'computeHeat', 'parseRiskLexicon', 'parseRoutingTable', 'simhash64', 'renderHtml', 'barChartSvg', 'lineChartSvg',
  'renderMarkdown', 'renderWarningsCsv',
  // testing
  'writeGeneratedExport', 'scorePlantedEvents', 'adjustedRandIndex', 'normalizedMutualInformation',
];

async function thrown(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a wrong option to any exported function', () => {
  it('every exported function is classified: takes checked options or takes none', () => {
    const functions = [api, stages, testing].flatMap((entry) =>
      Object.entries(entry)
        .filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name))
        .map(([name]) => name),
    );
    const classified = new Set([...Object.keys(cases).map((name) => name.split(' ')[0]!), ...NO_OPTIONS]);
    expect(functions.filter((name) => !classified.has(name))).toEqual([]);
  });

  it('throws a ConfigError naming the key, never a ZodError', async () => {
    const problems: string[] = [];
    for (const [name, c] of Object.entries(cases)) {
      const error = await thrown(() => c.call(c.bad as never));
      if (error instanceof ZodError) problems.push(`${name}: ZodError`);
      else if (!(error instanceof api.ConfigError)) problems.push(`${name}: ${error === undefined ? 'nothing thrown' : String(error)}`);
      else if (error.key !== c.key) problems.push(`${name}: key ${error.key}, expected ${c.key}`);
      else if (!/^[^:]+: expected .+, got .+/.test(error.message)) {
        problems.push(`${name}: message "${error.message}" does not say what was expected and what came`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('throws a ConfigError when the options are not an object at all', async () => {
    const problems: string[] = [];
    for (const [name, c] of Object.entries(cases)) {
      if (typeof c.bad !== 'object' || name.includes('(')) continue;
      // 42 in place of the options object (for runAnalysis, the whole argument).
      const error = await thrown(() => c.call(42 as never));
      if (!(error instanceof api.ConfigError)) problems.push(`${name}: ${String(error)}`);
    }
    expect(problems).toEqual([]);
  });
});
