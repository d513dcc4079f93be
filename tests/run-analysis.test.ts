import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
