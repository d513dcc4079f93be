import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsEndingOn } from '../../src/cli/write-roll-ups.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = import.meta.resolve('tsx');
let dir: string;

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DEBUG: '' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The sample export's rows of the days from `first` through `last` (`2026/11/01`), with its header. */
async function days(first: string, last: string, file: string): Promise<string> {
  const [header, ...rows] = (await readFile(join(root, 'examples/sample-export.csv'), 'utf8')).split('\n').filter((l) => l !== '');
  const kept = rows.filter((r) => {
    const day = r.split(',')[1]?.slice(0, 10) ?? '';
    return day >= first && day <= last;
  });
  await writeFile(join(dir, file), `${[header, ...kept].join('\n')}\n`);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-rollup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('periodsEndingOn(day)', () => {
  it('gives the week (ending Sunday), 旬 (10th, 20th, last day) and month a day ends', () => {
    expect(periodsEndingOn('2026-11-08')).toEqual([{ kind: 'week', id: '2026-W45' }]);
    expect(periodsEndingOn('2026-11-10')).toEqual([{ kind: 'dekad', id: '2026-11-D1' }]);
    expect(periodsEndingOn('2026-11-30')).toEqual([{ kind: 'dekad', id: '2026-11-D3' }, { kind: 'month', id: '2026-11' }]);
    expect(periodsEndingOn('2026-05-31')).toEqual([{ kind: 'week', id: '2026-W22' }, { kind: 'dekad', id: '2026-05-D3' }, { kind: 'month', id: '2026-05' }]);
    expect(periodsEndingOn('2026-11-11')).toEqual([]);
  });
});

describe('complaint-hotspots analyze --roll-up DIR', () => {
  it("writes the report of the week or 旬 the export's last day ends, from the state, beside the night's report", async () => {
    const first = cli(['analyze', await days('2026/11/01', '2026/11/08', 'w45.csv'), '--state', 'state/h.duckdb', '--out', 'r/n1', '--roll-up', 'r', '--quiet']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`周报 2026-W45: ${join(dir, 'r', '2026-W45', 'report.html')}`);
    const week = JSON.parse(await readFile(join(dir, 'r', '2026-W45', 'report.json'), 'utf8')) as { rollup: { period: string; periods: unknown[] } };
    expect(week.rollup.period).toBe('2026-W45');
    expect(week.rollup.periods).toHaveLength(7);

    const second = cli(['analyze', await days('2026/11/09', '2026/11/10', 'd1.csv'), '--state', 'state/h.duckdb', '--out', 'r/n2', '--roll-up', 'r', '--quiet']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('旬报 2026-11-D1');
    expect((await readdir(join(dir, 'r'))).sort()).toEqual(['2026-11-D1', '2026-W45', 'n1', 'n2']);

    const midweek = cli(['analyze', await days('2026/11/11', '2026/11/11', 'mid.csv'), '--state', 'state/h.duckdb', '--out', 'r/n3', '--roll-up', 'r', '--quiet']);
    expect(midweek.status).toBe(0);
    expect((await readdir(join(dir, 'r'))).sort()).toEqual(['2026-11-D1', '2026-W45', 'n1', 'n2', 'n3']);
  }, 120_000);

  it('exits 2 naming --roll-up without a state or with other than daily runs', () => {
    expect(cli(['analyze', 'x.csv', '--roll-up', 'r']).stderr).toMatch(/--roll-up: expected --state FILE too/);
    const weekly = cli(['analyze', 'x.csv', '--state', 's.duckdb', '--period', 'week', '--roll-up', 'r']);
    expect(weekly.status).toBe(2);
    expect(weekly.stderr).toMatch(/--roll-up: expected daily runs \(--period day\), got --period week/);
  });
});
