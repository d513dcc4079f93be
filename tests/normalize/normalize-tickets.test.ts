import { describe, expect, it } from 'vitest';
import { Messages } from '../../src/core/messages.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';
import { shippedTextModels } from '../segment/models-fixture.js';

const models = shippedTextModels();
const transcript =
  '客服：您好，很高兴为您服务，工号1234，请问有什么可以帮您？\n' +
  '客户：嗯，那个，我家宽带老是掉线，电话13812345678\n' +
  '客服：请稍等，这边帮您记录一下。还有其他问题吗？\n' +
  '客户：没有了';

describe('normalizeTickets', () => {
  it('normalizeTickets(transcript) keeps the customer turns without fillers and with PII masked', () => {
    const [t] = normalizeTickets([{ id: 't1', text: transcript, time: 1 }], {}, models, new Messages());
    expect(t?.text).toBe('我家宽带老是掉线,电话<手机号>\n没有了');
  });

  it('normalizeTickets(transcript, { customerTurnsOnly: false }) keeps agent turns but drops their boilerplate', () => {
    const [t] = normalizeTickets([{ id: 't1', text: transcript, time: 1 }], { customerTurnsOnly: false }, models, new Messages());
    expect(t?.text).toContain('宽带老是掉线');
    expect(t?.text).not.toContain('很高兴为您服务');
    expect(t?.text).not.toContain('请问有什么可以帮您');
    expect(t?.text).not.toContain('1234');
  });

  it('normalizeTickets(a letter to a leader) drops its salutation and closing with the shipped boilerplate', () => {
    const letter = '尊敬的县长：您好！白沙化工厂晚上排放刺鼻废气，望领导重视。此致 敬礼！';
    const [t] = normalizeTickets([{ id: 'l1', text: letter, time: 1 }], {}, models, new Messages());
    expect(t?.text).toContain('白沙化工厂晚上排放刺鼻废气');
    expect(t?.text).not.toMatch(/尊敬|县长|领导|敬礼/);
  });

  it('normalizeTickets(a work order) drops the agent\'s hand-off notes to the back office', () => {
    const order = '用户反映小区宽带每晚断网，光猫重启无效。客户情绪激动，请优先处理。已安抚客户，请相关部门跟进。';
    const [t] = normalizeTickets([{ id: 'w1', text: order, time: 1 }], {}, models, new Messages());
    expect(t?.text).toContain('小区宽带每晚断网');
    expect(t?.text).not.toMatch(/优先处理|安抚|跟进/);
  });

  it('normalizeTickets(tickets) replaces the customer id by its salted hash and detects the language', () => {
    const out = normalizeTickets(
      [
        { id: 'a', text: '网速慢', time: 1, customerId: 'C-42', region: '杭州' },
        { id: 'b', text: 'My bill is wrong', time: 2 },
      ],
      { salt: 's' },
      models,
      new Messages(),
    );
    expect(out[0]?.customerHash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(out)).not.toContain('C-42');
    expect(out[0]?.region).toBe('杭州');
    expect(out.map((t) => t.lang)).toEqual(['zh', 'en']);
    expect(out[1]?.customerHash).toBeUndefined();
  });

  it('normalizeTickets(traditional) converts and reports one traditional-converted message', () => {
    const messages = new Messages();
    const out = normalizeTickets(
      [
        { id: 'a', text: '寬帶斷線', time: 1 },
        { id: 'b', text: '網速很慢', time: 1 },
      ],
      {},
      models,
      messages,
    );
    expect(out.map((t) => t.text)).toEqual(['宽带断线', '网速很慢']);
    expect(messages.list.filter((m) => m.code === 'traditional-converted')).toHaveLength(1);
  });

  it('normalizeTickets(tickets, { lang: "en" }) forces the language', () => {
    const [t] = normalizeTickets([{ id: 'a', text: '宽带', time: 1 }], { lang: 'en' }, models, new Messages());
    expect(t?.lang).toBe('en');
  });
});
