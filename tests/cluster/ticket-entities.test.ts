import { describe, expect, it } from 'vitest';
import { createEntityTest, parseGroupingModels } from '../../src/cluster/grouping-models.js';
import { findTicketEntities } from '../../src/cluster/ticket-entities.js';
import { createTicketTermWeights, termTicketCounts } from '../../src/cluster/ticket-term-weights.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const models = parseGroupingModels('@entity-suffix\n银行\n人寿\n公司\n金融\n小区\n家园\n@entity-family\n银行 信用卡\n人寿 保险\n公司 金融\n', 'g.txt');

function entitiesOf(tokens: string[][], words: string[] = []): Array<string | undefined> {
  const corpus = corpusFromTokens(tokens.map((t) => ({ tokens: t })));
  const df = termTicketCounts(corpus);
  const termsOf = createTicketTermWeights(corpus, df, 2);
  const names = new Set(words);
  const found = findTicketEntities(corpus, df, createEntityTest(models, words), termsOf, models.families, (w) => names.has(w));
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
});
