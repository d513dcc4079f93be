import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGeneratedCsv } from '../src/generate/format-generated-csv.js';
import { generateExport, type GeneratedExport } from '../src/generate/generate-export.js';
import { openDuckdbHistoryStore } from '../src/history/open-duckdb-history-store.js';
import { runAnalysis } from '../src/run-analysis.js';

let dir: string;
let generated: GeneratedExport;
const dayOf = (row: Record<string, string>): string => (row['受理时间'] ?? '').slice(0, 10).replaceAll('/', '-');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-run-'));
  generated = generateExport({ n: 2400, seed: 7, days: 10 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeRows(name: string, rows: Array<Record<string, string>>): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, formatGeneratedCsv({ rows }));
  return path;
}

describe('runAnalysis({ files, state }) across nightly runs', () => {
  it('gives the same rising terms for the last day whether run nightly with state or once over all days', async () => {
    const burstDay = generated.truth.bursts.map((b) => b.day).sort().at(-1)!;
    const before = generated.rows.filter((r) => dayOf(r) < burstDay);
    const last = generated.rows.filter((r) => dayOf(r) === burstDay);
    const upTo = generated.rows.filter((r) => dayOf(r) <= burstDay);
    const state = join(dir, 'nightly.duckdb');
    // One dictionary for every run: words discovered from each run's own sample would make the runs count
    // different terms (a planted burst word found in the single run's sample but not in the nightly ones').
    const options = { discoverWords: false };
    await runAnalysis({ files: [await writeRows('before.csv', before)], state, options });
    const nightly = await runAnalysis({ files: [await writeRows('last.csv', last)], state, options });
    const once = await runAnalysis({ files: [await writeRows('all.csv', upTo)], options });
    const onDay = (terms: typeof once.report.risingTerms) =>
      terms.filter((t) => t.period === burstDay).map(({ term, tickets, expected, isNew }) => ({ term, tickets, expected: expected.toFixed(6), isNew }));
    expect(onDay(nightly.report.risingTerms).length).toBeGreaterThan(0);
    expect(onDay(nightly.report.risingTerms)).toEqual(onDay(once.report.risingTerms));
    // Continuing issues keep yesterday's ids; the ones that did not come back are listed as faded.
    const ids = new Set(nightly.report.issues.map((i) => i.id));
    expect(nightly.report.issues.some((i) => i.status === 'continuing')).toBe(true);
    expect(nightly.report.fadedIssues?.length).toBeGreaterThan(0);
    for (const faded of nightly.report.fadedIssues ?? []) expect(ids.has(faded.id)).toBe(false);
  });

  it('does not double-count an export run twice against the same state', async () => {
    const state = join(dir, 'twice.duckdb');
    const file = await writeRows('twice.csv', generated.rows.slice(0, 600));
    await runAnalysis({ files: [file], state });
    const store1 = await openDuckdbHistoryStore(state);
    const first = await store1.loadPeriodCounts('day', '2099-01-01', 30);
    await store1.close();
    await runAnalysis({ files: [file], state });
    const store2 = await openDuckdbHistoryStore(state);
    const second = await store2.loadPeriodCounts('day', '2099-01-01', 30);
    await store2.close();
    expect(second.map((p) => [p.period, p.tickets])).toEqual(first.map((p) => [p.period, p.tickets]));
  });
});

describe('runAnalysis({ files, state }) re-running a night', () => {
  // 100 generated tickets a night for 14 nights; this seed's night 14 and night 10 both raise a new issue and
  // new or escalated TOP warnings, the statuses a re-run compared with its own night used to turn into continuing.
  const nights: string[] = [];
  let afterNight13: string;
  let night10Report: string;
  const reportOf = async (out: string): Promise<string> => readFile(join(out, 'report.json'), 'utf8');
  const withoutGeneratedAt = (json: string): string => json.replace(/"generatedAt": ?"[^"]*"/, '"generatedAt":""');
  const nightState = async (name: string): Promise<string> => {
    const state = join(dir, `${name}.duckdb`);
    await copyFile(afterNight13, state);
    return state;
  };
  const run = async (night: number, state: string, out: string): Promise<string> => {
    await runAnalysis({ files: [nights[night - 1]!], state, out: join(dir, out) });
    return reportOf(join(dir, out));
  };
  const expectFreshNews = (json: string): void => {
    const report = JSON.parse(json) as { issues: Array<{ status: string }>; warnings: Array<{ kind: string; status: string }> };
    expect(report.issues.some((i) => i.status === 'new')).toBe(true);
    expect(report.warnings.some((w) => w.kind === 'top' && w.status !== 'continuing')).toBe(true);
  };

  beforeAll(async () => {
    const export14 = generateExport({ n: 1400, seed: 1, days: 14 });
    const days = [...new Set(export14.rows.map(dayOf))].sort();
    expect(days).toHaveLength(14);
    for (const [i, day] of days.entries()) nights.push(await writeRows(`night-${i + 1}.csv`, export14.rows.filter((r) => dayOf(r) === day)));
    afterNight13 = join(dir, 'after-night-13.duckdb');
    for (let night = 1; night <= 13; night++) {
      const report = await run(night, afterNight13, `night-${night}`);
      if (night === 10) night10Report = report;
    }
  }, 120_000);

  it('nights 1-13, then night 14 twice: the two report.json files are identical but for generatedAt', async () => {
    const state = await nightState('twice-14');
    const first = await run(14, state, 'night-14-first');
    const second = await run(14, state, 'night-14-second');
    expectFreshNews(first);
    expect(withoutGeneratedAt(second)).toBe(withoutGeneratedAt(first));
  }, 60_000);

  it('night 14 killed with SIGKILL the moment its commit returns, then run again: the same report.json but for generatedAt', async () => {
    const state = await nightState('killed-14');
    const out = join(dir, 'night-14-killed');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'history/fixtures/run-until-committed.ts'), nights[13]!, state, out], {
      cwd: join(import.meta.dirname, '..'),
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.split('\n').includes('committed')) child.kill('SIGKILL');
      });
      child.on('exit', (code, sig) => (sig === null ? reject(new Error(`child exited (${code}) before its commit returned: ${stderr}`)) : resolve(sig)));
    });
    expect(signal).toBe('SIGKILL');
    const killed = await reportOf(out);
    // The kill came after the commit: the state holds night 14.
    const store = await openDuckdbHistoryStore(state);
    const day14 = (JSON.parse(killed) as { periods: Array<{ id: string; tickets: number }> }).periods[0]!;
    const held = await store.loadPeriodCounts('day', '2099-01-01', 1);
    await store.close();
    expect(held.map((p) => [p.period, p.tickets])).toEqual([[day14.id, day14.tickets]]);
    const again = await run(14, state, 'night-14-after-kill');
    expectFreshNews(killed);
    expect(withoutGeneratedAt(again)).toBe(withoutGeneratedAt(killed));
  }, 60_000);

  it('night 10 re-run after night 14 gives night 10\'s original report.json but for generatedAt', async () => {
    const state = await nightState('night-10-again');
    await run(14, state, 'night-14-before-10');
    const again = await run(10, state, 'night-10-again');
    expectFreshNews(night10Report);
    expect(withoutGeneratedAt(again)).toBe(withoutGeneratedAt(night10Report));
    // Night 14 still tells its story after the re-run of night 10.
    expect(withoutGeneratedAt(await run(14, state, 'night-14-after-10'))).toBe(withoutGeneratedAt(await reportOf(join(dir, 'night-14-before-10'))));
  }, 60_000);
});

describe('runAnalysis({ out }) and personal data', () => {
  it('writes no phone, ID-card or bank-card number, nor e-mail address, into any output file', async () => {
    const out = join(dir, 'pii-out');
    const state = join(dir, 'pii.duckdb');
    const result = await runAnalysis({ files: [await writeRows('pii.csv', generated.rows)], out, state });
    expect(result.paths).toBeDefined();
    const files = await readdir(out);
    expect(files.sort()).toEqual(['rejects.jsonl', 'report.html', 'report.json', 'report.md', 'warnings.csv']);
    const phones = new Set(generated.rows.map((r) => r['客户号码'] ?? '').filter(Boolean));
    // Digit runs after a decimal point are fractions (p-values such as 4.1016664129434476e-7), not numbers.
    const pii = /(?<![\d.])1[3-9]\d{9}(?!\d)|(?<![\d.])\d{17}[\dXx](?!\d)|(?<![\d.])\d{16,19}(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+/;
    for (const name of files) {
      const text = await readFile(join(out, name), 'utf8');
      expect(pii.exec(text)?.[0], name).toBeUndefined();
      for (const phone of phones) expect(text.includes(phone), `${name} holds customer ${phone}`).toBe(false);
    }
    // The state keeps only salted hashes of customers.
    const raw = (await readFile(state)).toString('latin1');
    for (const phone of [...phones].slice(0, 50)) expect(raw.includes(phone)).toBe(false);
    expect(generated.truth.pii.length).toBeGreaterThan(50);
  });
});

describe('runAnalysis({ files }) when a later file is bad', () => {
  it('runAnalysis([25,000 good rows, a file without a text column]) fails with an InputError naming it, after workers started, and leaves the state as it was', async () => {
    const big = generateExport({ n: 25_000, seed: 3, days: 2 });
    const good = await writeRows('good-25k.csv', big.rows);
    const bad = join(dir, 'no-text.csv');
    await writeFile(bad, 'a,b\n1,2\n');
    const state = join(dir, 'untouched.duckdb');
    await runAnalysis({ files: [await writeRows('seed.csv', generated.rows.slice(0, 300))], state });
    const before = await readFile(state);
    await expect(runAnalysis({ files: [good, bad], state, out: join(dir, 'bad-out') })).rejects.toThrow(/no-text\.csv: expected a text column/);
    expect((await readFile(state)).equals(before)).toBe(true);
    await expect(readdir(join(dir, 'bad-out'))).rejects.toThrow();
  }, 60_000);

  it('runAnalysis([a good file, a missing one]) fails before reading, naming the missing file', async () => {
    await expect(runAnalysis({ files: [await writeRows('ok.csv', generated.rows.slice(0, 50)), join(dir, 'gone.csv')] })).rejects.toThrow(
      /gone\.csv: expected a readable file, got ENOENT/,
    );
  });
});
