import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { createClassifier } from '../src/classify.js';
import { loadModels } from '../src/models/load-models.js';

// A full collection on demand, also when the test runner was not started with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const problems = ['丽景小区宽带掉线', '营业厅排队太久', '套餐乱扣费', '光猫红灯闪烁', '国际漫游打不通', '流量包没生效'];

it('classify(100,000 tickets in a row) does not grow the heap beyond a few MB after GC', async () => {
  const models = await loadModels();
  const training = problems.flatMap((p, k) =>
    Array.from({ length: 8 }, (_, i) => ({ id: `p${k}-${i}`, text: `${p}，第${i}天`, time: Date.UTC(2026, 10, 10) + i, customerId: `C${k}${i}` })),
  );
  const classifier = createClassifier({ models, model: (await analyze(training, {}, { models })).update.model });
  // Every call has new numbers and a new Latin word, so caches that grew with each call would show.
  const ticket = (i: number) => ({
    id: `n${i}`,
    text: `${problems[i % problems.length]}，订单${1_000_000 + i}，tel1391234${String(i % 10_000).padStart(4, '0')}，code${i}x，再不解决就投诉到工信部`,
    customerId: `C${i}`,
  });
  for (let i = 0; i < 5_000; i++) classifier.classify(ticket(i));
  const before = heapAfterGc();
  let flagged = 0;
  for (let i = 5_000; i < 105_000; i++) if (classifier.classify(ticket(i)).riskLevel !== null) flagged++;
  const grown = heapAfterGc() - before;
  expect(flagged).toBe(100_000);
  // The token cache holds at most 65,536 entries (~4 MB); without that cap these calls grow the heap by ~12 MB.
  expect(grown).toBeLessThan(8 * 1024 * 1024);
  // Used after the measurement, so the classifier and its caches were alive while it was taken.
  expect(classifier.classify(ticket(0)).riskLevel).not.toBeNull();
}, 300_000);
