import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../src/analyze.js';
import { createClassifier, type Classifier, type ClassifyInput } from '../src/classify.js';
import { InputError } from '../src/core/errors.js';
import type { TicketInput } from '../src/core/ticket.js';
import { loadModels } from '../src/models/load-models.js';
import type { Models } from '../src/models/models.js';

// Twelve distinct problems, five customers each: every problem's words are in 5 of 60 tickets, enough for the
// topic vocabulary (min df 5, max df 10 %).
const problems = [
  '丽景小区宽带掉线', '海韵花园手机没信号', '营业厅排队太久', '套餐乱扣费', '光猫红灯闪烁', '国际漫游打不通',
  '流量包没生效', '机顶盒画面卡顿', '携号转网被拒绝', '彩铃业务私自订购', '装机师傅迟到', '发票开不出来',
];
const endings = ['，好几天了', '，一直没人管', '，请尽快处理', '，太耽误事了', '，非常不满意'];
const day = Date.UTC(2026, 10, 10, 2);
const training: TicketInput[] = problems.flatMap((p, k) =>
  endings.map((e, i) => ({ id: `p${k}-${i}`, text: p + e, time: day + i * 3_600_000, customerId: `C${k}-${i}` })),
);

let models: Models;
let run: AnalyzeResult;
let classifier: Classifier;

beforeAll(async () => {
  models = await loadModels();
  run = await analyze(training, {}, { models });
  classifier = createClassifier({ models, model: run.update.model });
}, 60_000);

describe('createClassifier().classify', () => {
  it.each([
    [0, '丽景小区的宽带昨天又掉线了'],
    [2, '营业厅排队太久了，等了一上午'],
    [9, '彩铃业务被私自订购'],
  ])('classify(new wording of problem %i) gives the topic and issue analyze put that problem in', (k, text) => {
    const known = `p${k}-0`;
    const topic = run.report.topics.find((t) => t.ticketIds.includes(known));
    const issue = run.report.issues.find((i) => i.ticketIds.includes(known));
    expect(topic).toBeDefined();
    expect(issue).toBeDefined();
    const result = classifier.classify({ id: 'new', text });
    expect(result.ticketId).toBe('new');
    expect(result.topicId).toBe(topic?.id);
    expect(result.issueId).toBe(issue?.id);
    expect(result.issueLabel).toBe(issue?.label);
    expect(result.similarity).toBeGreaterThan(0.3);
  });

  it('classify(every training ticket) agrees with the topic analyze assigned it', () => {
    for (const t of training) {
      const topic = run.report.topics.find((x) => x.ticketIds.includes(t.id));
      expect(classifier.classify(t).topicId).toBe(topic?.id);
    }
  });

  it('classify(threat) flags the trigger with its exact span in the normalized text', () => {
    const result = classifier.classify({ id: 'r', text: '套餐乱扣费三个月没人处理，再不解决我就投诉到工信部！' });
    const flag = result.risks.find((r) => r.term === '工信部');
    expect(flag).toBeDefined();
    expect(flag?.start).toBe(result.text.indexOf('工信部'));
    expect(flag?.end).toBe((flag?.start ?? 0) + '工信部'.length);
    expect(result.text.slice(flag?.start, flag?.end)).toBe('工信部');
    expect(flag?.hypothetical).toBe(true);
    expect(flag?.category).toBe('regulator');
    expect(flag?.name).toBe(models.risk.categories.get('regulator')?.name);
    expect(result.riskLevel).toBe(flag?.level);
  });

  it('classify(negated trigger) does not flag it', () => {
    const result = classifier.classify({ id: 'n', text: '我没有要投诉工信部的意思，就是想问下流量包怎么退订' });
    expect(result.risks.filter((r) => r.category === 'regulator')).toEqual([]);
  });

  it('classify(ticket with phone numbers) returns its text masked', () => {
    const result = classifier.classify({ id: 'm', text: '丽景小区宽带掉线，回电13912345678或tel13812345678，身份证110105194912310021' });
    expect(result.text).toContain('<手机号>');
    expect(result.text).toContain('<身份证号>');
    expect(result.text).not.toMatch(/\d{4}/);
  });

  it('classify(ticket without time) takes it as now; with fields it ignores them', () => {
    const result = classifier.classify({ id: 'f', text: '发票开不出来', fields: { 备注: '加急' } });
    expect(result.topicId).toBe(run.report.topics.find((t) => t.ticketIds.includes('p11-0'))?.id);
  });

  it.each([
    ['an empty id', { id: '', text: '掉线' }],
    ['a text that is not a string', { id: 'a', text: 5 }],
    ['a fractional time', { id: 'a', text: '掉线', time: 1.5 }],
    ['a region that is not a string', { id: 'a', text: '掉线', region: 7 }],
    ['no object at all', null],
  ])('classify(ticket with %s) throws InputError', (_what, bad) => {
    expect(() => classifier.classify(bad as unknown as ClassifyInput)).toThrow(InputError);
  });

  it('classify(ticket) without a model still flags risks, with no topic and no issue', () => {
    const bare = createClassifier({ models, model: undefined });
    const result = bare.classify({ id: 'b', text: '再不解决就投诉到工信部' });
    expect(result.topicId).toBe('');
    expect(result.issueId).toBeNull();
    expect(result.risks.map((r) => r.term)).toContain('工信部');
  });
});
