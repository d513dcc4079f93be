import { describe, expect, it } from 'vitest';
import { normalizeOptionsSchema } from '../../src/normalize/normalize-options.js';
import { normalizeTicket } from '../../src/normalize/normalize-ticket.js';
import { shippedTextModels } from '../segment/models-fixture.js';

const models = shippedTextModels();
const resolved = normalizeOptionsSchema.parse({ salt: 'test-salt' });

describe('normalizeTicket', () => {
  it('normalizeTicket(traditional text with a phone number, resolved options) converts, masks and hashes', () => {
    const { ticket, converted } = normalizeTicket(
      { id: 't1', text: '客戶：寬帶斷網，電話13812345678', time: 5, customerId: ' C-1 ', region: '杭州' },
      resolved,
      models,
    );
    expect(converted).toBe(true);
    expect(ticket.text).toBe('宽带断网,电话<手机号>');
    expect(ticket).toMatchObject({ id: 't1', time: 5, lang: 'zh', region: '杭州' });
    expect(ticket.customerHash).toMatch(/^[0-9a-f]{16,}$/);
    expect(ticket.customerHash).toBe(normalizeTicket({ id: 't2', text: 'x', time: 0, customerId: 'C-1' }, resolved, models).ticket.customerHash);
  });

  it('normalizeTicket(simplified text) reports nothing converted and leaves a blank customer id unhashed', () => {
    const { ticket, converted } = normalizeTicket({ id: 't1', text: '网速慢', time: 1, customerId: '  ' }, resolved, models);
    expect(converted).toBe(false);
    expect(ticket.customerHash).toBeUndefined();
  });
});
