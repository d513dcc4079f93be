import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reject } from '../core/ticket.js';
import { HotspotsError } from '../core/errors.js';
import { jsonChunks } from './json-chunks.js';
import { htmlPieces } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { warningsCsvLines } from './render-warnings-csv.js';
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
    [paths.html, () => htmlPieces(report)],
    [paths.warningsCsv, () => warningsCsvLines(report)],
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
 * Writes pieces of text to `path` through one reused 256 KB buffer (TextEncoder.encodeInto): no joined string and
 * no Buffer per write, so writing a 100 MB report.json leaves next to no garbage behind.
 */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    const buffer = new Uint8Array(1 << 18);
    const encoder = new TextEncoder();
    let used = 0;
    for (let piece of pieces) {
      for (;;) {
        const { read, written } = encoder.encodeInto(piece, buffer.subarray(used));
        used += written;
        if (read === piece.length) break;
        // The buffer is full: write it and go on with the rest of the piece.
        await file.write(buffer, 0, used);
        used = 0;
        piece = piece.slice(read);
      }
      if (used > buffer.length - 4096) {
        await file.write(buffer, 0, used);
        used = 0;
      }
    }
    if (used > 0) await file.write(buffer, 0, used);
  } finally {
    await file.close();
  }
}
