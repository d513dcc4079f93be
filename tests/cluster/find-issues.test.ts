import { describe, expect, it } from 'vitest';
import { findIssues, type IssueGrouping } from '../../src/cluster/find-issues.js';
import { parseGroupingModels } from '../../src/cluster/grouping-models.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { plantedIssue } from './fixtures.js';

const opts = { tfidf: { minDf: 2, maxDfRatio: 1 } };
const grouping: IssueGrouping = { models: parseGroupingModels('@entity-suffix\n小区\n@not-entity\n宽带\n@generic\n投诉\n', 'grouping.txt') };

describe('findIssues', () => {
  it('findIssues(corpus) finds a planted place + fault issue and leaves the noise out', () => {
    const corpus = corpusFromTokens(plantedIssue());
    const { issues, assignments, tail } = findIssues(corpus, opts, { period: '2026-11-21', grouping });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.ticketIds.sort()).toEqual(['issue-0', 'issue-1', 'issue-2', 'issue-3', 'issue-4']);
    // 宽带断网 side by side in 3 of the 5 texts: the label reads as the phrase, not as loose words.
    expect(issues[0]!.label).toBe('丽景小区 · 宽带断网');
    expect(issues[0]!.entity).toBe('丽景小区');
    expect(issues[0]!.problem?.slice(0, 2)).toEqual(['宽带断网', '断网']);
    expect(issues[0]!.sentence).toContain('断网');
    expect(issues[0]!.rank).toBe(1);
    expect(issues[0]!.customers).toBe(5);
    expect(issues[0]!.examples).toHaveLength(3);
    corpus.tickets.forEach((t, i) => expect(assignments[i]).toBe(t.id.startsWith('noise') ? -1 : 0));
    expect(tail.tickets).toBe(8);
  });

  it('findIssues(corpus) stands an issue for by the sentence that says most of it, not the first one naming its word', () => {
    // Each planted ticket opens with a bare 又断网了。 before the sentence naming the place, the service and the time.
    const rows = plantedIssue().map((r) =>
      r.id.startsWith('issue') ? { ...r, tokens: ['断网', ...r.tokens], text: `又断网了。${r.tokens.join('')}，一直没人管。` } : r,
    );
    const { issues } = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21', grouping });
    expect(issues[0]!.label).toBe('丽景小区 · 宽带断网');
    expect(issues[0]!.sentence).toMatch(/^丽景小区.*断网/);
  });

  it('findIssues(corpus) does not name the entity twice: a phrase is not made with the entity beside the problem word', () => {
    // 丽景小区断网 side by side in every text, 宽带断网 in none: the label must not read 丽景小区 · 丽景小区断网.
    const rows = plantedIssue().map((r) => (r.id.startsWith('issue') ? { ...r, tokens: ['丽景小区', '断网', '宽带', '每晚'] } : r));
    const { issues } = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21', grouping });
    expect(issues[0]!.entity).toBe('丽景小区');
    expect(issues[0]!.label.split(' · ')[1]).not.toContain('丽景小区');
  });

  it('findIssues(corpus) does not make an issue of one customer writing many times', () => {
    const rows = plantedIssue().map((r) => ({ ...r, customerHash: r.id.startsWith('issue') ? 'same' : r.customerHash }));
    const { issues, assignments } = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21', grouping });
    expect(issues).toHaveLength(0);
    expect(Array.from(assignments).every((a) => a === -1)).toBe(true);
  });

  it('findIssues(corpus, options, { previous }) keeps the id of a continuing issue on the second day', () => {
    const day1 = findIssues(corpusFromTokens(plantedIssue()), opts, { period: '2026-11-21', grouping });
    const rows2 = plantedIssue().map((r) => ({ ...r, id: `d2-${r.id}`, time: r.time + 86_400_000 }));
    const day2 = findIssues(corpusFromTokens(rows2), opts, { previous: day1.signatures, period: '2026-11-22', grouping });
    expect(day1.issues[0]!.status).toBe('new');
    expect(day2.issues[0]!.id).toBe(day1.issues[0]!.id);
    expect(day2.issues[0]!.status).toBe('continuing');
    expect(day2.signatures[0]!.history).toEqual([
      ['2026-11-21', 5],
      ['2026-11-22', 5],
    ]);
    expect(day2.signatures[0]!.firstPeriod).toBe('2026-11-21');
  });

  it('findIssues(corpus) gives the same issues and ids for the same input', () => {
    const a = findIssues(corpusFromTokens(plantedIssue()), opts, { period: '2026-11-21', grouping });
    const b = findIssues(corpusFromTokens(plantedIssue()), opts, { period: '2026-11-21', grouping });
    expect(a.issues).toEqual(b.issues);
    expect(a.issues[0]!.id).toMatch(/^I-[0-9a-f]{8}$/);
  });

  it('findIssues(corpus) writes firstSeen and lastSeen as local times with offset', () => {
    const { issues } = findIssues(corpusFromTokens(plantedIssue()), opts, { period: '2026-11-21', grouping });
    expect(issues[0]!.firstSeen).toBe('2026-11-21T10:00:00+08:00');
    expect(issues[0]!.lastSeen).toBe('2026-11-21T14:00:00+08:00');
  });
});

describe('findIssues with topics', () => {
  it('findIssues(corpus, options, { topics }) sets each issue topicId to its majority topic', () => {
    const corpus = corpusFromTokens(plantedIssue());
    const assignments = Int32Array.from(corpus.tickets, (t) => (t.id === 'issue-0' ? 0 : 1));
    const topics = {
      assignments,
      topics: [
        { id: 'T1', label: 'a', terms: [], ticketIds: [] },
        { id: 'T2', label: 'b', terms: [], ticketIds: [] },
      ],
    };
    const { issues } = findIssues(corpus, opts, { period: '2026-11-21', topics, grouping });
    expect(issues[0]!.topicId).toBe('T2');
    expect(findIssues(corpus, opts, { period: '2026-11-21', grouping }).issues[0]!.topicId).toBeUndefined();
  });
});

describe('findIssues on problems told by several entities', () => {
  // Two lenders: one's customers complain of debt collectors, the other's of interest; and insurance refunds
  // raised across three insurers, each too small to stand alone.
  const rows = (): Array<{ tokens: string[]; customerHash: string; id: string }> => {
    const out: Array<{ tokens: string[]; customerHash: string; id: string }> = [];
    const add = (prefix: string, list: string[][]) => list.forEach((tokens, i) => out.push({ tokens, customerHash: `${prefix}${i}`, id: `${prefix}-${i}` }));
    add('jx-collect', Array.from({ length: 8 }, (_, i) => ['捷信金融', '催收', i % 2 ? '骚扰' : '恐吓', '家人']));
    add('jx-rate', Array.from({ length: 8 }, (_, i) => [i % 2 ? '捷信' : '捷信金融', '利息', '太高', '本金']));
    add('ins', ['甲保险', '乙保险', '丙保险', '甲保险', '乙保险', '丙保险'].map((firm) => [firm, '退保', '保费', '扣款']));
    add('noise', [['营业厅', '排队'], ['快递', '破损'], ['积分', '清零']]);
    return out;
  };
  const models = parseGroupingModels('@entity-suffix\n金融\n保险\n@entity-family\n金融 消费金融 公司\n', 'grouping.txt');

  it('findIssues(corpus) splits one entity by problem and keeps a problem shared across entities whole', () => {
    const { issues } = findIssues(corpusFromTokens(rows()), { ...opts, minEntitySplit: 10 }, { period: '2026-11-21', grouping: { models, words: ['捷信'] } });
    const byLabel = new Map(issues.map((i) => [i.label, i.ticketIds.map((id) => id.split('-')[0] + '-' + id.split('-')[1]).sort()]));
    const collect = issues.find((i) => i.problem?.includes('催收'));
    const rate = issues.find((i) => i.problem?.includes('利息'));
    const refund = issues.find((i) => i.problem?.includes('退保'));
    expect(collect?.entity).toBe('捷信金融');
    expect(collect?.ticketIds.every((id) => id.startsWith('jx-collect'))).toBe(true);
    expect(collect?.tickets).toBe(8);
    // 捷信 alone was found as a name of its own: it stands for 捷信金融.
    expect(rate?.entity).toBe('捷信金融');
    expect(rate?.tickets).toBe(8);
    expect(refund?.entity).toBeUndefined();
    expect(refund?.tickets).toBe(6);
    expect(byLabel.size).toBe(issues.length);
  });
});

describe('findIssues on a small entity', () => {
  it('findIssues(corpus) keeps all of a small entity\'s tickets in its one issue, also those whose problem is rare within it', () => {
    const out: Array<{ tokens: string[]; customerHash: string; id: string }> = [];
    const add = (prefix: string, list: string[][]): void => list.forEach((tokens, i) => out.push({ tokens, customerHash: `${prefix}${i}`, id: `${prefix}-${i}` }));
    add('gym', Array.from({ length: 6 }, (_, i) => ['力美健身', '关门', i % 2 ? '退款' : '会员']));
    // Two of its members write about something else the gym did: too few for a problem of its own within it.
    add('gym-other', [['力美健身', '工资', '拖欠'], ['力美健身', '工资', '员工']]);
    // The same other problem at other places, so it is a concept of its own in the corpus.
    add('wages', Array.from({ length: 6 }, (_, i) => [`工厂${i}`, '工资', '拖欠']));
    const models = parseGroupingModels('@entity-suffix\n健身\n', 'grouping.txt');
    const { issues } = findIssues(corpusFromTokens(out), { ...opts, minEntitySplit: 20 }, { period: '2026-11-21', grouping: { models } });
    const gym = issues.find((i) => i.entity === '力美健身');
    expect(gym?.ticketIds.sort()).toEqual(['gym-0', 'gym-1', 'gym-2', 'gym-3', 'gym-4', 'gym-5', 'gym-other-0', 'gym-other-1']);
    expect(issues.filter((i) => i.ticketIds.some((id) => id.startsWith('gym'))).length).toBe(1);
  });
});

describe('findIssues on English tickets', () => {
  it('findIssues(english corpus) labels an issue with a noun phrase of its tickets, not loose words', () => {
    const texts = [
      'I am a victim of identity theft. Please remove the account.',
      'This account is the result of identity theft and is not mine.',
      'Identity theft opened this card. I reported the identity theft.',
      'I was a victim of identity theft last year.',
      'My late fee was charged twice.',
      'The bank closed my savings account.',
    ];
    const rows = texts.map((text, i) => ({
      id: `e${i}`,
      text,
      lang: 'en' as const,
      customerHash: `c${i}`,
      tokens: text.toLowerCase().match(/[a-z]+/g)!.filter((w) => !['i', 'am', 'a', 'of', 'the', 'is', 'and', 'not', 'this', 'was', 'my', 'please'].includes(w)),
    }));
    const { issues } = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21' });
    const theft = issues.find((i) => i.ticketIds.includes('e0'));
    expect(theft?.label).toMatch(/identity theft/);
    expect(theft?.ticketIds.sort()).toEqual(['e0', 'e1', 'e2', 'e3']);
  });
});

describe('findIssues labels', () => {
  it('findIssues(corpus) keeps loose words when no phrase with the top word is held by enough tickets', () => {
    const rows = ['断网', '断网', '断网', '断网'].map((w, i) => ({ id: `t${i}`, customerHash: `c${i}`, tokens: i % 2 ? [w, '每晚', '维修'] : ['维修', '每晚', w] }));
    // The words stand apart (，) in every text: no two are side by side, so no phrase is made up.
    const apart = rows.map((r) => ({ ...r, text: r.tokens.join('，') }));
    const { issues } = findIssues(corpusFromTokens(apart), opts, { period: '2026-11-21' });
    expect(issues[0]?.label).toBeDefined();
    expect(issues[0]?.label).not.toMatch(/断网每晚|每晚断网|维修每晚|每晚维修/);
  });
});

describe('findIssues and business replies', () => {
  it("findIssues(corpus, { replyMarkers }, { tfidf: … }) groups by the customer's words, not the business's reply", () => {
    const complaints = [['隔音', '差', '吵'], ['隔音', '差', '吵闹'], ['隔音', '太差'], ['早餐', '单调'], ['早餐', '单调', '难吃'], ['早餐', '品种', '单调']];
    // Four of the six carry the hotel's reply, so its words are frequent but not everywhere (they would make an issue).
    const reply = ['宾馆反馈', '感谢', '点评', '再次', '光临'];
    const rows = complaints.map((tokens, i) => {
      const all = i % 3 === 2 ? tokens : [...tokens, ...reply];
      return { id: `h${i}`, customerHash: `c${i}`, tokens: all, text: all.join('') };
    });
    const grouping = { replyMarkers: ['宾馆反馈'], customerMarkers: ['追评'] };
    const { issues } = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21', grouping });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.terms.some((t) => ['感谢', '点评', '光临', '再次'].includes(t))).toBe(false);
    const without = findIssues(corpusFromTokens(rows), opts, { period: '2026-11-21' });
    expect(without.issues.some((i) => i.terms.some((t) => ['感谢', '点评', '光临', '再次'].includes(t)))).toBe(true);
  });
});
