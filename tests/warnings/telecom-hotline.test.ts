import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/models/load-models.js';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { evaluateRisk, parseLabelledRiskSentences } from '../../src/warnings/evaluate-risk.js';
import { projectFile } from './fixtures.js';

// The telecom profile as analyze runs it (its lexicon, the shipped segmenter dictionary, token boundaries on).
let telecom: RiskMatcher;
const raised = (text: string): string[] => [...new Set(detectRisk(text, telecom).filter((m) => !m.negated).map((m) => m.category))].sort();

beforeAll(async () => {
  const models = await loadModels({ profile: 'telecom' });
  telecom = createRiskMatcher(models.risk, {}, createSegmenter('node-rs', models.text.userDict));
});

describe('the telecom lexicon on hotline tickets', () => {
  const rows = parseLabelledRiskSentences(projectFile('tests/warnings/risk-sentences.tsv'));

  it('raises the forms hotline tickets use for the categories of issue 16', () => {
    const forms: Array<[string, string]> = [
      ['用户称已向省管局申诉，要求我司尽快回复', 'regulator'],
      ['客户要求今天给答复，否则到通管局投诉', 'regulator'],
      ['客户表示如问题仍不解决将向工信部申诉', 'regulator'],
      ['客户扬言要向媒体曝光', 'media'],
      ['我准备把这事捅到媒体那去', 'media'],
      ['客户要求赔偿，否则将起诉我司', 'legal'],
      ['用户称已委托律师，将向我司发律师函', 'legal'],
      ['你们的客服态度太恶劣了', 'attitude'],
      ['用户反映装维人员态度恶劣并辱骂客户', 'attitude'],
      ['客户称营业厅的人骂她是骗子', 'attitude'],
      ['客户反映小区大面积断网', 'mass'],
      ['客户反映附近基站故障', 'mass'],
    ];
    for (const [text, category] of forms) expect(raised(text), text).toEqual([category]);
  });

  it('does not raise the same words in other senses', () => {
    for (const text of [
      '客户看到电视台广告后办理的套餐，现要求变更',
      '客户称在律师事务所上班，白天不在家，要求晚上上门',
      '客户咨询法院的宽带专线报价',
      '客户称工信部的公告说可以免费提速',
      '客户表示工信部规定的携号转网政策要落实',
      '客户称骚扰电话拦截功能不好用',
      '客户咨询残疾人优惠套餐',
      '客户称邻居家都能正常上网，只有她家断网',
      '客户称会去工商局告你们虚假宣传', // regulator only: not a lawsuit
    ]) {
      expect(raised(text).filter((c) => c !== 'regulator'), text).toEqual([]);
    }
  });

  it('reaches precision >= 0.95 and recall >= 0.90 on every written sentence, hotline batches included, none negated flagged', () => {
    const hotline = rows.filter((r) => r.note.startsWith('telecom hotline'));
    expect(hotline.length).toBeGreaterThanOrEqual(300);
    for (const set of [rows, hotline]) {
      const result = evaluateRisk(set, telecom);
      expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
      expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.flaggedNegations).toEqual([]);
    }
  });
});
