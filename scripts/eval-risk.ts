/**
 * Prints precision and recall of the risk matcher per category and overall on the labelled sentences of
 * tests/warnings/risk-sentences.tsv. Run: `npx tsx scripts/eval-risk.ts [--errors]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRiskMatcher } from '../src/warnings/create-risk-matcher.js';
import { evaluateRisk, parseLabelledRiskSentences } from '../src/warnings/evaluate-risk.js';
import { parseRiskLexicon } from '../src/warnings/parse-risk-lexicon.js';

/** Prints the risk matcher's precision and recall; `--errors` in `args` also lists every mismatch. */
export function evalRisk(args: string[] = process.argv.slice(2)): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const lexiconFile = `${root}models/risk-lexicon.tsv`;
  const sentencesFile = `${root}tests/warnings/risk-sentences.tsv`;
  const matcher = createRiskMatcher(parseRiskLexicon(readFileSync(lexiconFile, 'utf8'), lexiconFile));
  const rows = parseLabelledRiskSentences(readFileSync(sentencesFile, 'utf8'));
  const result = evaluateRisk(rows, matcher);
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`${rows.length} sentences, ${rows.filter((r) => r.expected.length === 0).length} without risk`);
  console.log('category      TP  FP  FN  precision  recall');
  for (const s of [...result.perCategory, result.overall]) {
    console.log(
      `${s.category.padEnd(12)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`,
    );
  }
  console.log(`negated sentences flagged: ${result.flaggedNegations.length}`);
  if (args.includes('--errors')) {
    for (const e of result.errors) console.log(`  expected [${e.expected.join(',')}] got [${e.got.join(',')}]  ${e.sentence}`);
  }
}

if (process.argv[1]?.endsWith('eval-risk.ts')) evalRisk();
