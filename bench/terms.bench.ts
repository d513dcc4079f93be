import { countAdjacentPairs } from '../src/terms/count-adjacent-pairs.js';
import { countTermTickets, countTermsByPeriod, findPhrases, rankHotTerms } from '../src/terms/index.js';
import { periodId } from '../src/core/periods.js';
import { BENCH_N, benchCorpus, benchTextBytes } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// Terms stage on the segmented corpus.
const corpus = benchCorpus();
const bytes = benchTextBytes();
const phrases = findPhrases(corpus);
const periods = corpus.tickets.map((t) => periodId(t.time, 'day', 'Asia/Shanghai'));
const docsByPeriod = new Map<string, number[]>();
periods.forEach((p, i) => {
  const list = docsByPeriod.get(p);
  if (list) list.push(i);
  else docsByPeriod.set(p, [i]);
});

await runBenchCases(`terms (${BENCH_N} tickets, ${corpus.vocab.terms.length} terms, ${phrases.length} phrases)`, [
  { name: 'countTermTickets', run: () => countTermTickets(corpus), tickets: BENCH_N, bytes },
  { name: 'findPhrases', run: () => findPhrases(corpus), tickets: BENCH_N, bytes },
  { name: 'rankHotTerms', run: () => rankHotTerms(corpus, phrases), tickets: BENCH_N, bytes },
  { name: 'countTermsByPeriod (day)', run: () => countTermsByPeriod(corpus, periods, phrases), tickets: BENCH_N, bytes },
  // What analyze stores per period besides single terms: every adjacent pair held by 2+ tickets.
  { name: 'countAdjacentPairs (per day)', run: () => [...docsByPeriod.values()].map((docs) => countAdjacentPairs(corpus, docs, 4, 2)), tickets: BENCH_N, bytes },
]);
