import { countTermTickets, countTermsByPeriod, findPhrases, rankHotTerms } from '../src/terms/index.js';
import { periodId } from '../src/core/periods.js';
import { BENCH_N, benchCorpus, benchTextBytes } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// Terms stage on the segmented corpus.
const corpus = benchCorpus();
const bytes = benchTextBytes();
const phrases = findPhrases(corpus);
const periods = corpus.tickets.map((t) => periodId(t.time, 'day', 'Asia/Shanghai'));

await runBenchCases(`terms (${BENCH_N} tickets, ${corpus.vocab.terms.length} terms, ${phrases.length} phrases)`, [
  { name: 'countTermTickets', run: () => countTermTickets(corpus), tickets: BENCH_N, bytes },
  { name: 'findPhrases', run: () => findPhrases(corpus), tickets: BENCH_N, bytes },
  { name: 'rankHotTerms', run: () => rankHotTerms(corpus, phrases), tickets: BENCH_N, bytes },
  { name: 'countTermsByPeriod (day)', run: () => countTermsByPeriod(corpus, periods, phrases), tickets: BENCH_N, bytes },
]);
