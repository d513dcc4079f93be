import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateExport } from '../../src/generate/generate-export.js';
import { groundTruthSchema } from '../../src/generate/ground-truth.js';
import { writeGeneratedExport } from '../../src/generate/write-generated-export.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('writeGeneratedExport', () => {
  it('writeGeneratedExport(path, result) writes the CSV and <name>.truth.json next to it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-'));
    dirs.push(dir);
    const result = generateExport({ n: 120, seed: 9 });
    const paths = await writeGeneratedExport(join(dir, 'sub', 'export.csv'), result);
    expect(paths.truth).toBe(join(dir, 'sub', 'export.truth.json'));
    const csv = await readFile(paths.csv, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n').filter((line) => line.startsWith('GD'))).toHaveLength(120);
    const truth = groundTruthSchema.parse(JSON.parse(await readFile(paths.truth, 'utf8')));
    expect(truth).toEqual(result.truth);
  });
});
