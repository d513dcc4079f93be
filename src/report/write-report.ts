import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reject } from '../core/ticket.js';
import { HotspotsError } from '../core/errors.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderWarningsCsv } from './render-warnings-csv.js';
import type { Report } from './report-schema.js';

/** The files {@link writeReport} wrote. */
export interface ReportPaths {
  json: string;
  markdown: string;
  html: string;
  warningsCsv: string;
  rejects: string;
}

/**
 * Writes the report folder: `report.json`, `report.md`, `report.html`, `warnings.csv` and `rejects.jsonl` (one
 * `{file,row,reason}` line per rejected row). Everything is rendered before the first write, and each file is
 * written to a temporary name and renamed, so a failed run never leaves a half-written file. Edge module.
 * Throws {@link HotspotsError} (`E_OUTPUT`) when the folder cannot be written.
 */
export async function writeReport(dir: string, report: Report, rejects: readonly Reject[]): Promise<ReportPaths> {
  const paths: ReportPaths = {
    json: join(dir, 'report.json'),
    markdown: join(dir, 'report.md'),
    html: join(dir, 'report.html'),
    warningsCsv: join(dir, 'warnings.csv'),
    rejects: join(dir, 'rejects.jsonl'),
  };
  const contents: Array<[string, string]> = [
    [paths.json, `${JSON.stringify(report, null, 2)}\n`],
    [paths.markdown, renderMarkdown(report)],
    [paths.html, renderHtml(report)],
    [paths.warningsCsv, renderWarningsCsv(report)],
    [paths.rejects, rejects.map((r) => `${JSON.stringify({ file: r.file, row: r.row, reason: r.reason })}\n`).join('')],
  ];
  try {
    await mkdir(dir, { recursive: true });
    for (const [path, text] of contents) {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, text, 'utf8');
      await rename(temp, path);
    }
  } catch (cause) {
    throw new HotspotsError(`${dir}: expected a writable report folder, got ${(cause as Error).message}`, 'E_OUTPUT', 1, { cause });
  }
  return paths;
}
