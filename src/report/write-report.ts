import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reject } from '../core/ticket.js';
import { HotspotsError } from '../core/errors.js';
import { jsonChunks } from './json-chunks.js';
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
 * `{file,row,reason}` line per rejected row). Each file is written to a temporary name and all are renamed only
 * once every one is complete, so a failed run leaves neither a half-written file nor a mix of old and new ones.
 * `report.json` and `rejects.jsonl` are written piece by piece, never held whole in memory. Edge module.
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
  const contents: Array<[string, () => Iterable<string>]> = [
    [paths.json, () => reportJson(report)],
    [paths.markdown, () => [renderMarkdown(report)]],
    [paths.html, () => [renderHtml(report)]],
    [paths.warningsCsv, () => [renderWarningsCsv(report)]],
    [paths.rejects, () => rejectLines(rejects)],
  ];
  const written: Array<[temp: string, path: string]> = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [path, render] of contents) {
      const temp = `${path}.${process.pid}.tmp`;
      written.push([temp, path]);
      await writePieces(temp, render());
    }
    for (const [temp, path] of written) await rename(temp, path);
  } catch (cause) {
    await Promise.all(written.map(([temp]) => rm(temp, { force: true }).catch(() => {})));
    throw new HotspotsError(`${dir}: expected a writable report folder, got ${(cause as Error).message}`, 'E_OUTPUT', 1, { cause });
  }
  return paths;
}

function* reportJson(report: Report): Generator<string> {
  yield* jsonChunks(report, 2, 2);
  yield '\n';
}

function* rejectLines(rejects: readonly Reject[]): Generator<string> {
  for (const r of rejects) yield `${JSON.stringify({ file: r.file, row: r.row, reason: r.reason })}\n`;
}

/**
 * Writes pieces of text to `path` in writes of about 32,000 characters: strings that small are born and die in
 * V8's young generation, where a megabyte-sized one goes to the old generation and raises the heap's peak.
 */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let buffer: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      buffer.push(piece);
      size += piece.length;
      if (size >= 1 << 15) {
        await file.write(buffer.join(''), null, 'utf8');
        buffer = [];
        size = 0;
      }
    }
    if (size > 0) await file.write(buffer.join(''), null, 'utf8');
  } finally {
    await file.close();
  }
}
