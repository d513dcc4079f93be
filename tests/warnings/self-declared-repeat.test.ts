import { describe, expect, it } from 'vitest';
import { findSelfDeclaredRepeat } from '../../src/warnings/self-declared-repeat.js';

describe('findSelfDeclaredRepeat', () => {
  it.each([
    ['上次反映的多扣费问题没有处理，这个月又乱扣费了', '上次反映'],
    ['这是我第三次来电了', '第三次来电'],
    ['我再次投诉你们的宽带', '再次投诉'],
    ['又一次出现断网', '又一次出现'],
    ['I complained again about the late fee', 'complained again'],
  ])('findSelfDeclaredRepeat(%j) is a strong cue: %j', (text, cue) => {
    expect(findSelfDeclaredRepeat(text)).toMatchObject({ strength: 'strong', span: { term: cue } });
  });

  it.each([
    ['第二次购买，东西很不错', '第二次'],
    ['感谢您的认可，期待您的再次光临', '再次'],
    ['这个月又乱扣费了', '又'],
    ['charged again this month', 'again'],
  ])('findSelfDeclaredRepeat(%j) is only a weak cue (%j): a repurchase or a hotel reply is no repeated complaint', (text, cue) => {
    expect(findSelfDeclaredRepeat(text)).toMatchObject({ strength: 'weak', span: { term: cue } });
  });

  it('findSelfDeclaredRepeat(又慢又贵) finds no cue', () => {
    expect(findSelfDeclaredRepeat('送餐又慢又贵')).toBeUndefined();
  });
});
