import { beforeAll, describe, expect, it } from 'vitest';
import { businessReplies } from '../../src/core/business-replies.js';
import { loadModels } from '../../src/models/load-models.js';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';

// The kinds of form hotline batch 8 showed, each checked on sentences other than the batch's own where possible.
let telecom: RiskMatcher;
const raised = (text: string): string[] => [...new Set(detectRisk(text, telecom).filter((m) => !m.negated).map((m) => m.category))].sort();

beforeAll(async () => {
  const models = await loadModels({ profile: 'telecom' });
  telecom = createRiskMatcher(models.risk, {}, createSegmenter('node-rs', models.text.userDict));
});

describe('telecom lexicon after hotline batch 8', () => {
  it('does not take hearsay or someone else\'s complaint for the customer\'s threat', () => {
    for (const text of [
      '用户反映小区群里有人说要去工信部投诉宽带涨价，他本人只想确认自己的资费有没有变。',
      '听说隔壁小区有人要去工信部投诉',
      '客户说朋友之前去消协投诉过别家的事，问我们这边退费流程怎么走。',
      '据说有人要找记者曝光这个小区的信号问题，客户只是来问问进度。',
    ]) {
      expect(raised(text), text).toEqual([]);
    }
    expect(raised('客户称再不解决就去工信部投诉')).toEqual(['regulator']);
  });

  it('does not scan the agent\'s turns or a written reply, and reads the customer again after 客户：', () => {
    expect(raised('坐席：您说的是通管局的那个公告吗？客户：对，我就想问问那个提速政策我能不能享受。')).toEqual([]);
    expect(raised('回复用户：已就工信部提速降费政策向您解释，您表示理解，本次工单办结。')).toEqual([]);
    expect(raised('坐席：您好。客户：你们再不修我就打工信部投诉！')).toEqual(['regulator']);
    // The customer marker 用户： inside the reply marker 回复用户： does not end the reply.
    expect(businessReplies('回复用户：已处理', ['回复用户：'], ['用户：'])).toEqual([[0, 8]]);
  });

  it('raises an area of several buildings, villages or a whole district only with an outage', () => {
    for (const text of ['业主反映南区6栋到9栋宽带全部掉线', '3号楼到5号楼的宽带全部断网', '镇上好几个村都没信号', '学校周边一整片5G无服务', '整个城区的信号中断了'])
      expect(raised(text), text).toEqual(['mass']);
    for (const text of ['快递从6栋到9栋都送到了', '客户咨询整栋楼安装企业宽带能否给团购优惠', '物业说要整栋楼统一换光纤，问会不会影响他家宽带'])
      expect(raised(text), text).toEqual([]);
  });

  it('takes staff abuse only when staff act, not the customer', () => {
    expect(raised('营业员当着其他顾客的面大声指责他')).toEqual(['attitude']);
    expect(raised('网格经理把她微信拉黑了，问题至今没人管')).toEqual(['attitude']);
    expect(raised('我话还没说完你们的人就把电话挂了')).toEqual(['attitude']);
    for (const text of [
      '客户情绪激动，大声指责坐席，经安抚后平复',
      '客户情绪激动，辱骂坐席后挂机',
      '用户辱骂装维师傅，师傅要求道歉',
      '客户自述"刚才是我态度不好，跟师傅道个歉"，要求撤销投诉',
      '骗子冒充你们客服打给我，我直接挂了',
      '客户把那个骚扰号码拉黑了',
    ]) {
      expect(raised(text), text).toEqual([]);
    }
    expect(raised('装维师傅辱骂用户')).toEqual(['attitude']);
  });

  it('raises everyday churn, fraud and safety forms and calls off misunderstandings', () => {
    expect(raised('客户说隔壁给的价格便宜一半，你们不降他就走')).toEqual(['churn']);
    expect(raised('客户表示不解决就走法律程序')).toEqual(['legal']);
    expect(raised('用户说宽带到期不续费了，让装维来把设备拿走')).toEqual(['churn']);
    expect(raised('客户询问如果以后携号转网需要满足什么条件，说明目前没打算转')).toEqual([]);
    expect(raised('装维上门收了押金，让转到他个人微信')).toEqual(['fraud']);
    expect(raised('对方让他下载会议软件共享屏幕，卡里钱没了')).toEqual(['fraud']);
    expect(raised('用户称以为被人盗刷了话费，查完详单发现是自己忘了订过会员，表示误会')).toEqual([]);
    expect(raised('你们这是欺诈消费者，我要去告你们')).toEqual(['legal']);
    expect(raised('用户称要告你们欺诈，合约上写的和营业员当时说的完全不一样')).toEqual(['fraud', 'legal']);
    expect(raised('你们的线缆搭在他家热水器上，刮风时摩擦起火星')).toEqual(['safety']);
    expect(raised('用户家里漏电保护器跳闸后光猫重启不了')).toEqual([]);
  });
});
