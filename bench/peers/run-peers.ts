import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExport, writeGeneratedExport } from '../../src/generate/index.js';

/**
 * Peer comparison (`tsx bench/peers/run-peers.ts [N]`, default 100,000): writes N synthetic tickets to a temp
 * CSV, runs the Python route (jieba + scikit-learn TF-IDF + MiniBatchKMeans, k=50) and, once it exists,
 * `bench/e2e.ts` on the same file; prints both JSON lines and the speed ratio.
 */
const n = Number(process.argv[2] ?? 100_000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const python = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'hotspots-peers-'));
try {
  const file = join(dir, `export-${n}.csv`);
  await writeGeneratedExport(file, generateExport({ n, seed: 42 }));
  console.log(`wrote ${n} tickets to ${file}`);
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
