// Prints the words discoverWords finds on the real public datasets beside the project (read by path, never
// copied), to judge by eye whether they are names and terms rather than fragments:
//   npx tsx scripts/check-discover-words.ts [top=50] [dataset…]
// Each dataset's texts go through normalizeText + maskPii first, as in a run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModels } from '../src/models/load-models.js';
import { maskPii } from '../src/normalize/mask-pii.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { parseCsv } from '../src/read/parse-csv.js';
import { createNodeRsSegmenter } from '../src/segment/create-node-rs-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole } from '../src/segment/discover-new-words.js';

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const DATASETS: Record<string, { file: string; column: string; rows: number }> = {
  heimao: { file: 'heimao_finance_complaints/heimao_finance_complaints.csv', column: 'text', rows: 30_000 },
  shopping: { file: 'online_shopping_10_cats/online_shopping_10_cats.csv', column: 'review', rows: 20_000 },
  waimai: { file: 'waimai_10k/waimai_10k.csv', column: 'review', rows: 20_000 },
};

const top = Number(process.argv[2] ?? 50);
const names = process.argv.slice(3).length > 0 ? process.argv.slice(3) : Object.keys(DATASETS);
const models = await loadModels();
const known = segmenterKeepsWhole(createNodeRsSegmenter(models.text.userDict));
for (const name of names) {
  const set = DATASETS[name];
  if (!set) throw new Error(`unknown dataset ${name}: expected one of ${Object.keys(DATASETS).join(', ')}`);
  const table = parseCsv(readFileSync(join(DATA, set.file), 'utf8'));
  const texts = table.rows.slice(0, set.rows).map((r) => maskPii(normalizeText(r.values[set.column] ?? '').text));
  known('预热');
  const started = performance.now();
  const words = discoverNewWords(texts, models, {}, known);
  const ms = performance.now() - started;
  console.log(`\n${name}: ${texts.length} texts, ${words.length} words in ${ms.toFixed(0)} ms (with the known-word check)`);
  for (const [i, w] of words.slice(0, top).entries()) {
    const cut = createNodeRsSegmenter(models.text.userDict).cut(w.word).join('/');
    console.log(
      `${String(i + 1).padStart(3)} ${w.word.padEnd(8, '　')} ${w.kind.padEnd(6)} tickets ${String(w.tickets).padStart(4)}  cohesion ${w.cohesion.toFixed(0).padStart(6)}  entropy ${w.entropy.toFixed(2)}  score ${w.score.toFixed(0).padStart(6)}  jieba ${cut}${w.pinned ? '  (pinned)' : ''}`,
    );
  }
}
