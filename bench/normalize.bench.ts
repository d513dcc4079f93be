import { Messages } from '../src/core/messages.js';
import { boilerplatePattern, detectLang, maskPii, normalizeText, removeBoilerplate, splitTurns } from '../src/normalize/index.js';
import { normalizeTickets } from '../src/normalize/normalize-tickets.js';
import { BENCH_N, benchModels, benchTextBytes, benchTickets } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// Normalize stage, whole and step by step (each step on the output of the previous one).
const tickets = benchTickets();
const models = benchModels();
const bytes = benchTextBytes();
const raw = tickets.map((t) => t.text);
const folded = raw.map((t) => normalizeText(t).text);
const masked = folded.map(maskPii);
const agent = boilerplatePattern(models.boilerplate) ?? undefined;

await runBenchCases(`normalize (${BENCH_N} tickets)`, [
  { name: 'normalizeTickets', run: () => normalizeTickets(tickets, {}, models, new Messages()), tickets: BENCH_N, bytes },
  { name: 'normalizeText', run: () => raw.map((t) => normalizeText(t)), tickets: BENCH_N, bytes },
  { name: 'maskPii', run: () => folded.map(maskPii), tickets: BENCH_N, bytes },
  { name: 'splitTurns', run: () => masked.map((t) => splitTurns(t, agent)), tickets: BENCH_N, bytes },
  { name: 'removeBoilerplate', run: () => masked.map((t) => removeBoilerplate(t, models.boilerplate, models.fillers)), tickets: BENCH_N, bytes },
  { name: 'detectLang', run: () => masked.map(detectLang), tickets: BENCH_N, bytes },
]);
