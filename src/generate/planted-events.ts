/**
 * The bursts and the recurring issue the generator plants. `{p}` in a template is the phrase; every template keeps
 * it whole so the ground truth can quote it. Places named here are kept out of background tickets, so the phrase's
 * baseline is exactly the planted baseline tickets.
 */
export interface BurstPlan {
  /** Index into the options' regions (wraps around when fewer are given). */
  regionIndex: number;
  /** Day of the burst as a fraction of the export's length (day 9 of 14 ≈ 0.6). */
  dayFraction: number;
  phrase: string;
  problem: string;
  category: string;
  templates: readonly string[];
}

/** Planted bursts. */
export const BURST_PLANS: readonly BurstPlan[] = [
  {
    regionIndex: 2,
    dayFraction: 8 / 13,
    phrase: '丽景小区宽带掉线',
    problem: 'broadband-drop',
    category: '宽带故障',
    templates: [
      '{p}了，从早上到现在一直连不上',
      '我们{p}，邻居家也是一样的情况',
      '报修{p}，重启光猫也没有用',
      '{p}，孩子上网课都上不了',
      '今天{p}好几次了，一直打不通客服',
      '{p}，光猫的灯看着是正常的',
    ],
  },
  {
    regionIndex: 1,
    dayFraction: 5 / 13,
    phrase: '海韵花园手机没信号',
    problem: 'coverage',
    category: '网络质量',
    templates: [
      '{p}，电话打不出去',
      '从中午开始{p}了',
      '{p}，家里人都联系不上我',
      '今天{p}，微信也发不出去',
      '{p}，以前一直都是好的',
    ],
  },
  {
    regionIndex: 3,
    dayFraction: 11 / 13,
    phrase: '视频彩铃扣费',
    problem: 'vas-unsolicited',
    category: '增值业务',
    templates: [
      '今天收到{p}的短信，我从来没订过',
      '账户里多了一笔{p}，我不知道',
      '{p}是怎么回事，没经过我同意',
      '莫名其妙的{p}，要求退订退款',
    ],
  },
];

/** The place-specific fault reported every day. */
export const RECURRING_PLAN = {
  regionIndex: 4,
  phrase: '金色家园网速慢',
  problem: 'broadband-slow',
  category: '宽带故障',
  templates: [
    '{p}，晚上八点以后网页都打不开',
    '又是{p}的问题，每天晚上都这样',
    '{p}，看视频一直在转圈',
    '反映一下{p}，打游戏根本没法玩',
  ],
} as const;

/** Places reserved for planted events, never used by background tickets. */
export const RESERVED_PLACES: ReadonlySet<string> = new Set(['丽景小区', '海韵花园', '金色家园']);

/** Second-and-later tickets of a repeat complainer add one of these. */
export const REPEAT_MARKERS: readonly string[] = [
  '这是第二次反映了',
  '上次反映的问题到现在还没解决',
  '已经打过好几次电话了',
  '之前报过一次，一直没人处理',
];
