import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { createEntityTest, parseGroupingModels } from '../../src/cluster/grouping-models.js';
import { projectFile } from '../warnings/fixtures.js';

describe('parseGroupingModels', () => {
  it('parseGroupingModels(text) reads the sections, comments and families', () => {
    const models = parseGroupingModels('# 注释\n@entity-suffix\n银行\n小区 # 地点\n@not-entity\n信用卡\n@generic\n影响\n@entity-family\n银行 信用卡中心 信用卡\n', 'g.txt');
    expect(models.entitySuffixes).toEqual(['银行', '小区']);
    expect([...models.notEntities]).toEqual(['信用卡']);
    expect([...models.generic]).toEqual(['影响']);
    expect(models.families).toEqual([['信用卡中心', '信用卡', '银行']]);
    expect(models.notEntitySuffixes).toEqual([]);
  });

  it.each([
    ['银行\n', /g\.txt:1: expected a section line/],
    ['@suffixes\n', /g\.txt:1: expected a section @entity-suffix/],
    ['@generic\n两个 词\n', /g\.txt:2: expected one word per line/],
  ])('parseGroupingModels(%j) throws a ModelError naming the file and line', (text, message) => {
    expect(() => parseGroupingModels(text, 'g.txt')).toThrow(ModelError);
    expect(() => parseGroupingModels(text, 'g.txt')).toThrow(message);
  });
});

describe('createEntityTest', () => {
  it('createEntityTest(models, discovered) takes suffixed names of three or more characters and discovered entities', () => {
    const isEntity = createEntityTest(parseGroupingModels('@entity-suffix\n银行\n小区\n@not-entity\n商业银行\n', 'g.txt'), ['捷信']);
    expect(['浦发银行', '运河家园小区', '捷信'].map(isEntity)).toEqual([true, true, true]);
    expect(['银行', '商业银行', '小区', '催收', '宽带+掉线'].map(isEntity)).toEqual([false, false, false, false, false]);
  });

  it('createEntityTest(models) wants two characters of name before the suffix (装宽带, 该银行 are a verb or a determiner and a class word)', () => {
    const isEntity = createEntityTest(parseGroupingModels('@entity-suffix\n银行\n宽带\n苑\n', 'g.txt'));
    expect(['锦华苑', '联通宽带', '浦发银行'].map(isEntity)).toEqual([true, true, true]);
    expect(['装宽带', '该银行', '华苑'].map(isEntity)).toEqual([false, false, false]);
  });

  it('createEntityTest(models, discovered, notNames) leaves out words discovery judged no name (申请房贷)', () => {
    const models = parseGroupingModels('@entity-suffix\n贷\n', 'g.txt');
    expect(createEntityTest(models)('申请房贷')).toBe(true);
    expect(createEntityTest(models, [], ['申请房贷'])('申请房贷')).toBe(false);
  });

  it('createEntityTest(models, discovered) never takes a word ending in a not-entity suffix, discovered or not (星级酒店)', () => {
    const models = parseGroupingModels('@entity-suffix\n店\n@not-entity-suffix\n酒店\n', 'g.txt');
    expect(models.notEntitySuffixes).toEqual(['酒店']);
    const isEntity = createEntityTest(models, ['商务酒店']);
    expect(['滨江店', '大学城店'].map(isEntity)).toEqual([true, true]);
    expect(['星级酒店', '商务酒店', '住这个酒店'].map(isEntity)).toEqual([false, false, false]);
  });

  it('createEntityTest(shipped grouping.txt) takes a named store (滨江店, 东门便利店), not a kind of shop or hotel', () => {
    const isEntity = createEntityTest(parseGroupingModels(projectFile('models/grouping.txt'), 'grouping.txt'));
    expect(['滨江店', '大学城店', '东门便利店'].map(isEntity)).toEqual([true, true, true]);
    expect(['便利店', '旗舰店', '4s店', '五星级酒店', '经济型酒店', '小吃店', '这家店'].map(isEntity)).toEqual([false, false, false, false, false, false, false]);
  });

  it('createEntityTest(shipped grouping.txt) names firms by trade and nuisance sites, not class words or the operator', () => {
    const isEntity = createEntityTest(parseGroupingModels(projectFile('models/grouping.txt'), 'grouping.txt'));
    expect(['鑫达采石场', '恒佳鞋业', '鑫源化工', '华城银行', '八里湖营业厅', '锦华苑'].map(isEntity)).toEqual([true, true, true, true, true, true]);
    expect(['采石场', '装宽带', '联通宽带', '手机银行', '信用卡', '营业厅'].map(isEntity)).toEqual([false, false, false, false, false, false]);
  });
});
