/**
 * Sums the self time of every function in `.cpuprofile` files (written by `node --cpu-prof`), heaviest first:
 *
 *   node --cpu-prof --cpu-prof-dir=PROF --import tsx bench/e2e.ts --file EXPORT
 *   npx tsx bench/cpu-profile-summary.ts PROF/*.cpuprofile [--top 40] [--by file|function] [--callers NAME]
 *
 * One table per profile (the main thread and each worker thread write their own): milliseconds of self time,
 * share of the profile, function and `file:line` (paths relative to the repository). `--by file` sums per source
 * file instead, which shows a stage's whole cost. `--callers NAME` adds, under each function whose name is NAME, the
 * self time it spent for each caller. `--stages E2E.json` (the line `bench/e2e.ts --stages` printed, which holds each
 * stage's start on the profiles' clock) prints one table per stage instead of one per profile, for the main thread:
 *
 *   node --cpu-prof --cpu-prof-dir=PROF --import tsx bench/e2e.ts --file EXPORT --stages > E2E.json
 *   npx tsx bench/cpu-profile-summary.ts PROF/*.0.001.cpuprofile --stages E2E.json --top 15
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, by: { type: 'string', default: 'function' }, callers: { type: 'string' }, stages: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('usage: tsx bench/cpu-profile-summary.ts FILE.cpuprofile... [--top N] [--by file|function]');
  process.exit(2);
}
if (values.by !== 'file' && values.by !== 'function') {
  console.error(`--by: expected file or function, got ${values.by}`);
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const top = Number(values.top);
// Stage name and start (µs, monotonic) in order, from `bench/e2e.ts --stages`; the last entry is the run's end.
const stageStarts: [string, number][] = values.stages
  ? Object.entries((JSON.parse(readFileSync(values.stages, 'utf8')) as { stageStartUs?: Record<string, number> }).stageStartUs ?? {}).sort((a, b) => a[1] - b[1])
  : [];
if (values.stages && stageStarts.length === 0) {
  console.error(`--stages: expected the JSON line of 'bench/e2e.ts --stages' (with stageStartUs), got none in ${values.stages}`);
  process.exit(2);
}
/** The stage a sample taken at `us` belongs to: before the first stage 'import', after the last 'after'. */
function stageAt(us: number): string {
  let name = 'import';
  for (const [stage, start] of stageStarts) {
    if (us < start) return name;
    name = stage;
  }
  return 'after';
}

for (const path of positionals) {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const keyOf = new Map<number, string>();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || '(anonymous)']));
  const byCaller = new Map<string, Map<string, number>>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith('file://') ? relative(root, decodeURIComponent(url.slice(7))) : url;
    keyOf.set(node.id, values.by === 'file' ? file || '(native)' : `${functionName || '(anonymous)'}  ${file}${file ? `:${lineNumber + 1}` : ''}`);
  }
  const selfUs = new Map<string, number>();
  const byStage = new Map<string, { total: number; selfUs: Map<string, number> }>();
  let total = 0;
  let at = profile.startTime;
  // timeDeltas[i] is the time since the previous sample: the time sample i stands for is the next delta.
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const key = keyOf.get(profile.samples[i] ?? -1) ?? '?';
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    total += dt;
    if (stageStarts.length > 0) {
      const stage = stageAt(at);
      const entry = byStage.get(stage) ?? { total: 0, selfUs: new Map<string, number>() };
      entry.total += dt;
      entry.selfUs.set(key, (entry.selfUs.get(key) ?? 0) + dt);
      byStage.set(stage, entry);
    }
    const node = profile.samples[i] ?? -1;
    if (values.callers !== undefined && nameOf.get(node) === values.callers) {
      const caller = keyOf.get(parentOf.get(node) ?? -1) ?? '(root)';
      const callers = byCaller.get(key) ?? new Map<string, number>();
      callers.set(caller, (callers.get(caller) ?? 0) + dt);
      byCaller.set(key, callers);
    }
  }
  if (stageStarts.length > 0) {
    for (const [stage, entry] of byStage) {
      const idle = entry.selfUs.get(values.by === 'file' ? '(native)' : '(idle)  ') ?? 0;
      console.log(`\n${stage}: ${(entry.total / 1000).toFixed(0)} ms sampled${values.by === 'function' ? `, ${((entry.total - idle) / 1000).toFixed(0)} ms not idle` : ''}`);
      for (const [key, us] of [...entry.selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / entry.total).toFixed(1).padStart(5)} %  ${key}`);
    }
    continue;
  }
  console.log(`\n${path}: ${(total / 1000).toFixed(0)} ms sampled`);
  const rows = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, us] of rows) {
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
    for (const [caller, cus] of [...(byCaller.get(key) ?? [])].sort((a, b) => b[1] - a[1])) console.log(`${(cus / 1000).toFixed(0).padStart(16)} ms  from ${caller}`);
  }
}
