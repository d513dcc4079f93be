import { Bench } from 'tinybench';

/** One benchmark: a name, the work, and how many tickets and text bytes one run of it handles. */
export interface BenchCase {
  name: string;
  run: () => unknown;
  tickets: number;
  bytes: number;
}

/**
 * Runs cases with tinybench (at least `iterations` runs or `time` ms each) and prints one row per case: mean
 * time, MB/s of ticket text and tickets/s, plus the process's peak RSS so far.
 */
export async function runBenchCases(title: string, cases: BenchCase[], options: { time?: number; iterations?: number } = {}): Promise<void> {
  const bench = new Bench({ time: options.time ?? 2000, iterations: options.iterations ?? 3, warmup: true, warmupIterations: 1 });
  for (const c of cases) bench.add(c.name, c.run);
  await bench.run();
  console.log(`\n## ${title}`);
  console.log('| case | mean ms | MB/s | tickets/s | runs |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [i, task] of bench.tasks.entries()) {
    const c = cases[i];
    const r = task.result;
    if (!c) continue;
    if (!('latency' in r)) {
      console.log(`| ${c.name} | ${r.state} | | | |`);
      continue;
    }
    const ms = r.latency.mean;
    console.log(
      `| ${c.name} | ${ms.toFixed(1)} | ${(c.bytes / 1e3 / ms).toFixed(2)} | ${Math.round((c.tickets * 1000) / ms)} | ${r.latency.samplesCount} |`,
    );
  }
  console.log(`peak RSS so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
