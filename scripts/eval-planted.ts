/**
 * Scores a full analyze run on a generated export against its planted ground truth.
 *   npx tsx scripts/eval-planted.ts [--n 3000] [--seed 20261101] [--days 14]
 * Prints one JSON object (bursts found, false bursts, repeats, high-risk with evidence, negated, recurring).
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { generateExport } from '../src/generate/generate-export.js';
import { scorePlantedEvents } from '../src/generate/score-planted-events.js';
import { loadModels } from '../src/models/load-models.js';
import { generatedTickets } from '../tests/helpers/generated-tickets.js';

/** Runs the planted-truth evaluation on command-line style arguments (`--n`, `--seed`, `--days`, `--verbose`). */
export async function evalPlanted(args: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({ args, options: { n: { type: 'string' }, seed: { type: 'string' }, days: { type: 'string' }, verbose: { type: 'boolean' } } });
  const generated = generateExport({ n: Number(values.n ?? 3000), seed: Number(values.seed ?? 20261101), days: Number(values.days ?? 14) });
  const started = Date.now();
  const result = await analyze(generatedTickets(generated), {}, { models: await loadModels() });
  const texts = new Map(result.corpus.tickets.map((t) => [t.id, t.text]));
  const score = scorePlantedEvents(result.report, generated.truth, (id) => texts.get(id));
  const summary = {
    tickets: result.report.input.accepted,
    seconds: (Date.now() - started) / 1000,
    warnings: result.report.warnings.length,
    freshWarnings: result.report.warnings.filter((w) => w.status !== 'continuing').length,
    ...score,
  };
  console.log(JSON.stringify(values.verbose ? summary : { ...summary, recurring: { ...score.recurring, detail: undefined } }, null, 1));
}

if (process.argv[1]?.endsWith('eval-planted.ts')) await evalPlanted();
