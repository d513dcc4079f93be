import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { createRiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { projectFile } from './fixtures.js';

// Sentences from the labelled real sample (CFPB, 黑猫, 外卖, hotel reviews) where 诈骗/fraud is not a fraud the customer met.
describe('fraud senses: the customer met a fraud, not the word in another sense', () => {
  const segmenter = createSegmenter('node-rs', '');
  const matcher = (file: string) => createRiskMatcher(parseRiskLexicon(projectFile(file)), {}, segmenter);
  const lexicons = {
    telecom: matcher('models/risk-lexicon.tsv'),
    finance: matcher('models/profiles/finance/risk-lexicon.tsv'),
    retail: matcher('models/profiles/retail/risk-lexicon.tsv'),
    government: matcher('models/profiles/government/risk-lexicon.tsv'),
  };
  const fraud = (text: string, profile: keyof typeof lexicons): boolean =>
    detectRisk(text, lexicons[profile]).some((m) => m.category === 'fraud' && !m.negated);

  it("does not raise fraud said of the company's record or of others", () => {
    const sentences = [
      'I reminded them of all the fraudulent activity WF was in the news for again, and that now they were stealing from me.',
      'I will no longer bank with them since I know they are under criminal investigations for other bank fraud.',
      'this horrific company has attempted to steal the dreams of middle class families illegally, committing fraud for many years forcing middle class families out of the homes',
    ];
    for (const s of sentences) for (const p of ['telecom', 'finance'] as const) expect(fraud(s, p), `${p}: ${s}`).toBe(false);
  });

  it('does not raise a fraud alert placed, fraud records checked, or a fear of scammers', () => {
    const sentences = [
      'I received a called from XXXX telling me a fraud was placed on my social security number and that I needed to call XXXX immediately.',
      'Also, since underwriters check fraud records during their approval process, I fear that a scammer has gotten my information while that report was being run.',
    ];
    for (const s of sentences) for (const p of ['telecom', 'finance', 'government'] as const) expect(fraud(s, p), `${p}: ${s}`).toBe(false);
  });

  it("does not raise 骗贷/诈骗 that a collector says of the customer, or a shop's stolen delivery bike", () => {
    expect(fraud('你门在工作时间一天打了23个电话,同时还打电话威胁本人母亲,说是恶意骗贷,故意不还', 'finance')).toBe(false);
    expect(fraud('催收员说我诈骗,要去公安局告我', 'finance')).toBe(false);
    expect(fraud('催收员说我诈骗,要去公安局告我', 'telecom')).toBe(false);
    expect(fraud('18:30接到电话说送餐车被盗,问及多久可以送到,答曰20分钟。车辆被盗无法避免', 'retail')).toBe(false);
  });

  it('does not raise anti-fraud tips', () => {
    for (const p of ['telecom', 'finance', 'government', 'retail'] as const) {
      expect(fraud('营业厅发短信提醒大家防范电信诈骗,谨防电信诈骗', p), p).toBe(false);
      expect(fraud('社区开展打击诈骗宣传活动', p), p).toBe(false);
    }
  });

  it('still raises the frauds customers met, in the same words', () => {
    expect(fraud('I am a victim of identity theft. I disputed this fraudulent account with this company', 'finance')).toBe(true);
    expect(fraud('This person using their XXXX account committed fraud and stole {$200.00} from me.', 'finance')).toBe(true);
    expect(fraud('It is fraud and a scam. Please be aware of this number.', 'telecom')).toBe(true);
    expect(fraud('在该酒店被盗1万港币和2千多人民币,报案后警方调监控录象', 'retail')).toBe(true);
    expect(fraud('贵重财物(电脑等)被盗。报警110', 'retail')).toBe(true);
    expect(fraud('我的手机号被盗了,一直收到验证码', 'telecom')).toBe(true);
    expect(fraud('和百度外卖勾结欺骗消费者,这诈骗行为,我要打315投诉!', 'retail')).toBe(true);
    expect(fraud('违法国家规定向在校大学生放贷,联合培训机构骗贷。', 'finance')).toBe(true);
    expect(fraud('接到自称是客服的诈骗电话,骗走了三千元', 'telecom')).toBe(true);
  });

  it('raises the advance-fee loan scam (pay to unfreeze a loan) in the finance profile', () => {
    expect(fraud('以卡号错误为由冻结额度,要求交24000元解冻金解冻额度', 'finance')).toBe(true);
    expect(fraud('卡号错误冻结了客服让加企业微信加完了让交一万认证金才解冻', 'finance')).toBe(true);
    expect(fraud('客服与APP皆查不到解冻资金的状态或信息', 'finance')).toBe(false);
  });
});
