import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/models/load-models.js';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { evaluateRisk, parseLabelledRiskSentences } from '../../src/warnings/evaluate-risk.js';
import { projectFile } from './fixtures.js';

// The telecom profile as analyze runs it (its lexicon, the shipped segmenter dictionary, token boundaries on).
let telecom: RiskMatcher;
const raised = (text: string): string[] => [...new Set(detectRisk(text, telecom).filter((m) => !m.negated).map((m) => m.category))].sort();

beforeAll(async () => {
  const models = await loadModels({ profile: 'telecom' });
  telecom = createRiskMatcher(models.risk, {}, createSegmenter('node-rs', models.text.userDict));
});

describe('the telecom lexicon on hotline tickets', () => {
  const rows = parseLabelledRiskSentences(projectFile('tests/warnings/risk-sentences.tsv'));

  it('raises the forms hotline tickets use for the categories of issue 16', () => {
    const forms: Array<[string, string]> = [
      ['用户称已向省管局申诉，要求我司尽快回复', 'regulator'],
      ['客户要求今天给答复，否则到通管局投诉', 'regulator'],
      ['客户表示如问题仍不解决将向工信部申诉', 'regulator'],
      ['客户扬言要向媒体曝光', 'media'],
      ['我准备把这事捅到媒体那去', 'media'],
      ['客户要求赔偿，否则将起诉我司', 'legal'],
      ['用户称已委托律师，将向我司发律师函', 'legal'],
      ['你们的客服态度太恶劣了', 'attitude'],
      ['用户反映装维人员态度恶劣并辱骂客户', 'attitude'],
      ['客户称营业厅的人骂她是骗子', 'attitude'],
      ['客户反映小区大面积断网', 'mass'],
      ['客户反映附近基站故障', 'mass'],
    ];
    for (const [text, category] of forms) expect(raised(text), text).toEqual([category]);
  });

  it('does not raise the same words in other senses', () => {
    for (const text of [
      '客户看到电视台广告后办理的套餐，现要求变更',
      '客户称在律师事务所上班，白天不在家，要求晚上上门',
      '客户咨询法院的宽带专线报价',
      '客户称工信部的公告说可以免费提速',
      '客户表示工信部规定的携号转网政策要落实',
      '客户称骚扰电话拦截功能不好用',
      '客户咨询残疾人优惠套餐',
      '客户称邻居家都能正常上网，只有她家断网',
      '客户称会去工商局告你们虚假宣传', // regulator only: not a lawsuit
    ]) {
      expect(raised(text).filter((c) => c !== 'regulator'), text).toEqual([]);
    }
  });

  // Kinds of everyday form met in hotline batch 7 (written blind), checked here on sentences written apart from it.
  it('raises the everyday forms of each kind: objects in a hazardous state, people hurt, staff deceiving, own service given up', () => {
    const forms: Array<[string, string[]]> = [
      ['客户称小区门口的通信杆被风吹得一直晃，底下是停车场。', ['safety']],
      ['用户反映楼道里的网线垂下来挡在门口。', ['safety']],
      ['客户称施工队挖的坑没有围挡，晚上有人掉进去了。', ['safety']],
      ['客户称装维师傅在他家架梯子时摔倒，腿上流血。', ['safety']],
      ['客户称营业员趁他不注意私自开通了流量包。', ['fraud']],
      ['客户称业务员以送话费为名让他办了一张副卡。', ['fraud']],
      ['客户称营业员没经过他同意给他开了副卡。', ['fraud']],
      ['客户称营业厅的人给他换套餐时说免费，结果每月多收了30元。', ['fraud']],
      ['客户要求把家里的宽带拆掉，说已经装了联通的。', ['churn']],
      ['客户称下个月就去办联通的宽带，这边的不要了。', ['churn']],
      ['客户称客服说了两句就把我挂了，打了好几次都这样。', ['attitude']],
      ['客户称装维师傅把他家墙打穿了，还不承认，态度很横。', ['attitude']],
      ['客户称已经报警，营业厅员工偷拍了他的身份证。', ['fraud', 'legal']],
      ['客户称已经把营业厅乱收费的事发到微博上了。', ['media']],
      ['客户称已经找了本地的民生栏目，节目组说会来调查。', ['media']],
      ['客户称光缆被挖断，影响了附近300多户。', ['mass']],
      ['客户称他们楼里十几户人家都没有信号。', ['mass']],
      ['客户称85岁的父亲被推销员骗着办了宽带，每月扣费199元。', ['fraud', 'vulnerable']],
      ['客户称女儿11岁，用他的手机充了800元游戏点卡。', ['vulnerable']],
      ['客户称他爷爷九十岁了，耳朵不好，打客服总是听不清，转人工又很难。', ['vulnerable']],
    ];
    for (const [text, categories] of forms) expect(raised(text), text).toEqual(categories);
  });

  it('leaves the same words alone said of someone else, the news, a move, a question or a product', () => {
    for (const text of [
      '客户称自己骑电动车摔倒骨折，要求办理停机保号。',
      '客户称手机从桌子上摔下来屏幕碎了，问能否保修。',
      '客户称营业厅以系统升级为由拒绝给他退费。',
      '客户称他同事被冒充客服骗了，问怎么防范。',
      '客户称收到中奖短信，觉得是诈骗，没理会。',
      '客户称有人打电话自称是运营商，让他下载软件，还好他没下载。',
      '客户称他邻居把宽带转到电信去了，他想问问自己能不能降套餐。',
      '客户称母亲去世了，要注销她名下的号码。',
      '客户称要搬家，问宽带拆机后新家能不能重新装。',
      '客户称想注销一张不用的副卡，其他的保留。',
      '客户称自己信号不好挂了电话，重新打进来。',
      '客户说自己脾气不好，刚才吼了客服，不好意思。',
      '客户称家里烟雾报警器老响，问是不是宽带设备的问题。',
      '客户称要起诉前妻，想打印通话详单作为证据，与运营商无关。',
      '客户在抖音上看到你们的广告，想办个套餐。',
      '客户称工信部发来的短信提醒他注意防范诈骗。',
      '客户称片区经理来过电话，说会尽快上门。',
      '客户称只有他家没网，邻居都正常。',
      '客户称宽带断了，他以为是整个小区的问题，结果是自家网线松了。',
      '客户称他70岁的母亲来营业厅咨询助老卡。',
      '客户称给住院的妈妈买了个新手机，问能不能办张卡。',
      '客户称孩子要上网课，希望尽快装宽带。',
      '坐席话术：如客户要求媒体曝光，安抚后升级班长处理。',
    ]) {
      expect(raised(text), text).toEqual([]);
    }
    // A police report about impostors is no legal dispute with the operator.
    expect(raised('客户称接到冒充客服的电话被骗了五千元，已报警。')).toEqual(['fraud']);
  });

  it('reaches precision >= 0.95 and recall >= 0.90 on every sentence it was tuned on, hotline batches included, none negated flagged', () => {
    // Batches 9 and up were appended to train the classifier and never tuned on: the lexicon alone is ~0.87/0.71 there.
    const tuned = rows.filter((r) => !/batch (9|[1-9]\d) blind/.test(r.note));
    const hotline = tuned.filter((r) => r.note.startsWith('telecom hotline'));
    expect(hotline.length).toBeGreaterThanOrEqual(300);
    expect(rows.length - tuned.length).toBeGreaterThanOrEqual(600);
    for (const set of [tuned, hotline]) {
      const result = evaluateRisk(set, telecom);
      expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
      expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.flaggedNegations).toEqual([]);
    }
  });
});
