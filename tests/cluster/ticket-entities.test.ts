import { describe, expect, it } from 'vitest';
import { createEntityTest, parseGroupingModels } from '../../src/cluster/grouping-models.js';
import { findTicketEntities, type EntityMergeOptions } from '../../src/cluster/ticket-entities.js';
import { createTicketTermWeights, termTicketCounts } from '../../src/cluster/ticket-term-weights.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const models = parseGroupingModels('@entity-suffix\n银行\n人寿\n公司\n金融\n小区\n家园\n路\n@entity-family\n银行 信用卡\n人寿 保险\n公司 金融\n', 'g.txt');

function entitiesOf(tokens: string[][], words: string[] = [], merge?: EntityMergeOptions): Array<string | undefined> {
  const corpus = corpusFromTokens(tokens.map((t) => ({ tokens: t })));
  const df = termTicketCounts(corpus);
  const termsOf = createTicketTermWeights(corpus, df, 2);
  const names = new Set(words);
  const found = findTicketEntities(corpus, df, createEntityTest(models, words), termsOf, models.families, (w) => names.has(w), merge);
  return Array.from(found.entityOf, (t) => (t < 0 ? undefined : corpus.vocab.terms[t]));
}

describe('findTicketEntities', () => {
  it('findTicketEntities merges the variants of one firm and lets a discovered bare name stand for it', () => {
    const got = entitiesOf([['捷信公司', '催收'], ['捷信公司', '利息'], ['捷信金融', '利息'], ['捷信', '骚扰'], ['投诉', '利息']], ['捷信']);
    expect(got).toEqual(['捷信公司', '捷信公司', '捷信公司', '捷信公司', undefined]);
  });

  it('findTicketEntities keeps names of one stem in different families apart (中国银行, 中国人寿)', () => {
    const got = entitiesOf([['中国银行', '扣费'], ['中国人寿', '退保'], ['中国人寿', '理赔']], ['中国']);
    expect(got).toEqual(['中国银行', '中国人寿', '中国人寿']);
  });

  it('findTicketEntities merges a place with the longer name that starts with it (运河家园, 运河家园小区) and picks the weightier entity', () => {
    const got = entitiesOf([['运河家园小区', '信号'], ['运河家园', '信号'], ['运河家园小区', '断网'], ['浦发银行', '招商银行', '招商银行']]);
    expect(got).toEqual(['运河家园小区', '运河家园小区', '运河家园小区', '招商银行']);
  });

  it('findTicketEntities merges a name with the entity it ends with (枫林路锦华小区, 锦华小区; 中国建设银行, 建设银行)', () => {
    const got = entitiesOf([['枫林路锦华小区', '电梯'], ['锦华小区', '电梯'], ['锦华小区', '停车'], ['中国建设银行', '扣费'], ['建设银行', '扣费'], ['华小区', '停车']]);
    // 华小区 is no name (one character before the suffix), and 锦华小区 is not it with 锦 before it.
    expect(got).toEqual(['锦华小区', '锦华小区', '锦华小区', '建设银行', '建设银行', undefined]);
  });

  const MERGE: EntityMergeOptions = { minTickets: 3, smallerShare: 0.5, largerShare: 0.25 };
  // An estate and the road beside it, named together in most of their tickets; a bank named alone.
  const estate = [
    ['学府小区', '鹿山路', '垃圾站'],
    ['学府小区', '鹿山路', '臭味'],
    ['鹿山路', '学府小区', '垃圾站'],
    ['鹿山路', '垃圾站'],
    ['学府小区', '停车'],
    ['招商银行', '扣费'],
  ];

  it('findTicketEntities(…, merge) makes entities named together in most of their tickets one, named by the one more tickets name', () => {
    expect(entitiesOf(estate, [], MERGE)).toEqual(['学府小区', '学府小区', '学府小区', '学府小区', '学府小区', '招商银行']);
    // Without the option they stay two.
    expect(entitiesOf(estate)).toEqual(['学府小区', '学府小区', '学府小区', '鹿山路', '学府小区', '招商银行']);
  });

  it('findTicketEntities(…, merge) keeps a large entity apart from a word named beside it in a small share of its tickets', () => {
    const firm = Array.from({ length: 20 }, (_, i) => ['捷信公司', i % 2 ? '利息' : '催收']);
    const side = [['捷信公司', '套路贷'], ['捷信公司', '套路贷'], ['捷信公司', '套路贷'], ['招联金融', '套路贷']];
    const got = entitiesOf([...firm, ...side], [], MERGE);
    // 3 of 4 套路贷 tickets name 捷信 (over half of the smaller), but 3 of 23 of 捷信's name 套路贷 (under a quarter).
    expect(got.slice(20)).toEqual(['捷信公司', '捷信公司', '捷信公司', '招联金融']);
  });
});
