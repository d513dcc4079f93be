import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { detectFields } from '../src/read/detect-fields.js';
import { parseCsv } from '../src/read/parse-csv.js';
import { readCsv } from '../src/read/read-csv.js';
import { readExports } from '../src/read/read-exports.js';
import { rowsToTickets } from '../src/read/rows-to-tickets.js';
import { BENCH_N, benchCsv, benchTextBytes } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// Read stage: CSV text → raw rows → tickets in memory, then the file readers on the same export written as UTF-8
// and as GBK. MB/s: ticket text bytes for the in-memory cases (as every bench here), file bytes for the file cases.
const csv = benchCsv();
const bytes = benchTextBytes();
const table = parseCsv(csv);
const map = detectFields(table.headers, table.rows.slice(0, 200).map((r) => r.values));

const dir = mkdtempSync(join(tmpdir(), 'hotspots-read-bench-'));
const utf8Bytes = Buffer.from(csv, 'utf8');
const gbkBytes = iconv.encode(csv, 'gb18030');
const utf8File = join(dir, 'export-utf8.csv');
const gbkFile = join(dir, 'export-gbk.csv');
writeFileSync(utf8File, utf8Bytes);
writeFileSync(gbkFile, gbkBytes);

async function drain(path: string): Promise<number> {
  let n = 0;
  for await (const _row of (await readCsv(path)).rows) n++;
  return n;
}

try {
  await runBenchCases(`read (${BENCH_N} tickets, ${(utf8Bytes.length / 1e6).toFixed(1)} MB UTF-8 / ${(gbkBytes.length / 1e6).toFixed(1)} MB GBK file)`, [
    { name: 'parseCsv', run: () => parseCsv(csv), tickets: BENCH_N, bytes },
    { name: 'rowsToTickets', run: () => rowsToTickets(table.rows, map), tickets: BENCH_N, bytes },
    { name: 'readCsv UTF-8 (file MB/s)', run: () => drain(utf8File), tickets: BENCH_N, bytes: utf8Bytes.length },
    { name: 'readCsv GBK (file MB/s)', run: () => drain(gbkFile), tickets: BENCH_N, bytes: gbkBytes.length },
    { name: 'readExports UTF-8 (file MB/s)', run: () => readExports([utf8File]), tickets: BENCH_N, bytes: utf8Bytes.length },
    { name: 'readExports GBK (file MB/s)', run: () => readExports([gbkFile]), tickets: BENCH_N, bytes: gbkBytes.length },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
