import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { projectFile } from './fixtures.js';

const header = '@category\tregulator\t监管投诉\tred\tthreat\n@category\tattitude\t服务态度\torange\tfact\n';

describe('parseRiskLexicon(text, file)', () => {
  it('reads categories, entries with level overrides, and exclusions', () => {
    const lexicon = parseRiskLexicon(`# c\n${header}\n工信部\tregulator\n骂人\tattitude\tred\n多媒体\t-\n`, 'x.tsv');
    expect(lexicon.categories.get('attitude')).toEqual({ id: 'attitude', name: '服务态度', level: 'orange', scope: 'fact' });
    expect(lexicon.entries).toEqual([
      { term: '工信部', category: 'regulator' },
      { term: '骂人', category: 'attitude', level: 'red' },
    ]);
    expect(lexicon.exclusions).toEqual(['多媒体']);
  });

  it('reads @repeat lines as repeat markers, not risk entries', () => {
    const lexicon = parseRiskLexicon(`${header}工信部\tregulator\n@repeat\t第二次反映\n@repeat\t再次投诉\n@repeat\t第二次反映\n`, 'x.tsv');
    expect(lexicon.repeatMarkers).toEqual(['第二次反映', '再次投诉']);
    expect(lexicon.entries.map((e) => e.term)).toEqual(['工信部']);
    expect(() => parseRiskLexicon(`${header}工信部\tregulator\n@repeat\n`, 'x.tsv')).toThrow('x.tsv:4');
  });

  it('throws a ModelError naming the line for an undeclared category', () => {
    expect(() => parseRiskLexicon(`${header}工信部\tregulatr\n`, 'x.tsv')).toThrow(ModelError);
    expect(() => parseRiskLexicon(`${header}工信部\tregulatr\n`, 'x.tsv')).toThrow(/x\.tsv:3: .*"regulatr"/);
  });

  it('throws on a bad level, a duplicate term, a wrong column count and an empty lexicon', () => {
    expect(() => parseRiskLexicon(`${header}工信部\tregulator\tpurple\n`)).toThrow(/purple/);
    expect(() => parseRiskLexicon(`${header}工信部\tregulator\n工信部\tregulator\n`)).toThrow(/line 3/);
    expect(() => parseRiskLexicon(`${header}工信部\n`)).toThrow(/term<TAB>category/);
    expect(() => parseRiskLexicon(header)).toThrow(/at least one/);
  });

  it('parses the shipped lexicon with every required category', () => {
    const lexicon = parseRiskLexicon(projectFile('models/risk-lexicon.tsv'));
    for (const id of ['regulator', 'media', 'legal', 'attitude', 'mass', 'safety', 'fraud', 'churn', 'vulnerable']) {
      expect(lexicon.entries.some((e) => e.category === id), id).toBe(true);
    }
  });
});

describe('parseRiskLexicon frames and replies', () => {
  const head = '@category\tmedia\t媒体曝光\tred\tthreat\n@category\tchurn\t离网\torange\tthreat\n记者\tmedia\n退网\tchurn\n';

  it('reads @frame, @not, @reply and @customer lines', () => {
    const lexicon = parseRiskLexicon(`${head}@frame\tmedia\t记者\tbefore\t找,联系\n@not\tchurn\t*\tbefore\t4S店\n@reply\t商家回复\n@customer\t追评\n`);
    expect(lexicon.frames).toEqual([
      { category: 'media', terms: ['记者'], where: 'before', cues: ['找', '联系'], negative: false },
      { category: 'churn', terms: '*', where: 'before', cues: ['4S店'], negative: true },
    ]);
    expect(lexicon.replyMarkers).toEqual(['商家回复']);
    expect(parseRiskLexicon(`${head}@not\tmedia\t记者\tclause\t培训\n`).frames).toEqual([
      { category: 'media', terms: ['记者'], where: 'clause', cues: ['培训'], negative: true },
    ]);
    expect(parseRiskLexicon(`${head}@not\tchurn\t*\tsentence\t拆迁\n`).frames).toEqual([
      { category: 'churn', terms: '*', where: 'sentence', cues: ['拆迁'], negative: true },
    ]);
    expect(lexicon.customerMarkers).toEqual(['追评']);
  });

  it('names the line of a frame on an unknown term, place or category', () => {
    expect(() => parseRiskLexicon(`${head}@frame\tmedia\t电视台\tbefore\t找\n`, 'x.tsv')).toThrow(/x\.tsv:5: .*"media" entry.*电视台/);
    expect(() => parseRiskLexicon(`${head}@not\tchurn\t*\tparagraph\t店\n`, 'x.tsv')).toThrow(/x\.tsv:5: expected before\|after\|clause\|sentence,/);
    expect(() => parseRiskLexicon(`${head}@frame\tlegal\t*\tbefore\t找\n`, 'x.tsv')).toThrow(/x\.tsv:5: expected a category declared/);
  });
});
