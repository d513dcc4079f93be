import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * What the chosen dependencies alone cost on an export (`tsx bench/peers/dependency-floor.ts EXPORT.csv [COLUMN]`):
 * importing csv-parse and @node-rs/jieba, reading and decoding the file, parsing it with csv-parse, and cutting the
 * text column with @node-rs/jieba in two worker threads (each loads the dictionary, as the library's text workers do).
 * No normalization, PII masking, term counting, clustering, warnings or report: the least any route built on these
 * dependencies spends. Prints one JSON line: each step's wall milliseconds, the process CPU seconds of all threads,
 * and `twoCoreBoundSeconds` = CPU seconds / 2, the shortest wall time any arrangement of that work can take on two
 * cores. `bench/peers/run-peers.ts` runs it on the same export as the Python route and the library.
 */
const [file, column = '投诉内容'] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/peers/dependency-floor.ts EXPORT.csv [COLUMN]: expected an export path, got none');

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { parse } = await import('csv-parse/sync');
await import('@node-rs/jieba');
const tImport = performance.now();
const content = readFileSync(file).toString('utf8');
const tRead = performance.now();
const rows = parse(content, { bom: true }) as string[][];
const index = rows[0]?.indexOf(column) ?? -1;
if (index < 0) throw new Error(`dependency-floor: expected a column "${column}" in ${file}, got ${JSON.stringify(rows[0])}`);
const texts = rows.slice(1).map((row) => row[index] ?? '');
const tParse = performance.now();
const half = Math.ceil(texts.length / 2);
const tokens = await Promise.all([cutInWorker(texts.slice(0, half)), cutInWorker(texts.slice(half))]);
const tCut = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  JSON.stringify({
    route: 'csv-parse + @node-rs/jieba only',
    tickets: texts.length,
    tokens: tokens[0]! + tokens[1]!,
    ms: { import: Math.round(tImport - t0), readDecode: Math.round(tRead - tImport), csvParse: Math.round(tParse - tRead), cutTwoWorkers: Math.round(tCut - tParse) },
    seconds: +((tCut - t0) / 1000).toFixed(2),
    cpuSeconds: +cpuSeconds.toFixed(2),
    twoCoreBoundSeconds: +(cpuSeconds / 2).toFixed(2),
  }),
);

/** Cuts texts in a fresh worker thread with jieba's default dictionary; resolves with the token count. */
function cutInWorker(part: string[]): Promise<number> {
  const jieba = createRequire(import.meta.url).resolve('@node-rs/jieba');
  const dict = createRequire(import.meta.url).resolve('@node-rs/jieba/dict');
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { Jieba } = require(${JSON.stringify(jieba)});
    const { dict } = require(${JSON.stringify(dict)});
    const cutter = Jieba.withDict(dict);
    let n = 0;
    for (const text of workerData) n += cutter.cut(text, true).length;
    parentPort.postMessage(n);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: part });
    worker.once('message', (n: number) => {
      resolve(n);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
