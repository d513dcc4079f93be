import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError, createClassifier, createMemoryHistoryStore, loadModels, openDuckdbHistoryStore, runAnalysis, type Models } from '../src/index.js';
import { formatGeneratedCsv } from '../src/generate/format-generated-csv.js';
import { generateExport } from '../src/testing.js';

let dir: string;
let file: string;
let models: Models;
const now = new Date(Date.UTC(2026, 10, 22));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-journeys-'));
  file = join(dir, 'export.csv');
  await writeFile(file, formatGeneratedCsv(generateExport({ n: 600, seed: 3, days: 5 })));
  models = await loadModels();
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const withoutClock = (report: { generatedAt: string }) => ({ ...report, generatedAt: '' });

describe('runAnalysis with flat options', () => {
  it('gives the report the nested form gives, and takes parsed models or a models folder', async () => {
    const flat = await runAnalysis({ files: [file], period: 'week', top: 3, seed: 5, now });
    const nested = await runAnalysis({ files: [file], options: { period: 'week', top: 3, seed: 5 }, now });
    expect(flat.report.config).toMatchObject({ period: 'week', top: 3, seed: 5 });
    expect(withoutClock(flat.report)).toEqual(withoutClock(nested.report));
    const parsed = await runAnalysis({ files: [file], period: 'week', top: 3, seed: 5, now, models });
    expect(withoutClock(parsed.report)).toEqual(withoutClock(flat.report));
    // A folder without any model file falls back to the shipped ones.
    const folder = await runAnalysis({ files: [file], period: 'week', top: 3, seed: 5, now, models: dir });
    expect(withoutClock(folder.report)).toEqual(withoutClock(flat.report));
  }, 120_000);

  it('refuses both forms at once, a models object that is not parsed models, and no files', async () => {
    await expect(runAnalysis({ files: [file], period: 'week', options: { top: 3 } })).rejects.toThrow(ConfigError);
    await expect(runAnalysis({ files: [file], models: { dir } as never })).rejects.toThrow(/^models: expected a folder of model files or parsed models/);
    await expect(runAnalysis({ files: [] })).rejects.toThrow(/^files: expected array with >= 1 items, got \[\]$/);
  });
});

describe('createClassifier({ state })', () => {
  it('reads the model of the last run from the state file, closes it, and classifies as a classifier built by hand', async () => {
    const state = join(dir, 'state.duckdb');
    await runAnalysis({ files: [file], state, now });
    const classifier = await createClassifier({ state });

    // The state is closed again: it opens (a second open in this process would be refused as locked).
    const store = await openDuckdbHistoryStore(state);
    const model = await store.loadModel();
    await store.close();
    expect(model).toBeDefined();
    const byHand = createClassifier({ models, model });

    const tickets = [
      { id: 'N1', text: '丽景小区宽带又掉线了，从早上到现在一直连不上' },
      { id: 'N2', text: '套餐乱扣费三个月没人处理，再不解决我就投诉到工信部！', time: now.getTime() },
    ];
    for (const ticket of tickets) {
      const result = classifier.classify(ticket);
      expect(result).toEqual(byHand.classify({ ...ticket, time: now.getTime() }));
      expect(result.topicId).not.toBe('');
    }
    expect(classifier.classify(tickets[1]!).riskLevel).toBe('red');
  }, 120_000);

  it('takes an open history store and leaves it open; without a run yet it flags risks only', async () => {
    const store = createMemoryHistoryStore();
    const classifier = await createClassifier({ state: store, models });
    const result = classifier.classify({ id: 'N3', text: '再不解决我就投诉到工信部！' });
    expect(result.topicId).toBe('');
    expect(result.issueId).toBeNull();
    expect(result.riskLevel).toBe('red');
    await expect(store.loadModel()).resolves.toBeUndefined();
  });

  it('refuses a state file that does not exist instead of creating an empty one', async () => {
    const missing = join(dir, 'no-such-state.duckdb');
    await expect(createClassifier({ state: missing })).rejects.toThrow(InputError);
    await expect(createClassifier({ state: missing })).rejects.toThrow(/no such file/);
    expect(existsSync(missing)).toBe(false);
  });

  it('says what it needs when given neither models nor a state', () => {
    expect(() => createClassifier({} as never)).toThrow(/^models: expected parsed models \(await loadModels\(\)\) or a state file/);
  });
});
