import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// Resolved here, not from the child's working folder (a temp dir with no node_modules).
const tsx = import.meta.resolve('tsx');
let dir: string;

/** Runs the CLI from source as a user would, without a TTY. */
function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'src/cli/main.ts'), ...args], {
    cwd: dir,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('complaint-hotspots demo', () => {
  it('prints a summary and writes all five report files', async () => {
    const r = cli(['demo', '--out', 'demo-out', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3000 tickets analysed/);
    expect(r.stdout).toMatch(/warnings: \d+ red, \d+ orange, \d+ yellow/);
    expect(r.stdout).toMatch(/report\.html/);
    expect((await readdir(join(dir, 'demo-out'))).sort()).toEqual(['rejects.jsonl', 'report.html', 'report.json', 'report.md', 'warnings.csv']);
  });
});

describe('complaint-hotspots analyze errors', () => {
  it('names a missing input file on one line and exits 2', () => {
    const r = cli(['analyze', 'missing.csv']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.csv/);
  });

  it('names a --fields column the header does not have and exits 2', () => {
    const r = cli(['analyze', join(root, 'examples/sample-export.csv'), '--fields', 'text=内容X', '--out', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/内容X/);
  });

  it('names the bad key of an invalid config file and exits 2', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ period: 'day', rising: { minTickets: 'five' } }));
    const r = cli(['analyze', join(root, 'examples/sample-export.csv'), '--config', 'bad.json', '--out', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: rising\.minTickets/);
  });

  it('rejects an unknown option and a bad --period value with exit 2', () => {
    expect(cli(['analyze', 'x.csv', '--bogus']).status).toBe(2);
    const r = cli(['analyze', 'x.csv', '--period', 'fortnight']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--period: expected one of day, week, dekad, month, got "fortnight"/);
  });

  it('names an empty export and exits 2', async () => {
    await writeFile(join(dir, 'empty.csv'), '工单编号,投诉内容,受理时间\n');
    const r = cli(['analyze', 'empty.csv', '--out', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/empty\.csv/);
  });
});

describe('complaint-hotspots classify', () => {
  it('answers one ticket on stdin with its risk flags as JSON, PII masked', () => {
    const r = cli(['classify'], JSON.stringify({ id: 'n1', text: '宽带天天掉线，再不解决我就投诉到工信部！我电话13812345678' }));
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout) as { ticketId: string; riskLevel: string; risks: Array<{ category: string; term: string }>; text: string };
    expect(answer.ticketId).toBe('n1');
    expect(answer.riskLevel).toBe('red');
    expect(answer.risks.map((x) => x.category)).toContain('regulator');
    expect(r.stdout).not.toMatch(/13812345678/);
  });

  it('rejects invalid JSON on stdin with exit 2', () => {
    const r = cli(['classify'], '{not json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdin>/);
  });
});

describe('complaint-hotspots generate', () => {
  it('writes an export and its ground truth', async () => {
    const r = cli(['generate', '--n', '500', '--seed', '3', '--out', 'gen.csv', '--days', '7']);
    expect(r.status).toBe(0);
    expect((await readdir(dir)).filter((f) => f.startsWith('gen'))).toEqual(['gen.csv', 'gen.truth.json']);
  });

  it('prints help for each command with exit 0', () => {
    for (const command of ['analyze', 'classify', 'demo', 'generate', 'report']) {
      const r = cli([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: complaint-hotspots ${command}`));
    }
  });
});

describe('complaint-hotspots report', () => {
  it('writes the week\'s report folder from a state the sample export was analysed into, and exits 2 for a week it holds no day of', async () => {
    const night = cli(['demo', '--out', 'demo-state-out', '--state', 'report-state.duckdb', '--quiet']);
    expect(night.status).toBe(0);
    const r = cli(['report', '--state', 'report-state.duckdb', '--period', 'week', '--at', '2026-11-04', '--out', 'week-out']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^complaint-hotspots: 2026-W45 from .*report-state\.duckdb: \d+ tickets over 7 stored days\n/);
    expect((await readdir(join(dir, 'week-out'))).sort()).toEqual(['rejects.jsonl', 'report.html', 'report.json', 'report.md', 'warnings.csv']);

    const none = cli(['report', '--state', 'report-state.duckdb', '--period', 'month', '--at', '2027-01-05']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      `complaint-hotspots: ${join(dir, 'report-state.duckdb')}: expected stored days of 2027-01 (2027-01-01 – 2027-01-31), got none; the latest stored day is 2026-11-14\n`,
    );
  });

  it('exits 2 with one line for a missing state file, a bad period or date, and an analyze-only option', () => {
    const cases: Array<[string[], RegExp]> = [
      [['report', '--state', 'no-such.duckdb', '--period', 'week'], /no-such\.duckdb: expected the state file the nightly runs keep, got no such file/],
      [['report', '--state', 'x.duckdb', '--period', 'day'], /--period: expected one of week, dekad, month, got "day"/],
      [['report', '--period', 'week'], /--state: report needs --state FILE/],
      [['report', '--state', 'x.duckdb', '--period', 'week', '--top', '3'], /--top: is not an option of "report"/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const bad = cli(['report', '--state', 'report-state.duckdb', '--period', 'week', '--at', '2026-13-01']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--at: expected a date YYYY-MM-DD, got "2026-13-01"/);
  });
});
