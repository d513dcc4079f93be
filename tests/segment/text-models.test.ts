import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import {
  parseBoilerplate,
  parseSynonyms,
  parseTextModels,
  parseUserDict,
  parseWordList,
} from '../../src/segment/text-models.js';
import { shippedTextModels } from './models-fixture.js';

describe('parseWordList', () => {
  it('parseWordList(text, file) skips comments and blanks and lower-cases Latin words', () => {
    const words = parseWordList('# comment\n的 了\n\nThe  # trailing comment\n', 'stop.txt');
    expect([...words].sort()).toEqual(['了', '的', 'the'].sort());
  });
  it('parseWordList(text, file) rejects a control character with file and line', () => {
    expect(() => parseWordList('ok\nb\u0001ad\n', 'stop.txt')).toThrow(ModelError);
    expect(() => parseWordList('ok\nb\u0001ad\n', 'stop.txt')).toThrow(/stop\.txt:2/);
  });
});

describe('parseSynonyms', () => {
  it('parseSynonyms(text, file) maps every variant of a line to its first word', () => {
    const map = parseSynonyms('掉线 断网 网断了 上不了网 断线\n', 'syn.txt');
    expect(map.get('断网')).toBe('掉线');
    expect(map.get('上不了网')).toBe('掉线');
    expect(map.has('掉线')).toBe(false);
  });
  it('parseSynonyms(text, file) rejects a one-word line and a variant claimed twice', () => {
    expect(() => parseSynonyms('掉线\n', 'syn.txt')).toThrow(/syn\.txt:1/);
    expect(() => parseSynonyms('掉线 断网\n网速慢 断网\n', 'syn.txt')).toThrow(/syn\.txt:2/);
  });
  it('parseSynonyms(text, file) rejects a canonical word that is a variant of another group', () => {
    expect(() => parseSynonyms('掉线 断网\n断网 网断了\n', 'syn.txt')).toThrow(ModelError);
  });
});

describe('parseUserDict', () => {
  it('parseUserDict(text, file) reads word, optional freq and optional tag', () => {
    expect(parseUserDict('宽带\n光猫 300\n携号转网 50 v\n掉线 v\n', 'dict.txt')).toEqual([
      { word: '宽带', freq: undefined, tag: undefined },
      { word: '光猫', freq: 300, tag: undefined },
      { word: '携号转网', freq: 50, tag: 'v' },
      { word: '掉线', freq: undefined, tag: 'v' },
    ]);
  });
  it('parseUserDict(text, file) rejects too many fields and a non-numeric frequency', () => {
    expect(() => parseUserDict('a 1 n x\n', 'dict.txt')).toThrow(/dict\.txt:1/);
    expect(() => parseUserDict('ok\n宽带 many n\n', 'dict.txt')).toThrow(/dict\.txt:2/);
  });
});

describe('parseBoilerplate', () => {
  it('parseBoilerplate(text, file) splits phrases and [fillers]', () => {
    const parsed = parseBoilerplate('[phrases]\n您好 很高兴为您服务\n[fillers]\n嗯 啊\n那个\n', 'bp.txt');
    expect(parsed).toEqual({ boilerplate: ['您好很高兴为您服务'], fillers: ['嗯', '啊', '那个'] });
  });
  it('parseBoilerplate(text, file) rejects an unknown section', () => {
    expect(() => parseBoilerplate('[other]\n', 'bp.txt')).toThrow(/bp\.txt:1/);
  });
});

describe('parseTextModels', () => {
  it('parseTextModels(sources) names the file of a malformed line', () => {
    const sources = { dict: '宽带\n', stopwords: '的\n', synonyms: '掉线\n', boilerplate: '' };
    expect(() => parseTextModels(sources)).toThrow(/synonyms\.txt:1/);
  });
  it('parseTextModels(shipped files) parses the models in models/', () => {
    const models = shippedTextModels();
    expect(models.userDict.split('\n').length).toBeGreaterThan(200);
    expect(models.stopwords.has('的')).toBe(true);
    expect(models.stopwords.has('the')).toBe(true);
    expect(models.synonyms.get('乱收费')).toBe('乱扣费');
    expect(models.boilerplate).toContain('您好很高兴为您服务');
    expect(models.fillers).toContain('嗯');
    expect(models.placeSuffixes).toEqual(expect.arrayContaining(['小区', '花园', '苑', '路']));
    expect(models.notPlacePrefixes).toContain('附近');
    expect(models.userDict).not.toMatch(/\[|花园/);
  });
});
