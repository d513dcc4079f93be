/**
 * Risk matcher quality:
 *  1. precision and recall per category on the written telecom sentences of tests/warnings/risk-sentences.tsv;
 *  2. precision and recall per category and per dataset on the labelled real tickets of tests/fixtures/risk-labels.tsv
 *     (texts read from ../shared/data by path, each dataset through its domain profile), and the share of every
 *     dataset's tickets that would raise a high-risk warning.
 * Run: `npm run eval -- --risk [--errors] [--profile NAME] [--no-classifier]` (`--profile` runs every dataset through one
 * profile; `--no-classifier` measures a lexicon alone where its profile ships a sentence classifier).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Messages } from '../src/core/messages.js';
import { loadModels } from '../src/models/load-models.js';
import { normalizeTickets } from '../src/normalize/normalize-tickets.js';
import { readExports } from '../src/read/read-exports.js';
import { createSegmenter } from '../src/segment/create-segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../src/warnings/detect-risk.js';
import { evaluateRisk, evaluateRiskLabels, parseLabelledRiskSentences, parseRiskLabels, type RiskScore } from '../src/warnings/evaluate-risk.js';

/** The labelled datasets: file under ../shared/data and the profile a team in that domain would run. */
export const RISK_DATASETS: Record<string, { file: string; profile: string }> = {
  cfpb: { file: 'cfpb_complaints_sample/complaints_sample.csv', profile: 'finance' },
  heimao: { file: 'heimao_finance_complaints/heimao_finance_complaints.csv', profile: 'finance' },
  hotel: { file: 'ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv', profile: 'retail' },
  waimai: { file: 'waimai_10k/waimai_10k.csv', profile: 'retail' },
  'chezhiwang-2020-06': { file: 'chezhiwang_car_complaints/David-YYJ+DataEngine/car_complain.csv', profile: 'retail' },
  'chezhiwang-2020-08': { file: 'chezhiwang_car_complaints/wo580+BI-/car_complain.csv', profile: 'retail' },
  'chezhiwang-2021-01': { file: 'chezhiwang_car_complaints/sodagreen-qf+hack_exercise1/car_complain.csv', profile: 'retail' },
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the shared real datasets live (beside the project). */
export const SHARED_DATA_DIR = join(ROOT, '..', 'shared', 'data');

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (s: RiskScore, n?: number): string =>
  `${s.category.padEnd(20)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}${n === undefined ? '' : `  ${String(n).padStart(5)}`}`;

/** Set by `--no-classifier`: matchers are built without the profile's sentence classifier. */
let noClassifier = false;

/** A matcher per profile, built as analyze builds it (the profile's lexicon and classifier, the shipped segmenter dictionary). */
async function profileMatcher(profile: string): Promise<{ matcher: RiskMatcher; models: Awaited<ReturnType<typeof loadModels>> }> {
  const models = await loadModels({ profile });
  return { matcher: createRiskMatcher(models.risk, {}, createSegmenter('node-rs', models.text.userDict), noClassifier ? undefined : models.riskClassifier), models };
}

/** Normalized texts of one dataset by ticket id, as the pipeline sees them. */
export async function datasetTexts(name: string, dir = SHARED_DATA_DIR): Promise<Map<string, string>> {
  const spec = RISK_DATASETS[name];
  if (!spec) throw new Error(`risk labels: unknown dataset "${name}" (expected one of ${Object.keys(RISK_DATASETS).join(', ')})`);
  const models = await loadModels();
  const read = await readExports([join(dir, spec.file)]);
  const tickets = normalizeTickets(read.tickets, {}, models.text, new Messages());
  return new Map(tickets.map((t) => [t.id, t.text]));
}

const flaggedCategories = (text: string, matcher: RiskMatcher): string[] => [
  ...new Set(detectRisk(text, matcher).filter((m) => !m.negated).map((m) => m.category)),
];

/** Prints the sentence evaluation, then (when ../shared/data exists) the real-data evaluation. */
export async function evalRisk(args: string[] = process.argv.slice(2)): Promise<void> {
  const showErrors = args.includes('--errors');
  noClassifier = args.includes('--no-classifier');
  const at = args.indexOf('--profile');
  const forced = at >= 0 ? args[at + 1] : undefined;

  // --sentences FILE measures a batch written apart from the lexicon (before any tuning on it) instead of the shipped one.
  const sentencesAt = args.indexOf('--sentences');
  const sentencesFile = sentencesAt >= 0 ? args[sentencesAt + 1]! : join(ROOT, 'tests/warnings/risk-sentences.tsv');
  const telecom = await profileMatcher('telecom');
  const rows = parseLabelledRiskSentences(readFileSync(sentencesFile, 'utf8'));
  const result = evaluateRisk(rows, telecom.matcher);
  console.log(`written telecom sentences (${sentencesFile}, telecom profile): ${rows.length}, ${rows.filter((r) => r.expected.length === 0).length} without risk`);
  console.log('category               TP   FP   FN  precision  recall');
  for (const s of [...result.perCategory, result.overall]) console.log(line(s));
  console.log(`negated sentences flagged: ${result.flaggedNegations.length}`);
  if (showErrors) for (const e of result.errors) console.log(`  expected [${e.expected.join(',')}] got [${e.got.join(',')}]  ${e.sentence}`);

  if (!existsSync(SHARED_DATA_DIR)) {
    console.log(`\n${SHARED_DATA_DIR} not found: real-data evaluation skipped`);
    return;
  }
  const labels = parseRiskLabels(readFileSync(join(ROOT, 'tests/fixtures/risk-labels.tsv'), 'utf8'));
  const matchers = new Map<string, RiskMatcher>([['telecom', telecom.matcher]]);
  const texts = new Map<string, Map<string, string>>();
  const shares: string[] = [];
  for (const name of Object.keys(RISK_DATASETS)) {
    const profile = forced ?? RISK_DATASETS[name]!.profile;
    if (!matchers.has(profile)) matchers.set(profile, (await profileMatcher(profile)).matcher);
    const byId = await datasetTexts(name);
    texts.set(name, byId);
    const matcher = matchers.get(profile)!;
    let flagged = 0;
    for (const text of byId.values()) if (flaggedCategories(text, matcher).length > 0) flagged++;
    shares.push(`${name.padEnd(20)} ${profile.padEnd(10)} ${String(flagged).padStart(5)} / ${String(byId.size).padStart(5)}  ${pct(flagged / Math.max(1, byId.size)).padStart(6)}`);
  }
  const evaluation = evaluateRiskLabels(labels, (row) => {
    const text = texts.get(row.dataset)?.get(row.id);
    if (text === undefined) return undefined;
    return flaggedCategories(text, matchers.get(forced ?? RISK_DATASETS[row.dataset]!.profile)!);
  });
  console.log(`\nlabelled real tickets (tests/fixtures/risk-labels.tsv): ${labels.length}, ${labels.filter((l) => l.expected.length === 0).length} without risk; profiles: ${forced ?? 'per dataset'}`);
  console.log('category               TP   FP   FN  precision  recall  labelled');
  for (const s of evaluation.perCategory) console.log(line(s, evaluation.positives.get(s.category) ?? 0));
  console.log(line(evaluation.overall));
  console.log('\ndataset                TP   FP   FN  precision  recall');
  for (const s of evaluation.perDataset) console.log(line(s));
  console.log('\nshare of all tickets flagged\ndataset              profile    flagged / tickets');
  for (const s of shares) console.log(s);
  if (evaluation.missing.length > 0) console.log(`\n${evaluation.missing.length} labels without a ticket: ${evaluation.missing.slice(0, 5).map((m) => `${m.dataset}:${m.id}`).join(', ')}`);
  if (showErrors) {
    console.log('\nmistakes (dataset id expected got reason):');
    for (const e of evaluation.errors) console.log(`  ${e.dataset} ${e.id} [${e.expected.join(',')}] got [${e.got.join(',')}]  ${e.reason}`);
  }
}

if (process.argv[1]?.endsWith('eval-risk.ts')) await evalRisk();
