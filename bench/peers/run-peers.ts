import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { generateExport, writeGeneratedExport } from '../../src/generate/index.js';
import { formatCsv } from '../../src/report/format-csv.js';

/**
 * Peer comparison (`tsx bench/peers/run-peers.ts [N] [--reviews]`, default 100,000): writes N tickets to a temp
 * CSV, runs the Python route (jieba + scikit-learn TF-IDF + MiniBatchKMeans, k=50) and, once it exists,
 * `bench/e2e.ts` on the same file; prints both JSON lines and the speed ratio. The tickets are generated telecom
 * complaints, or with `--reviews` real review text: the online_shopping, waimai and hotel reviews of
 * ../shared/data (read there, never copied into the project) cycled to N, a ticket every 12 seconds. Last it runs
 * `bench/peers/dependency-floor.ts` on the same file: csv-parse and @node-rs/jieba alone, against the time 10x the
 * Python route's throughput would allow.
 */
const reviews = process.argv.includes('--reviews');
const n = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const python = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'hotspots-peers-'));
try {
  const file = join(dir, `export-${n}.csv`);
  if (reviews) writeFileSync(file, reviewExport(n));
  else await writeGeneratedExport(file, generateExport({ n, seed: 42 }));
  console.log(`wrote ${n} ${reviews ? 'review' : 'generated'} tickets to ${file}`);
  let pythonSeconds: number | undefined;
  // Debian's python3-jieba and python3-sklearn load only under /usr/bin/python3.
  const probe = spawnSync(python, ['-c', 'import jieba, sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(`python route skipped: ${python} cannot import jieba and sklearn (apt-get install python3-jieba python3-sklearn)`);
  } else {
    const line = execFileSync(python, [join(root, 'bench/peers/python-route.py'), file, '投诉内容', '50'], { encoding: 'utf8' }).trim();
    console.log(line);
    pythonSeconds = (JSON.parse(line.split('\n').pop() ?? '{}') as { seconds?: number }).seconds;
  }
  const e2e = join(root, 'bench/e2e.ts');
  if (!existsSync(e2e)) {
    console.log('node route skipped: bench/e2e.ts does not exist yet');
  } else {
    const out = execFileSync(process.execPath, ['--import', 'tsx', e2e, '--file', file], { encoding: 'utf8', cwd: root }).trim();
    const line = out.split('\n').pop() ?? '{}';
    console.log(line);
    const nodeSeconds = (JSON.parse(line) as { seconds?: number }).seconds;
    if (pythonSeconds !== undefined && nodeSeconds !== undefined && nodeSeconds > 0) {
      console.log(`ratio: node route is ${(pythonSeconds / nodeSeconds).toFixed(1)}x the python route's throughput`);
    }
  }
  const floor = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/peers/dependency-floor.ts'), file], { encoding: 'utf8', cwd: root }).trim();
  console.log(floor);
  if (pythonSeconds !== undefined) {
    const bound = (JSON.parse(floor) as { twoCoreBoundSeconds: number }).twoCoreBoundSeconds;
    console.log(`10x the python route allows ${(pythonSeconds / 10).toFixed(2)} s; csv-parse + @node-rs/jieba alone need at least ${bound} s of it on two cores`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** N rows of 工单编号, 受理时间, 投诉内容 from the shared review datasets, cycled in a fixed order. */
function reviewExport(count: number): string {
  const data = join(root, '../shared/data');
  const files = ['online_shopping_10_cats/online_shopping_10_cats.csv', 'waimai_10k/waimai_10k.csv', 'ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv'];
  const texts = files.flatMap((f) => {
    const path = join(data, f);
    if (!existsSync(path)) throw new Error(`--reviews: expected ${path} (the shared datasets), it does not exist`);
    return (parse(readFileSync(path, 'utf8'), { columns: true, bom: true, relax_column_count: true }) as Array<Record<string, string>>)
      .map((r) => (r.review ?? '').replace(/^\uFEFF/, '').trim())
      .filter((t) => t !== '');
  });
  const start = Date.UTC(2026, 10, 1) - 8 * 3_600_000;
  const rows = Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 12_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    return [`R${String(i + 1).padStart(7, '0')}`, at, texts[i % texts.length] ?? ''];
  });
  return formatCsv(['工单编号', '受理时间', '投诉内容'], rows);
}
