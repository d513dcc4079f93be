import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplatePattern, removeBoilerplate } from '../../src/normalize/remove-boilerplate.js';

const PHRASES = ['您好很高兴为您服务', '请问有什么可以帮您', '工号{n}号为您服务', '{n}号客服为您服务', '我是{n}号客服', '再见', '请稍等', 'Wi Fi已重置', '好'];
const FILLERS = ['嗯', '那个', '就是说', '额'];

/** What removeBoilerplate stands for: global replaces with the phrase and filler patterns, then the clean-up. */
function reference(text: string, phrases: readonly string[], fillers: readonly string[]): string {
  let out = text;
  const phrase = boilerplatePattern(phrases);
  if (phrase) out = out.replace(phrase, ' ');
  const edge = '[\\s,，.。!！?？、;；:：~～…]';
  const words = [...fillers].filter((f) => f !== '').sort((a, b) => b.length - a.length);
  if (words.length > 0) out = out.replace(new RegExp(`(^|${edge})(?:${words.join('|')})+(?=${edge}|$)`, 'g'), '$1');
  return out
    .replace(/([,，.。!！?？;；、])(?:[ \t]*[,，.。!！?？;；、])+/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/^[\s,，.。!！?？;；、]+/, '')
    .replace(/[ \t]*\n[\s,，.。!！?？;；、]*/g, '\n')
    .trim();
}

describe('removeBoilerplate', () => {
  it('removeBoilerplate(text, phrases, fillers) drops phrases across punctuation, standalone fillers and repeated punctuation', () => {
    expect(removeBoilerplate('您好，很高兴为您服务。嗯，我家宽带掉线了！！！', PHRASES, FILLERS)).toBe('我家宽带掉线了！');
    expect(removeBoilerplate('工号 1234 号为您服务，那个金额不对', PHRASES, FILLERS)).toBe('那个金额不对');
    expect(removeBoilerplate('wi fi已重置，还是不行', PHRASES, FILLERS)).toBe('还是不行');
  });

  it('removeBoilerplate(text) equals the global replaces it stands for on any mix of phrase pieces, fillers and punctuation', () => {
    const part = fc.constantFrom('您', '好', '很高兴', '为您服务', '请', '问', '有什么可以帮您', '工号', '12', '号', '我是', '客服', '再', '见', '请稍等', 'W', 'w', 'i', 'I', ' ', 'F', 'f', '已重置', '嗯', '那个', '就是说', '额', '金额', '，', '。', '!', '！', '?', '、', '~', '…', ';', '：', '\t', '\n', '  ', '宽带', '掉线');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expect(removeBoilerplate(text, PHRASES, FILLERS)).toBe(reference(text, PHRASES, FILLERS));
      }),
      { numRuns: 3000 },
    );
  });

  it('removeBoilerplate(text, [], []) only tidies punctuation and blanks', () => {
    expect(removeBoilerplate('，，宽带  掉线。。', [], [])).toBe('宽带 掉线。');
  });
});
