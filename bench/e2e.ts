/**
 * End-to-end benchmark: the whole `analyze` as a user runs it (read the export, analyze, write the report folder),
 * printing one JSON line: tickets, wall seconds (importing the library included), CPU seconds of all threads,
 * tickets/s, peak RSS.
 *
 *   node --import tsx bench/e2e.ts [--n 100000] [--stages]                      # the reference export (below)
 *   node --import tsx bench/e2e.ts --file EXPORT.csv [--fields MAP] [--state FILE] [--stages]
 *   node --import tsx bench/e2e.ts --generated [--n 100000] [--seed 1] [--days 14] [--stages]
 *
 * Without --file it builds the reference workload first, in a child process so that building does not count
 * towards this process's time or memory: `python3 ../shared/bench/make-review-export.py N FILE 3` (N tickets of real
 * review text over 30 days with repeat customers, 23.7 MB at 100,000), read with the field map
 * `id=ticket_id,text=content,time=created_at,customer=customer_id,region=region`; with --generated, N generated
 * telecom complaints (`complaint-hotspots generate`) instead. `--fields` maps the columns of a --file export.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    generated: { type: 'boolean', default: false },
    fields: { type: 'string' },
    seed: { type: 'string', default: '1' },
    days: { type: 'string', default: '14' },
    file: { type: 'string' },
    state: { type: 'string' },
    stages: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const root = join(import.meta.dirname, '..');
/** The reference export's builder (shared beside the project) and the field map its columns need. */
const REFERENCE_SCRIPT = join(process.env.SHARED ?? join(root, '../shared'), 'bench/make-review-export.py');
const REFERENCE_FIELDS = 'id=ticket_id,text=content,time=created_at,customer=customer_id,region=region';

/**
 * What a user of the package runs: the compiled `dist/` (built by `npm install`), unless a source file is newer
 * than it, then the TypeScript sources through tsx (slower to start: tsx transforms every module, in each worker
 * too), said on stderr. Returns the URL of `module` (e.g. `run-analysis`) in the tree chosen.
 */
function libraryTree(): (module: string) => string {
  const dist = join(root, 'dist/run-analysis.js');
  const built = existsSync(dist) ? statSync(dist).mtimeMs : 0;
  const stale = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).some(
    (e) => e.isFile() && e.name.endsWith('.ts') && statSync(join(e.parentPath, e.name)).mtimeMs > built,
  );
  if (!stale) return (module) => pathToFileURL(join(root, `dist/${module}.js`)).href;
  console.error('bench/e2e: dist/ is missing or older than src/ (npm run build); measuring the sources through tsx');
  return (module) => pathToFileURL(join(root, `src/${module}.ts`)).href;
}
const dir = await mkdtemp(join(tmpdir(), 'hotspots-e2e-'));
let file = values.file;
let fields = values.fields;
if (!file && values.generated) {
  file = join(dir, 'export.csv');
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'generate', '--n', values.n, '--seed', values.seed, '--days', values.days, '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (gen.status !== 0) throw new Error(`generating the export failed (exit ${gen.status})`);
} else if (!file) {
  if (!existsSync(REFERENCE_SCRIPT)) throw new Error(`bench/e2e: expected the reference export's builder at ${REFERENCE_SCRIPT} (set SHARED), it does not exist; pass --file or --generated`);
  file = join(dir, 'reference.csv');
  const built = spawnSync('python3', [REFERENCE_SCRIPT, values.n, file, '3'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`bench/e2e: building the reference export failed (exit ${built.status})`);
  fields ??= REFERENCE_FIELDS;
}
const bytes = (await stat(file)).size;
const stages: Record<string, number> = {};
// Heap and RSS (MB) as each stage starts, with --stages: where the memory goes.
const memory: Record<string, [heapUsedMb: number, heapTotalMb: number, arrayBuffersMb: number, rssMb: number]> = {};
const mb = (bytes: number) => Math.round(bytes / 1048576);
// Highest RSS seen while each stage ran, with --stages: a worker thread samples every 20 ms, so stages that keep
// the main thread busy are measured too. The main thread writes the stage's number into shared memory.
const stageNames: string[] = ['start'];
// Monotonic microseconds at which each stage starts (the clock of `--cpu-prof` profiles), with --stages:
// `bench/cpu-profile-summary.ts --stages` reads them to split a profile's samples by stage.
const stageStartUs: Record<string, number> = {};
const shared = new Int32Array(new SharedArrayBuffer(4 * 66));
const sampler = values.stages
  ? new Worker(
      `const { workerData } = require('node:worker_threads');
       const s = workerData;
       setInterval(() => { const i = Atomics.load(s, 0); const rss = Math.round(process.memoryUsage.rss() / 1048576); if (rss > s[i + 1]) s[i + 1] = rss; }, 20);`,
      { eval: true, workerData: shared },
    )
  : undefined;
sampler?.unref();
// The clock starts before the library is imported, as the Python route's starts before `import jieba, sklearn`.
const started = performance.now();
const cpuStarted = process.cpuUsage();
const library = libraryTree();
const { runAnalysis } = (await import(library('run-analysis'))) as typeof import('../src/run-analysis.js');
// As the CLI does with --fields (the module is already loaded by the library).
const { parseFieldsOption } = (await import(library('read/field-map'))) as typeof import('../src/read/field-map.js');
const importMs = Math.round(performance.now() - started);
let last = performance.now();
let lastName = 'start';
// CPU milliseconds of the whole process (every thread) while each stage ran: on a shared machine steadier than the
// walls. Worker threads count in the stage they ran in (text workers while segmenting, the topics' k-means while
// counting terms and detecting rising terms).
const stagesCpu: Record<string, number> = {};
let lastCpu = process.cpuUsage();
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return Math.round((used.user + used.system) / 1000);
};
const result = await runAnalysis({
  files: [file],
  out: join(dir, 'out'),
  ...(fields ? { options: { read: { fields: parseFieldsOption(fields) } } } : {}),
  ...(values.state ? { state: values.state } : {}),
  onStage: (name) => {
    const now = performance.now();
    stages[lastName] = Math.round(now - last);
    stagesCpu[lastName] = cpuSince(lastCpu);
    lastCpu = process.cpuUsage();
    if (values.stages) {
      stageStartUs[name] = Number(process.hrtime.bigint() / 1000n);
      stageNames.push(name);
      Atomics.store(shared, 0, Math.min(64, stageNames.length - 1));
      const m = process.memoryUsage();
      memory[name] = [mb(m.heapUsed), mb(m.heapTotal), mb(m.arrayBuffers), mb(m.rss)];
    }
    last = now;
    lastName = name;
  },
});
const endedUs = Number(process.hrtime.bigint() / 1000n);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
await sampler?.terminate();
const stagePeakRss = Object.fromEntries(stageNames.map((name, i) => [name, shared[i + 1] ?? 0]));
stages[lastName] = Math.round(performance.now() - last);
stagesCpu[lastName] = cpuSince(lastCpu);
const tickets = result.report.input.accepted;
console.log(
  JSON.stringify({
    route: 'complaint-hotspots analyze',
    tickets,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    ticketsPerSecond: Math.round(tickets / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    warnings: result.report.warnings.length,
    issues: result.report.issues.length,
    ...(values.stages ? { stagesMs: { import: importMs, ...stages }, stagesCpuMs: stagesCpu, memoryMbAtStageStart: { columns: ['heapUsed', 'heapTotal', 'arrayBuffers', 'rss'], ...memory }, peakRssMbByStage: stagePeakRss, stageStartUs: { ...stageStartUs, end: endedUs } } : {}),
  }),
);
if (!values.keep) await rm(dir, { recursive: true, force: true });
