import { describe, expect, it } from 'vitest';
import { createRiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { projectFile, shippedMatcher } from './fixtures.js';

const matcher = shippedMatcher();
const flagged = (text: string): string[] =>
  [...new Set(detectRisk(text, matcher).filter((m) => !m.negated).map((m) => m.category))].sort();

describe('detectRisk(text, matcher, options)', () => {
  it('returns offsets that cut the trigger out of the given text', () => {
    const text = '客服态度恶劣，再不解决我就投诉到工信部，还要找媒体曝光';
    const matches = detectRisk(text, matcher);
    expect(matches.length).toBeGreaterThanOrEqual(3);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.term);
    expect(matches.map((m) => m.category)).toEqual(expect.arrayContaining(['attitude', 'regulator', 'media']));
  });

  it('marks a negated threat in the same clause as negated', () => {
    for (const text of ['我没有要投诉工信部的意思', '我不是要曝光', '我不会去曝光的', '不需要销户', '并非整个小区都停电']) {
      const matches = detectRisk(text, matcher);
      expect(matches.length, text).toBeGreaterThan(0);
      expect(matches.every((m) => m.negated), text).toBe(true);
    }
  });

  it('does not let a negation cross a clause boundary', () => {
    const [m] = detectRisk('我不想等了，投诉到工信部', matcher);
    expect(m?.negated).toBe(false);
    expect(flagged('信号不好我要投诉工信部')).toEqual(['regulator']);
  });

  it('flags a conditional threat and marks it hypothetical', () => {
    for (const text of ['再不解决就投诉到工信部', '如果明天还不修好，我就起诉你们', '别逼我去媒体曝光']) {
      const matches = detectRisk(text, matcher).filter((m) => !m.negated);
      expect(matches.length, text).toBeGreaterThan(0);
      expect(matches.some((m) => m.hypothetical), text).toBe(true);
    }
    expect(detectRisk('我已经投诉到工信部了', matcher)[0]?.hypothetical).toBe(false);
  });

  it('keeps the 不 of a trigger itself and 不 of non-negating words from negating', () => {
    expect(flagged('客服不耐烦')).toEqual(['attitude']);
    expect(flagged('营业员态度不好')).toEqual(['attitude']);
    expect(flagged('客服不但态度差还骂人')).toEqual(['attitude']);
    expect(flagged('是不是要我打12300你们才管')).toEqual(['regulator']);
  });

  it('treats 别/不要 as calling off a threat but not a complained-about fact', () => {
    expect(flagged('不要销户，帮我改套餐')).toEqual([]);
    expect(flagged('别再推诿了')).toEqual(['attitude']);
  });

  it('ignores triggers inside exclusion words and Latin or digit triggers inside longer words', () => {
    expect(detectRisk('多媒体短信收不到', matcher)).toEqual([]);
    expect(detectRisk('转告你们领导', matcher)).toEqual([]);
    expect(detectRisk('please check this issue', matcher)).toEqual([]);
    expect(detectRisk('订单号123001', matcher)).toEqual([]);
    expect(flagged('I will SUE you')).toEqual(['legal']);
  });

  it('prefers the longest of overlapping triggers', () => {
    const matches = detectRisk('我要携号转网', matcher);
    expect(matches.map((m) => m.term)).toEqual(['携号转网']);
  });

  it('calls a trigger off when an @not sentence cue is anywhere in its sentence, not beyond it', () => {
    const lexicon = parseRiskLexicon('@category\tchurn\t离网\torange\tthreat\n拆机\tchurn\n@not\tchurn\t*\tsentence\t拆迁\n');
    const m = createRiskMatcher(lexicon);
    // The cue sits in another clause of the same sentence: a move, not a customer leaving.
    expect(detectRisk('老家房子要拆迁，问宽带能否提前拆机', m)).toEqual([]);
    expect(detectRisk('老家房子要拆迁。宽带太慢，我要拆机', m).map((x) => x.term)).toEqual(['拆机']);
  });

  it('reads negation windows from the options', () => {
    const lexicon = parseRiskLexicon('@category\tlegal\t法律\tred\tthreat\n起诉\tlegal\n');
    const m = createRiskMatcher(lexicon);
    expect(detectRisk('不会找人去法院起诉', m)[0]?.negated).toBe(true);
    expect(detectRisk('不会找人去法院起诉', m, { negationWindow: 2 })[0]?.negated).toBe(false);
  });
});

describe('detectRisk on the real sentences of issue 16 (token boundaries, frames, replies, negation)', () => {
  const segmenter = createSegmenter('node-rs', '');
  const telecom = createRiskMatcher(parseRiskLexicon(projectFile('models/risk-lexicon.tsv')), {}, segmenter);
  const raised = (text: string, m = telecom): string[] => [...new Set(detectRisk(text, m).filter((x) => !x.negated).map((x) => x.category))].sort();

  it('raises none of the quoted false alarms', () => {
    const quoted = [
      '地理位置很方便,就是紧挨着火车站,有点闹心.', // 着火
      '发现井盖破损后并报社区处理了', // 报社
      '酒店根本没有四星,整个楼里找不到几个服务生', // 整个楼
      '正值圣诞夜,还获赠了一个圣诞老人的蜡烛,很可爱哦!', // 老人
      '马桶盖已损坏,空调系统基本瘫痪,噪音较大暖风几乎没有', // 瘫痪
      'XXXX IS THE ONLY CREDIT REPORTER THAT HAS UPDATED MY LEGAL NAME CHANGE', // media
      'their " download \'\' link seemed disabled. I tried again on a different device', // vulnerable
      '收不到中央电视台,跟前台反映了一下,说去看一下', // media
      '海马S5 4S店退网无售后服务希望尽快解决', // churn
      '我父亲是工商局退休的,他说这种情况很常见', // regulator
      '百度客服电话,接通了选12345什么的,根本也没投诉这选项', // regulator
      'Can I please lift my fraud alert and security freeze temporally for 3 month', // fraud
      'i got transferred to the 2nd person in charge of the fraud department', // fraud
      '点的包菜粉丝卷给我送来的是土豆丝卷,非常想骂人', // attitude
      '谎称保安不让进门,让我跑了好远才拿到,真想骂人!', // attitude
      '枕套居然是有大面积油渍的,换了一个居然还是一样', // mass
      '墙面上都是素色的墙纸。大面积的空处,却无一副装饰画,单调无比。', // mass
      '在广州市中心能有这样大面积的客房很少,唯一不足是前台CHECKIN慢!', // mass
      '晚上竟然停电了2-3个小时。周边很荒凉。房间里面一张圆床占了很大面积,其他都显得很拥挤', // mass: the outage is another sentence
      '很满意,环境很好,晚间无一个骚扰电话,是我住过的唯一无骚扰电话的酒店', // fraud
    ];
    for (const text of quoted) expect(raised(text), text).toEqual([]);
  });

  it('does not scan a business reply, but scans the customer again after 补充点评', () => {
    const review = '吃坏了肚子。宾馆反馈2008年4月14日:我们住店宾客的人身安全与食品安全是酒店关注的重点。';
    expect(raised(review)).toEqual([]);
    expect(raised(`${review}补充点评:晚上还有骚扰电话`)).toEqual(['fraud']);
    expect(raised('Company response: we take fraud seriously and will never sue customers')).toEqual([]);
  });

  it('still raises the genuine forms of the same triggers', () => {
    expect(raised('房间着火了，没人管')).toEqual(['safety']);
    expect(raised('我要找记者曝光你们')).toEqual(['media']);
    expect(raised('营业员当面骂人')).toEqual(['attitude']);
    expect(raised('整个小区都停电断网了')).toEqual(['mass']);
    expect(raised('我要去工商局投诉你们')).toEqual(['regulator']);
    expect(raised('我已经打12345投诉了')).toEqual(['regulator']);
    expect(raised('再不解决我就携号转网')).toEqual(['churn']);
    expect(raised('I am a victim of identity theft and fraud')).toEqual(['fraud']);
    expect(raised('I will contact a reporter at the local news')).toEqual(['media']);
    expect(raised('I am disabled and cannot get to a branch')).toEqual(['vulnerable']);
    expect(raised('接线员敷衍了事')).toEqual(['attitude']);
  });

  it('checks boundaries only when the matcher has a segmenter', () => {
    const plain = createRiskMatcher(parseRiskLexicon(projectFile('models/risk-lexicon.tsv')));
    expect(raised('就是紧挨着火车站', plain)).toEqual(['safety']);
    expect(raised('就是紧挨着火车站')).toEqual([]);
  });
});
