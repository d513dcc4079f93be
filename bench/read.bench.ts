import { detectFields } from '../src/read/detect-fields.js';
import { parseCsv } from '../src/read/parse-csv.js';
import { rowsToTickets } from '../src/read/rows-to-tickets.js';
import { BENCH_N, benchCsv, benchTextBytes } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// Read stage: CSV text → raw rows → tickets (in memory, no file I/O).
const csv = benchCsv();
const bytes = benchTextBytes();
const table = parseCsv(csv);
const map = detectFields(table.headers, table.rows.slice(0, 200).map((r) => r.values));

await runBenchCases(`read (${BENCH_N} tickets)`, [
  { name: 'parseCsv', run: () => parseCsv(csv), tickets: BENCH_N, bytes },
  { name: 'rowsToTickets', run: () => rowsToTickets(table.rows, map), tickets: BENCH_N, bytes },
]);
