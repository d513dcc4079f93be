import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/corpus.js';
import type { NormalizedTicket } from '../../src/core/ticket.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { createNodejiebaSegmenter } from '../../src/segment/create-nodejieba-segmenter.js';
import { mergePlaceNames, placeNameRules } from '../../src/segment/merge-place-names.js';
import { segmentTickets } from '../../src/segment/segment-tickets.js';
import { parseDictSections } from '../../src/segment/text-models.js';
import { shippedTextModels } from './models-fixture.js';

const tiny = {
  stopwords: new Set(['我们', '都', '在']),
  synonyms: new Map([['断网', '掉线']]),
  fillers: ['嗯'],
  userDict: '宽带 n\n客服 n',
  placeSuffixes: ['小区', '花园', '广场', '苑', '楼'],
  notPlacePrefixes: ['附近', '老'],
};
const rules = placeNameRules(tiny);
if (!rules) throw new Error('expected place rules');

describe('mergePlaceNames', () => {
  it.each([
    [['丽', '景', '小区', '宽带'], ['丽景小区', '宽带']],
    [['海韵', '花园', '没', '信号'], ['海韵花园', '没', '信号']],
    [['太白', '湖', '小区'], ['太白湖小区']],
    [['风筝', '广场', '小区'], ['风筝广场小区']],
  ])('mergePlaceNames(%j) joins the name with its suffix', (tokens, merged) => {
    expect(mergePlaceNames(tokens, rules)).toEqual(merged);
  });

  it.each([
    [['我们', '小区']],
    [['附近', '小区']],
    [['老', '小区']],
    [['宽带', '小区']],
    [['在', '丽', '小区']],
    [['五', '楼']],
    [['断网', '小区']],
  ])('mergePlaceNames(%j) leaves a word that does not name a place alone', (tokens) => {
    expect(mergePlaceNames(tokens, rules)).toEqual(tokens);
  });

  it.each([[['健身房', '跑', '路']], [['老板', '跑', '路', '了']], [['这', '套', '路']]])(
    'mergePlaceNames(%j) with the shipped models: 跑路, 套路 are no road names',
    (tokens) => {
      const shipped = placeNameRules(shippedTextModels());
      expect(mergePlaceNames(tokens, shipped!)).toEqual(tokens);
    },
  );

  it('mergePlaceNames(tokens) keeps the concatenation of the tokens', () => {
    const tokens = ['嗯', '丽', '景', '小区', '都', '断', '了', '，', '海韵', '花园', '也'];
    expect(mergePlaceNames(tokens, rules).join('')).toBe(tokens.join(''));
  });

  it('placeNameRules(models without place suffixes) is null', () => {
    expect(placeNameRules({ ...tiny, placeSuffixes: [] })).toBeNull();
  });
});

describe('parseDictSections', () => {
  it('parseDictSections(text, file) splits words from the place lists, keeping line numbers', () => {
    const sections = parseDictSections('宽带 n\n[place suffixes]\n小区 花园\n# c\n[not place prefixes]\n附近\n[words]\n光猫\n', 'd.txt');
    expect(sections.placeSuffixes).toEqual(['小区', '花园']);
    expect(sections.notPlacePrefixes).toEqual(['附近']);
    expect(sections.words.split('\n')[0]).toBe('宽带 n');
    expect(sections.words.split('\n')[7]).toBe('光猫');
    expect(sections.words).not.toContain('小区');
  });

  it('parseDictSections(text, file) rejects an unknown section with file and line', () => {
    expect(() => parseDictSections('宽带\n[places]\n', 'd.txt')).toThrow(/d\.txt:2/);
  });
});

const models = shippedTextModels();
const ticket = (text: string, id = 't'): NormalizedTicket => ({ id, text, time: 0, lang: 'zh' });
const spans = (corpus: Corpus, i: number): string[] => {
  const doc = corpus.docs[i];
  const text = corpus.tickets[i]?.text ?? '';
  return [...(doc?.termIds ?? [])].map((id, j) => `${corpus.vocab.terms[id]}=${text.slice(doc?.starts[j], doc?.ends[j])}`);
};

describe('segmentTickets with place names', () => {
  const texts = ['丽景小区宽带掉线', '我住海韵花园，手机没信号', '附近小区也断网了', '<手机号>丽景小区又断网'];
  const tickets = texts.map((t, i) => ticket(t, `t${i}`));

  it('segmentTickets(tickets) makes one place term spanning the whole name', () => {
    const corpus = segmentTickets(tickets, createNodeRsSegmenter(models.userDict), models);
    expect(spans(corpus, 0)).toEqual(['丽景小区=丽景小区', '宽带=宽带', '掉线=掉线']);
    expect(spans(corpus, 1)).toContain('海韵花园=海韵花园');
    expect(spans(corpus, 2)).not.toContain('附近小区=附近小区');
    expect(spans(corpus, 3)[0]).toBe('丽景小区=丽景小区');
  });

  it('segmentTickets(tickets) gives the same place terms with both adapters', () => {
    const a = segmentTickets(tickets, createNodeRsSegmenter(models.userDict), models);
    const b = segmentTickets(tickets, createNodejiebaSegmenter(models.userDict), models);
    expect(tickets.map((_, i) => spans(b, i))).toEqual(tickets.map((_, i) => spans(a, i)));
  });
});
