import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskPii } from '../src/normalize/mask-pii.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { parseCsv } from '../src/read/parse-csv.js';
import { createNodeRsSegmenter } from '../src/segment/create-node-rs-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole } from '../src/segment/discover-new-words.js';
import { discoverWordsOptionsSchema } from '../src/segment/discover-words-options.js';
import { discoverWords } from '../src/segment/discover-words.js';
import { BENCH_N, benchModels, benchNormalized } from './bench-data.js';
import { runBenchCases, type BenchCase } from './bench-report.js';

// Word discovery on what a run gives it: the first 20-30k normalized tickets. The generated export, and the real
// public datasets beside the project when present (read by path, never copied): 20k online-shopping reviews,
// the 6,507 heimao finance complaints.
const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const REAL: Array<{ name: string; file: string; column: string; rows: number }> = [
  { name: 'online_shopping 20k reviews', file: 'online_shopping_10_cats/online_shopping_10_cats.csv', column: 'review', rows: 20_000 },
  { name: 'heimao 6.5k complaints', file: 'heimao_finance_complaints/heimao_finance_complaints.csv', column: 'text', rows: 20_000 },
];

const bytes = (texts: readonly string[]): number => texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
const sets: Array<{ name: string; texts: string[] }> = [
  { name: `generated ${BENCH_N}`, texts: benchNormalized().map((t) => t.text) },
];
for (const set of REAL) {
  const path = `${DATA}${set.file}`;
  if (!existsSync(path)) {
    console.log(`${set.name} skipped: ${path} not found`);
    continue;
  }
  const rows = parseCsv(readFileSync(path, 'utf8')).rows.slice(0, set.rows);
  sets.push({ name: set.name, texts: rows.map((r) => maskPii(normalizeText(r.values[set.column] ?? '').text)) });
}

const models = benchModels();
const known = segmenterKeepsWhole(createNodeRsSegmenter(models.userDict));
known('预热');
const defaults = discoverWordsOptionsSchema.parse({});
/** The texts the default options read: the first sampleSize, until sampleChars characters are held. */
function defaultSample(texts: readonly string[]): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const t of texts.slice(0, defaults.sampleSize)) {
    if (chars >= defaults.sampleChars) break;
    out.push(t);
    chars += t.length + 1;
  }
  return out;
}
const cases: BenchCase[] = [];
for (const set of sets) {
  const all = set.texts.slice(0, 30_000);
  const sample = defaultSample(set.texts);
  cases.push({ name: `discoverWords, ${set.name}, whole (${all.length} texts)`, run: () => discoverWords(all, { sampleChars: 1e9 }), tickets: all.length, bytes: bytes(all) });
  cases.push({ name: `discoverWords, ${set.name}, default sample (${sample.length} texts)`, run: () => discoverWords(set.texts), tickets: sample.length, bytes: bytes(sample) });
  cases.push({
    name: `discoverNewWords + node-rs known check, ${set.name}, default sample`,
    run: () => discoverNewWords(set.texts, { text: models }, {}, known),
    tickets: sample.length,
    bytes: bytes(sample),
  });
}
await runBenchCases('discover words', cases, { time: 2000 });
