import { describe, expect, it } from 'vitest';
import { boilerplatePattern } from '../../src/normalize/remove-boilerplate.js';
import { splitTurns } from '../../src/normalize/split-turns.js';

describe('splitTurns', () => {
  it('splitTurns(text) recognises 客服/客户 labels with full-width and ASCII colons', () => {
    expect(splitTurns('客服：您好\n客户:宽带掉线了\n坐席: 好的')).toEqual([
      { speaker: 'agent', text: '您好' },
      { speaker: 'customer', text: '宽带掉线了' },
      { speaker: 'agent', text: '好的' },
    ]);
  });

  it('splitTurns(text) recognises bracketed labels and 工号NNNN', () => {
    expect(splitTurns('[客服] 请讲 【用户】网速慢 工号1024：记录了').map((t) => t.speaker)).toEqual([
      'agent',
      'customer',
      'agent',
    ]);
  });

  it('splitTurns(text) does not take 用户 inside a sentence for a label', () => {
    expect(splitTurns('用户反映宽带掉线')).toEqual([{ speaker: 'unknown', text: '用户反映宽带掉线' }]);
  });

  it('splitTurns(text, agentPhrases) makes the letter that speaks agent phrases the agent', () => {
    const agent = boilerplatePattern(['请问有什么可以帮您']) ?? undefined;
    const turns = splitTurns('A: 我家宽带掉线了 B: 请问有什么可以帮您 A: 掉线三天了', agent);
    expect(turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer']);
  });

  it('splitTurns(text) takes the first letter speaker for the agent without other evidence', () => {
    expect(splitTurns('A:你好 B:网断了').map((t) => t.speaker)).toEqual(['agent', 'customer']);
  });
});
