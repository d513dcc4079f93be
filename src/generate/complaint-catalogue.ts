/**
 * The generator's phrase banks: recurring telecom problems, each with many paraphrases so tickets about one
 * problem share few exact words (clustering must not be trivial). `{slot}` placeholders are filled by
 * {@link fillTemplate}. No background template contains a risk trigger (投诉/曝光/起诉/态度/携号转网 …): risk
 * is only planted, so the ground truth is complete.
 */
export interface Problem {
  /** Stable key, e.g. `broadband-drop`. */
  key: string;
  /** 投诉类型 written in the export. */
  category: string;
  /** Relative frequency among background tickets. */
  weight: number;
  templates: string[];
}

/** Background problems of the synthetic export. */
export const PROBLEMS: readonly Problem[] = [
  {
    key: 'broadband-drop',
    category: '宽带故障',
    weight: 14,
    templates: [
      '{place}的宽带最近老是掉线，一天断好几次',
      '家里宽带隔一会儿就断网，住在{place}，重启光猫也没用',
      '宽带总是断线，晚上看电视卡得不行，地址是{place}',
      '网络经常连不上，已经报修过了还是断',
      '宽带用着用着就没网了，过几分钟又好了，反反复复',
      '家里的网三天两头断开，{place}这边信号灯正常但是上不了网',
    ],
  },
  {
    key: 'broadband-slow',
    category: '宽带故障',
    weight: 12,
    templates: [
      '宽带网速很慢，办的{speed}兆实际只有几兆',
      '晚上上网特别卡，测速才{small}M',
      '网速达不到签约速率，打游戏延迟很高',
      '看视频一直缓冲，{place}的宽带速度太慢了',
      '千兆宽带测出来只有{small}兆，要求检测线路',
    ],
  },
  {
    key: 'modem-fault',
    category: '宽带故障',
    weight: 7,
    templates: [
      '光猫红灯一直闪，LOS灯亮，没法上网',
      '光猫坏了，指示灯不亮，申请更换设备',
      '猫的光信号灯是红色的，师傅说要换光猫但一直没来',
      '光猫发烫自动重启，一天重启十几次',
    ],
  },
  {
    key: 'install-appointment',
    category: '装机服务',
    weight: 7,
    templates: [
      '预约了{date}装宽带，装机师傅没上门也没打电话',
      '新装宽带等了一个星期还没人来装',
      '装机师傅改了三次时间，到现在还没装上',
      '办了宽带说三天内上门安装，现在一周了没消息',
      '{place}新房装宽带，一直说资源不足排不上',
    ],
  },
  {
    key: 'billing-overcharge',
    category: '计费争议',
    weight: 12,
    templates: [
      '话费莫名其妙多扣了{amount}元，查不到明细',
      '这个月账单比平时多了{amount}块，不知道扣的什么钱',
      '没用什么流量，却扣了我{amount}元',
      '每月固定费用之外又扣了{small}元的费用，要求退还',
      '手机欠费停机了，可是我刚充了{amount}元',
    ],
  },
  {
    key: 'plan-downgrade',
    category: '计费争议',
    weight: 6,
    templates: [
      '想把套餐降到{pkg}，营业厅说办不了',
      '申请降低套餐档次被拒绝，说有合约期',
      '要改成便宜一点的套餐，客服一直推脱',
      '套餐降档要求去原营业厅办理，太麻烦了',
    ],
  },
  {
    key: 'data-pack',
    category: '计费争议',
    weight: 7,
    templates: [
      '流量包买了却没有生效，还是按标准资费扣费',
      '订的{gb}G流量包显示用完了，可我根本没用那么多',
      '流量明明没超，却收到短信提醒超出套餐',
      '定向流量包看视频还是扣通用流量',
    ],
  },
  {
    key: 'vas-unsolicited',
    category: '增值业务',
    weight: 8,
    templates: [
      '莫名被订购了{vas}，每个月扣{small}元，我从来没同意过',
      '查账单发现有{vas}，未经同意就开通了',
      '给我开了{vas}增值业务，我根本不知道',
      '手机里多了个{vas}的包月费用，要求退订并退费',
    ],
  },
  {
    key: 'roaming',
    category: '国际漫游',
    weight: 4,
    templates: [
      '去{country}出差，开了国际漫游还是没信号',
      '在{country}用了一点流量，回来扣了{amount}元漫游费',
      '买了{country}的漫游包但是用不了',
      '出国前开通了漫游，到了{country}打不出电话',
    ],
  },
  {
    key: 'coverage',
    category: '网络质量',
    weight: 11,
    templates: [
      '{place}家里手机信号很差，打电话经常听不清',
      '在{place}地下车库一点信号都没有',
      '手机信号只有一格，打电话总是断',
      '屋里5G信号时有时无，微信消息都发不出去',
      '{place}这边信号弱，电话老是打不通',
    ],
  },
  {
    key: 'store-queue',
    category: '营业服务',
    weight: 5,
    templates: [
      '去{hall}营业厅办业务排了两个小时的队',
      '营业厅就开一个窗口，排队的人很多',
      '在{hall}营业厅等了很久才叫到号',
      '营业厅取号后等了一上午，下午还要再来',
    ],
  },
];

/** Compounds (小区) per city; the first entries of 济宁, 青岛, 潍坊 are reserved for planted events. */
export const PLACES: Readonly<Record<string, readonly string[]>> = {
  济南: ['阳光新城', '领秀城', '汇金花园', '舜华苑', '泉城花园'],
  青岛: ['海韵花园', '金沙滩小区', '浮山新苑', '崂山花园', '李村家园'],
  济宁: ['丽景小区', '城南花园', '运河家园', '太白湖小区', '任城新村'],
  烟台: ['海景苑', '福山新村', '芝罘小区', '莱山花园'],
  潍坊: ['金色家园', '鸢都花园', '奎文小区', '风筝广场小区'],
  临沂: ['沂河湾小区', '兰山新苑', '北城花园', '罗庄家园'],
};

/** Compounds for cities outside {@link PLACES}. */
export const GENERIC_PLACES: readonly string[] = ['幸福小区', '和平花园', '东方家园', '翠湖苑', '新华小区'];

/** Store (营业厅) names. */
export const HALLS: readonly string[] = ['人民路', '解放路', '泰山路', '建设路', '中心', '开发区'];

/** Value-added services. */
export const VAS: readonly string[] = ['视频会员', '彩铃', '游戏包', '手机报', '云盘会员', '阅读包'];

/** Roaming destinations. */
export const COUNTRIES: readonly string[] = ['日本', '韩国', '泰国', '新加坡', '德国', '美国'];

/** Plan names for downgrades. */
export const PLANS: readonly string[] = ['29元套餐', '39元套餐', '59元套餐', '最低档套餐'];

/** Fill-in words an ASR transcript carries. */
export const FILLERS: readonly string[] = ['嗯，', '那个，', '就是说，', '呃，', '然后，', '这个，'];

/** Agent turns between the customer's turns. */
export const AGENT_TURNS: readonly string[] = [
  '请问是什么时候开始的？',
  '好的，我这边帮您查询一下。',
  '请问您的具体地址是？',
  '请问还有其他问题吗？',
  '非常抱歉给您带来不便。',
];

/** How a ticket summary (工单摘要) opens. */
export const SUMMARY_OPENINGS: readonly string[] = ['客户来电反映：', '用户反映', '客户称', '来电人表示', ''];

/** How a ticket summary closes. */
export const SUMMARY_CLOSINGS: readonly string[] = ['，要求尽快处理。', '，请核实处理。', '，要求回复。', '。', '，希望尽快解决。'];
