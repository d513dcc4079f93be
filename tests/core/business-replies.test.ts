import { describe, expect, it } from 'vitest';
import { businessReplies, insideRanges } from '../../src/core/business-replies.js';

describe('businessReplies', () => {
  it('businessReplies spans each reply from its marker to the next customer marker or the end', () => {
    const text = '房间很吵。宾馆反馈：感谢您的点评。补充点评：还是吵。宾馆反馈：抱歉';
    const ranges = businessReplies(text, ['宾馆反馈', '商家回复'], ['补充点评']);
    expect(ranges).toEqual([
      [text.indexOf('宾馆反馈'), text.indexOf('补充点评')],
      [text.lastIndexOf('宾馆反馈'), text.length],
    ]);
    expect(insideRanges(ranges, text.indexOf('感谢'), text.indexOf('感谢') + 2)).toBe(true);
    expect(insideRanges(ranges, text.indexOf('还是吵'), text.indexOf('还是吵') + 3)).toBe(false);
  });

  it('businessReplies matches Latin markers case-insensitively and markers holding pattern characters literally', () => {
    expect(businessReplies('Bad service. COMPANY RESPONSE: sorry', ['Company response'], [])).toEqual([[13, 36]]);
    expect(businessReplies('a (reply) b', ['(reply)'], [])).toEqual([[2, 11]]);
    expect(businessReplies('a reply b', ['(reply)'], [])).toEqual([]);
    expect(businessReplies('no markers here', [], ['x'])).toEqual([]);
  });
});
