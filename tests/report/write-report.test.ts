import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report/report-schema.js';
import { writeReport } from '../../src/report/write-report.js';
import { sampleReport } from './sample-report.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('writeReport', () => {
  it('writeReport(dir, report, rejects) writes the five files and returns their paths', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'report-')), 'out');
    dirs.push(dir);
    const report = sampleReport();
    const rejects = [
      { file: 'a.csv', row: 3, reason: 'empty text' },
      { file: 'a.csv', row: 9, reason: 'bad time "x"' },
    ];
    const paths = await writeReport(dir, report, rejects);
    expect((await readdir(dir)).sort()).toEqual(['rejects.jsonl', 'report.html', 'report.json', 'report.md', 'warnings.csv']);
    expect(reportSchema.parse(JSON.parse(await readFile(paths.json, 'utf8')))).toEqual(report);
    expect(await readFile(paths.markdown, 'utf8')).toContain('## 今日概况');
    expect(await readFile(paths.html, 'utf8')).toMatch(/^<!doctype html>/);
    expect((await readFile(paths.warningsCsv, 'utf8')).charCodeAt(0)).toBe(0xfeff);
    const lines = (await readFile(paths.rejects, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual(rejects);
  });

  it('writeReport(dir, report, []) writes an empty rejects.jsonl', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    dirs.push(dir);
    const paths = await writeReport(dir, sampleReport(), []);
    expect(await readFile(paths.rejects, 'utf8')).toBe('');
  });

  it('writeReport(dir, …) throws E_OUTPUT when dir cannot be created', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    dirs.push(dir);
    const paths = await writeReport(dir, sampleReport(), []);
    await expect(writeReport(join(paths.json, 'x'), sampleReport(), [])).rejects.toMatchObject({ code: 'E_OUTPUT' });
  });

  it('writeReport(dir, report, rejects) writes report.json as JSON.stringify(report, null, 2) with a final newline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    dirs.push(dir);
    const report = sampleReport();
    const paths = await writeReport(dir, report, []);
    expect(await readFile(paths.json, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writeReport(dir, …) that fails on one file keeps the earlier report whole and leaves no temporary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    dirs.push(dir);
    const before = sampleReport();
    const paths = await writeReport(dir, before, []);
    const oldJson = await readFile(paths.json, 'utf8');
    // A folder where the HTML's temporary file goes makes that one write fail after report.json and report.md.
    await mkdir(`${paths.html}.${process.pid}.tmp`);
    const after = { ...sampleReport(), generatedAt: '2030-01-01T00:00:00.000Z' };
    await expect(writeReport(dir, after, [])).rejects.toMatchObject({ code: 'E_OUTPUT' });
    expect(await readFile(paths.json, 'utf8')).toBe(oldJson);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp') && !f.startsWith('report.html'))).toEqual([]);
  });

  it('writeReport(dir, report with a 600,000-character field) writes it whole, multi-byte characters across buffer ends intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    dirs.push(dir);
    const report = sampleReport();
    const long = '宽带掉线😀'.repeat(100_000) + 'x\uD800y';
    const first = report.warnings[0];
    if (first) first.reason = long;
    const paths = await writeReport(dir, report, []);
    const text = await readFile(paths.json, 'utf8');
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
