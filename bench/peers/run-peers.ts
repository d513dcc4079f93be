import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { generateExport, writeGeneratedExport } from '../../src/generate/index.js';
import { formatCsv } from '../../src/report/format-csv.js';

/**
 * Peer comparison (`tsx bench/peers/run-peers.ts [N] [--generated | --reviews]`, default 100,000): writes N tickets
 * to a temp CSV, runs the Python route (jieba + scikit-learn TF-IDF + MiniBatchKMeans, k=50) and `bench/e2e.ts` on
 * the same file; prints both JSON lines and the speed ratio. By default the file is the reference export of issue 17,
 * `python3 ../shared/bench/make-review-export.py N FILE 3`: real review text (the shared online_shopping, waimai
 * and hotel reviews, read there, never copied into the project) over 30 days with repeat customers and regions.
 * `--generated` writes generated telecom complaints instead; `--reviews` the same reviews cycled to N in a fixed
 * order, a ticket every 12 seconds, without customers or regions (the comparison before the reference existed).
 * Last it runs `bench/peers/dependency-floor.ts` on the same file: csv-parse and @node-rs/jieba alone, against the
 * time 10x the Python route's throughput would allow.
 */
const reviews = process.argv.includes('--reviews');
const generated = process.argv.includes('--generated');
const reference = !reviews && !generated;
/** The reference export's builder, shared beside the project, and its columns. */
const REFERENCE_SCRIPT = join(process.env.SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url)), 'bench/make-review-export.py');
const REFERENCE_FIELDS = 'id=ticket_id,text=content,time=created_at,customer=customer_id,region=region';
const n = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const python = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'hotspots-peers-'));
try {
  const file = join(dir, `export-${n}.csv`);
  if (reference) {
    if (!existsSync(REFERENCE_SCRIPT)) throw new Error(`run-peers: expected the reference export's builder at ${REFERENCE_SCRIPT} (set SHARED), it does not exist`);
    execFileSync('python3', [REFERENCE_SCRIPT, String(n), file, '3'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else if (reviews) writeFileSync(file, reviewExport(n));
  else await writeGeneratedExport(file, generateExport({ n, seed: 42 }));
  const column = reference ? 'content' : '投诉内容';
  console.log(`wrote ${n} ${reference ? 'reference-export' : reviews ? 'review' : 'generated'} tickets to ${file}`);
  let pythonSeconds: number | undefined;
  // Debian's python3-jieba and python3-sklearn load only under /usr/bin/python3.
  const probe = spawnSync(python, ['-c', 'import jieba, sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(`python route skipped: ${python} cannot import jieba and sklearn (apt-get install python3-jieba python3-sklearn)`);
  } else {
    const line = execFileSync(python, [join(root, 'bench/peers/python-route.py'), file, column, '50'], { encoding: 'utf8' }).trim();
    console.log(line);
    pythonSeconds = (JSON.parse(line.split('\n').pop() ?? '{}') as { seconds?: number }).seconds;
  }
  const e2e = join(root, 'bench/e2e.ts');
  if (!existsSync(e2e)) {
    console.log('node route skipped: bench/e2e.ts does not exist yet');
  } else {
    const out = execFileSync(process.execPath, ['--import', 'tsx', e2e, '--file', file, ...(reference ? ['--fields', REFERENCE_FIELDS] : [])], { encoding: 'utf8', cwd: root }).trim();
    const line = out.split('\n').pop() ?? '{}';
    console.log(line);
    const nodeSeconds = (JSON.parse(line) as { seconds?: number }).seconds;
    if (pythonSeconds !== undefined && nodeSeconds !== undefined && nodeSeconds > 0) {
      console.log(`ratio: node route is ${(pythonSeconds / nodeSeconds).toFixed(1)}x the python route's throughput`);
    }
  }
  const floor = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/peers/dependency-floor.ts'), file, column], { encoding: 'utf8', cwd: root }).trim();
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
