import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Messages } from '../../src/core/messages.js';
import { maskPii } from '../../src/normalize/mask-pii.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';
import { splitTurns } from '../../src/normalize/split-turns.js';
import { shippedTextModels } from '../segment/models-fixture.js';
import { fuzzRuns, hostileText } from './fuzz-helpers.js';
import { leakedPii, textWithPii } from './pii-texts.js';

const models = shippedTextModels();
const anyText = fc.oneof(hostileText(16), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('normalize under hostile input', () => {
  it('normalizeText(any string) does not throw and is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (s, t2s) => {
        const once = normalizeText(s, { traditionalToSimplified: t2s }).text;
        expect(normalizeText(once, { traditionalToSimplified: t2s }).text).toBe(once);
      }),
      fuzzRuns(1500),
    );
  });

  it('normalizeText(any string) leaves no zero-width, bidi-control or C0 control character but new line', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizeText(s).text).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u0000-\u0009\u000b-\u001f]/);
      }),
      fuzzRuns(800),
    );
  });

  it('maskPii(normalized text full of phones, ID cards, bank cards and e-mails) leaves none of them', () => {
    fc.assert(
      fc.property(textWithPii, (s) => {
        expect(leakedPii(maskPii(normalizeText(s).text))).toEqual([]);
      }),
      fuzzRuns(1500),
    );
  });

  it('maskPii(any string) does not throw and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, textWithPii), (s) => {
        const once = maskPii(s);
        expect(maskPii(once)).toBe(once);
      }),
      fuzzRuns(800),
    );
  });

  it('splitTurns(any string) gives non-empty turns whose texts appear in the input in order', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(fc.constantFrom('客服:', '客户：', '[客服]', '【客户】', 'A:', 'B:', '甲:', '您好', '掉线', '\n', ' ', '。'), { maxLength: 12 }).map((p) => p.join(''))), (s) => {
        let from = 0;
        for (const turn of splitTurns(s, /您好/g)) {
          expect(turn.text).not.toBe('');
          expect(['agent', 'customer', 'unknown']).toContain(turn.speaker);
          const at = s.indexOf(turn.text, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + turn.text.length;
        }
      }),
      fuzzRuns(800),
    );
  });

  it('normalizeTickets(hostile tickets) keeps one ticket per input, same ids, no personal data, no raw customer id', () => {
    const ticket = fc.record({
      text: fc.oneof(anyText, textWithPii),
      customerId: fc.option(fc.oneof(anyText, fc.constant('13812345678')), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 8 }), fc.boolean(), (raw, t2s) => {
        const tickets = raw.map((t, i) => ({ id: `T${i}`, time: i, text: t.text, ...(t.customerId === undefined ? {} : { customerId: t.customerId }) }));
        const out = normalizeTickets(tickets, { traditionalToSimplified: t2s }, models, new Messages());
        expect(out.map((t) => t.id)).toEqual(tickets.map((t) => t.id));
        for (const t of out) {
          expect(leakedPii(t.text)).toEqual([]);
          expect(JSON.stringify(t)).not.toContain('13812345678');
          if (t.customerHash !== undefined) expect(t.customerHash).toMatch(/^[0-9a-f]{16}$/);
        }
      }),
      fuzzRuns(300),
    );
  });
});
