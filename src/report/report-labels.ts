import type { ReportLang } from './report-lang.js';
import { percentChange } from './format-numbers.js';
import type { RepeatKind, Warning } from './report-schema.js';

/** Every fixed word the renderers write, per language. */
export interface ReportLabels {
  title: string;
  generatedAt: string;
  periods: string;
  summary: string;
  rowsRead: string;
  accepted: string;
  rejected: string;
  duplicates: string;
  warnings: string;
  noWarnings: string;
  level: Record<Warning['level'], string>;
  kind: Record<Warning['kind'], string>;
  /** Names of warning subkinds (risk categories, repeat kinds); unknown ones are shown as they are. */
  category: Record<string, string>;
  route: string;
  tickets: string;
  moreTickets: (n: number) => string;
  evidence: string;
  topIssues: string;
  rank: string;
  issue: string;
  heat: string;
  ticketCount: string;
  customers: string;
  firstSeen: string;
  lastSeen: string;
  terms: string;
  examples: string;
  risingTerms: string;
  period: string;
  term: string;
  expected: string;
  ratio: string;
  pValue: string;
  isNew: string;
  yes: string;
  no: string;
  topics: string;
  topic: string;
  hotTerms: string;
  messages: string;
  none: string;
  volumeChart: string;
  heatChart: string;
  risingChart: string;
  noData: string;
  csvHeader: string[];
  /** What goes between two sentences (nothing after a Chinese full stop). */
  sentenceGap: string;
  /** Punctuation: the colon after a label, a parenthesis, the separators of a list and of clauses. */
  colon: string;
  paren: (text: string) => string;
  listSep: string;
  clauseSep: string;
  /** Heading of the latest-period headline; `daily` when the report's periods are days. */
  headline: (period: string, daily: boolean) => string;
  /** Heading of the latest period's warnings. */
  latestWarnings: (period: string, daily: boolean) => string;
  /** Summary line of the collapsed continuing warnings. */
  continuing: (n: number) => string;
  earlierWarnings: string;
  /** Summary of one earlier period: its warning count (the per-level counts follow). */
  periodWarnings: (period: string, n: number) => string;
  /** Warning and issue statuses. */
  status: Record<'new' | 'escalated' | 'continuing', string>;
  statusHeader: string;
  /** The volume sentence of the headline; `previous` is absent for the first period. */
  volumeSentence: (period: string, tickets: number, previous?: { id: string; tickets: number }) => string;
  /** The warnings sentence of the headline: per-level counts of new warnings, then escalated and continuing. */
  warningsSentence: (fresh: string[], escalated: number, continuing: number) => string;
  /** `红色 2` / `2 red`: a level with a count. */
  levelCount: (level: Warning['level'], n: number) => string;
  volumeCard: string;
  /** The change against the previous period under the volume card. */
  versusPrevious: (delta: number, percent: string) => string;
  firstPeriod: string;
  /** The breakdown under a level card. */
  levelBreakdown: (fresh: number, escalated: number, continuing: number) => string;
  actNow: string;
  /** The span of an undated export's one period. */
  undated: string;
  /** After the red warnings named in the headline: how many more there are. */
  andMore: (n: number) => string;
  /** Heading of the latest period's digest: `n` warnings shown of `total`. */
  digestTitle: (n: number, total: number, daily: boolean) => string;
  /** The note under the digest: where the other `n` warnings are. */
  digestRest: (n: number) => string;
  /** What a repeat warning repeats (`Warning.repeatKind`). */
  repeatKind: Record<RepeatKind, string>;
  topToday: (n: number, daily: boolean) => string;
  periodTickets: (n: number) => string;
  totalTickets: (n: number) => string;
  moreRows: (n: number) => string;
  inputAccounting: string;
  allWarnings: string;
  legend: string;
  legendLevels: Record<Warning['level'], string>;
  legendStatus: string;
  id: string;
  levelHeader: string;
  kindHeader: string;
  titleHeader: string;
  /** The TOP issues' tickets per period chart. */
  issueTrendChart: string;
  /** Trend names of a TOP issue over the history. */
  trend: Record<'rising' | 'steady' | 'falling', string>;
  trendHeader: string;
  periodsActive: string;
  /** Name of the alert-threshold series of the rising-term chart. */
  threshold: string;
  /** Heading of the history section: the last `n` periods. */
  historyTitle: (n: number) => string;
  /** Heading of a roll-up report (周报/旬报/月报) of a period kind. */
  rollupTitle: Record<'day' | 'week' | 'dekad' | 'month', string>;
  /** What a roll-up is made of: `n` stored periods of its span, the missing ones named. */
  rollupSource: (from: string, n: number, missing: string[]) => string;
}

const zh: ReportLabels = {
  title: '投诉预警日报',
  generatedAt: '生成时间',
  periods: '统计周期',
  summary: '概况',
  rowsRead: '读取工单',
  accepted: '有效工单',
  rejected: '拒收',
  duplicates: '重复',
  warnings: '预警',
  noWarnings: '本期无预警。',
  level: { red: '红色预警', orange: '橙色预警', yellow: '黄色预警' },
  kind: { top: 'TOP 问题', repeat: '重复投诉', 'high-risk': '高风险', burst: '突发' },
  category: {
    regulator: '监管申诉',
    media: '媒体曝光',
    legal: '法律纠纷',
    attitude: '服务态度',
    mass: '群体影响',
    safety: '安全隐患',
    churn: '离网倾向',
    'same-customer': '同一客户',
    'near-duplicate': '近似重复',
    template: '模板内容',
    persistent: '持续存在',
    fraud: '诈骗与隐私',
    vulnerable: '弱势群体',
    term: '热词',
    'new-term': '新词',
    region: '地区',
    'region-term': '地区热词',
  },
  route: '派单',
  tickets: '工单',
  moreTickets: (n) => `等共 ${n} 张`,
  evidence: '证据',
  topIssues: 'TOP 问题',
  rank: '排名',
  issue: '问题',
  heat: '热度',
  ticketCount: '工单数',
  customers: '客户数',
  firstSeen: '首次出现',
  lastSeen: '最近出现',
  terms: '关键词',
  examples: '典型工单',
  risingTerms: '异常热词',
  period: '周期',
  term: '热词',
  expected: '基线',
  ratio: '倍数',
  pValue: 'p 值',
  isNew: '新词',
  yes: '是',
  no: '否',
  topics: '话题',
  topic: '话题',
  hotTerms: '热词',
  messages: '运行消息',
  none: '无',
  volumeChart: '每期工单量',
  heatChart: '问题热度',
  risingChart: '异常热词走势',
  noData: '无数据',
  csvHeader: ['预警编号', '级别', '类型', '子类', '周期', '标题', '原因', '责任部门', '派单依据', '工单数', '工单编号', '证据', '状态', '重复类型', '摘要'],
  sentenceGap: '',
  colon: '：',
  paren: (text) => `（${text}）`,
  listSep: '、',
  clauseSep: '；',
  headline: (period, daily) => `${daily ? '今日' : '本期'}概况（${period}）`,
  latestWarnings: (period, daily) => `${daily ? '今日' : '本期'}预警（${period}）`,
  continuing: (n) => `持续中的预警（${n}）`,
  earlierWarnings: '往期预警',
  periodWarnings: (period, n) => `${period}　预警 ${n} 条`,
  status: { new: '新增', escalated: '升级', continuing: '持续' },
  statusHeader: '状态',
  volumeSentence: (period, tickets, previous) =>
    period === 'all'
      ? `未标注日期的导出，共 ${tickets} 张工单（无时间列：不做上期对比与异常热词）。`
      : previous === undefined
      ? `${period} 共受理 ${tickets} 张工单（无上期可比）。`
      : `${period} 共受理 ${tickets} 张工单，较上期（${previous.id}）的 ${previous.tickets} 张` +
        (tickets === previous.tickets
          ? '持平。'
          : `${tickets > previous.tickets ? '增加' : '减少'} ${Math.abs(tickets - previous.tickets)} 张（${percentChange(tickets, previous.tickets)}）。`),
  warningsSentence: (fresh, escalated, continuing) =>
    `新增预警 ${fresh.length === 0 ? '无' : fresh.join('、')}；升级 ${escalated} 条；持续中 ${continuing} 条。`,
  levelCount: (level, n) => `${{ red: '红色', orange: '橙色', yellow: '黄色' }[level]} ${n}`,
  volumeCard: '工单量',
  versusPrevious: (delta, percent) => `较上期 ${signed(delta)}（${percent}）`,
  firstPeriod: '无上期可比',
  levelBreakdown: (fresh, escalated, continuing) => `新增 ${fresh} · 升级 ${escalated} · 持续 ${continuing}`,
  actNow: '需立即处理',
  undated: '未标注日期（全部工单）',
  andMore: (n) => `；另有 ${n} 条红色预警见下方列表`,
  digestTitle: (n, total, daily) => `${daily ? '今日' : '本期'}先看（${n} 条${total > n ? `，共 ${total} 条` : ''}）`,
  digestRest: (n) => `其余 ${n} 条见下方完整列表与 warnings.csv。`,
  repeatKind: { 'same-customer': '同一客户重复', 'recurring-problem': '问题反复出现', template: '模板内容' },
  topToday: (n, daily) => `${daily ? '今日' : '本期'} TOP ${n} 问题`,
  periodTickets: (n) => `本期 ${n} 张`,
  totalTickets: (n) => `累计 ${n} 张`,
  moreRows: (n) => `另有 ${n} 条，见 report.json。`,
  inputAccounting: '输入统计',
  allWarnings: '全部预警',
  legend: '预警等级说明',
  legendLevels: {
    red: '须当天处置：监管申诉、媒体曝光、法律纠纷、人身安全类风险表述，或远超基线的突发。',
    orange: '当天跟进：服务态度、群体影响、离网倾向等风险，排名靠前且明显增长的 TOP 问题，同一客户多次投诉，每期都出现的局部故障，明显突发。',
    yellow: '关注：其余 TOP 问题、重复投诉和反复出现的问题。',
  },
  legendStatus: '状态：新增＝本期首次报出；升级＝此前报过、本期等级提高；持续＝此前报过、等级未变（默认折叠）。',
  id: '编号',
  levelHeader: '级别',
  kindHeader: '类型',
  titleHeader: '标题',
  issueTrendChart: 'TOP 问题走势',
  trend: { rising: '↑ 上升', steady: '→ 平稳', falling: '↓ 下降' },
  trendHeader: '趋势',
  periodsActive: '出现期数',
  threshold: '预警线',
  historyTitle: (n) => `近 ${n} 期走势`,
  rollupTitle: { day: '投诉预警日报', week: '网络质量周报', dekad: '客服信息旬报', month: '月度服务质量分析' },
  rollupSource: (from, n, missing) =>
    `由状态库中 ${n} 个${{ day: '日', week: '周', dekad: '旬', month: '月' }[from] ?? from}汇总${missing.length > 0 ? `（缺 ${missing.join('、')}）` : ''}；未重新读取导出文件，话题与新聚类需要工单原文，本报告不含。`,
};

const en: ReportLabels = {
  title: 'Complaint early-warning report',
  generatedAt: 'Generated',
  periods: 'Periods',
  summary: 'Summary',
  rowsRead: 'Rows read',
  accepted: 'Accepted',
  rejected: 'Rejected',
  duplicates: 'Duplicates',
  warnings: 'Warnings',
  noWarnings: 'No warnings this period.',
  level: { red: 'Red', orange: 'Orange', yellow: 'Yellow' },
  kind: { top: 'top issue', repeat: 'repeat', 'high-risk': 'high risk', burst: 'burst' },
  category: {},
  route: 'Route',
  tickets: 'Tickets',
  moreTickets: (n) => `${n} in all`,
  evidence: 'Evidence',
  topIssues: 'Top issues',
  rank: 'Rank',
  issue: 'Issue',
  heat: 'Heat',
  ticketCount: 'Tickets',
  customers: 'Customers',
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  terms: 'Terms',
  examples: 'Example tickets',
  risingTerms: 'Rising terms',
  period: 'Period',
  term: 'Term',
  expected: 'Expected',
  ratio: 'Ratio',
  pValue: 'p-value',
  isNew: 'New',
  yes: 'yes',
  no: 'no',
  topics: 'Topics',
  topic: 'Topic',
  hotTerms: 'Hot terms',
  messages: 'Messages',
  none: 'none',
  volumeChart: 'Tickets per period',
  heatChart: 'Issue heat',
  risingChart: 'Rising terms',
  noData: 'no data',
  csvHeader: ['id', 'level', 'kind', 'category', 'period', 'title', 'reason', 'department', 'route reason', 'tickets', 'ticket ids', 'evidence', 'status', 'repeat kind', 'digest'],
  sentenceGap: ' ',
  colon: ': ',
  paren: (text) => ` (${text})`,
  listSep: ', ',
  clauseSep: '; ',
  headline: (period, daily) => `${daily ? 'Today' : 'Latest period'} at a glance (${period})`,
  latestWarnings: (period, daily) => `${daily ? "Today's" : 'Latest'} warnings (${period})`,
  continuing: (n) => `Continuing warnings (${n})`,
  earlierWarnings: 'Earlier periods',
  periodWarnings: (period, n) => `${period}: ${n} warning${n === 1 ? '' : 's'}`,
  status: { new: 'new', escalated: 'escalated', continuing: 'continuing' },
  statusHeader: 'Status',
  volumeSentence: (period, tickets, previous) =>
    period === 'all'
      ? `${tickets} tickets in an undated export (no time column: no comparison with earlier periods, no rising terms).`
      : previous === undefined
      ? `${tickets} tickets in ${period} (no earlier period to compare).`
      : `${tickets} tickets in ${period}, ` +
        (tickets === previous.tickets
          ? `the same as in ${previous.id}.`
          : `${tickets > previous.tickets ? 'up' : 'down'} ${Math.abs(tickets - previous.tickets)} (${percentChange(tickets, previous.tickets)}) from ${previous.tickets} in ${previous.id}.`),
  warningsSentence: (fresh, escalated, continuing) =>
    `New warnings: ${fresh.length === 0 ? 'none' : fresh.join(', ')}; ${escalated} escalated; ${continuing} continuing.`,
  levelCount: (level, n) => `${n} ${level}`,
  volumeCard: 'Tickets',
  versusPrevious: (delta, percent) => `${signed(delta)} (${percent}) vs previous`,
  firstPeriod: 'no earlier period',
  levelBreakdown: (fresh, escalated, continuing) => `${fresh} new · ${escalated} escalated · ${continuing} continuing`,
  actNow: 'Act now',
  undated: 'undated (all tickets)',
  andMore: (n) => `; ${n} more red warnings in the list below`,
  digestTitle: (n, total, daily) => `Read first ${daily ? 'today' : 'this period'} (${n}${total > n ? ` of ${total}` : ''})`,
  digestRest: (n) => `The other ${n} are in the full list below and in warnings.csv.`,
  repeatKind: { 'same-customer': 'same customer again', 'recurring-problem': 'recurring problem', template: 'template text' },
  topToday: (n, daily) => `Top ${n} issue${n === 1 ? '' : 's'} ${daily ? 'today' : 'this period'}`,
  periodTickets: (n) => `${n} this period`,
  totalTickets: (n) => `${n} in all`,
  moreRows: (n) => `${n} more in report.json.`,
  inputAccounting: 'Input',
  allWarnings: 'All warnings',
  legend: 'How to read the levels',
  legendLevels: {
    red: 'act today: threats to go to the regulator, the media or court, safety risks, or a burst far above its baseline.',
    orange: 'follow up today: rude service, mass impact, churn threats, fast-growing top issues, a customer complaining again and again, a local fault seen every period, a clear burst.',
    yellow: 'watch: other top issues, repeat complaints and recurring problems.',
  },
  legendStatus: 'Status: new = first raised this period; escalated = raised before, level went up; continuing = raised before at the same level (collapsed).',
  id: 'ID',
  levelHeader: 'Level',
  kindHeader: 'Kind',
  titleHeader: 'Title',
  issueTrendChart: 'Top issues per period',
  trend: { rising: '↑ rising', steady: '→ steady', falling: '↓ falling' },
  trendHeader: 'Trend',
  periodsActive: 'Periods seen',
  threshold: 'alert line',
  historyTitle: (n) => `The last ${n} periods`,
  rollupTitle: { day: 'Daily complaint report', week: 'Weekly complaint report', dekad: 'Ten-day complaint report', month: 'Monthly complaint report' },
  rollupSource: (from, n, missing) =>
    `Summed from ${n} stored ${from} period${n === 1 ? '' : 's'} of the state${missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''}; no export was read again, so topics and new grouping, which need the ticket texts, are not in this report.`,
};

/** A count change with its sign, using the minus sign (−) like {@link percentChange}. */
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The labels of a language. */
export function reportLabels(lang: ReportLang): ReportLabels {
  return lang === 'zh' ? zh : en;
}

/** The display name of a warning subkind. */
export function categoryName(l: ReportLabels, category: string): string {
  return Object.hasOwn(l.category, category) ? (l.category[category] ?? category) : category;
}

/**
 * A warning's kind as a reader names it (unescaped): what a repeat repeats (同一客户重复, 问题反复出现, 模板内容) rather
 * than the generic kind, then the subkind when it adds something (高风险 · 法律纠纷).
 */
export function warningKindName(w: Pick<Warning, 'kind' | 'category' | 'repeatKind'>, l: ReportLabels): string {
  const kind = w.kind === 'repeat' && w.repeatKind ? l.repeatKind[w.repeatKind] : (l.kind[w.kind] ?? w.kind);
  const category = w.category && w.category !== w.kind ? categoryName(l, w.category) : '';
  return `${kind}${category && !kind.includes(category) ? ` · ${category}` : ''}`;
}

/** Warning levels from most to least severe. */
export const LEVEL_ORDER: ReadonlyArray<Warning['level']> = ['red', 'orange', 'yellow'];

/**
 * The report's title: the daily early-warning report, or for a roll-up written from the state the weekly, ten-day
 * or monthly report of its period kind.
 */
export function reportTitle(report: { rollup?: unknown; config: Record<string, unknown> }, l: ReportLabels): string {
  if (report.rollup === undefined) return l.title;
  const kind = report.config['period'];
  return kind === 'week' || kind === 'dekad' || kind === 'month' || kind === 'day' ? l.rollupTitle[kind] : l.title;
}

/** The line under a roll-up's title saying what it was summed from and what it cannot hold; '' for other reports. */
export function rollupNote(report: { rollup?: { from: string; periods: unknown[]; missing: string[] } }, l: ReportLabels): string {
  const r = report.rollup;
  return r ? l.rollupSource(r.from, r.periods.length, r.missing) : '';
}

/** The report's span of periods, `first – last`; for an undated export the words for "undated". */
export function periodSpan(periods: ReadonlyArray<{ id: string }>, l: Pick<ReportLabels, 'undated'>): string {
  if (periods.length === 1 && periods[0]?.id === 'all') return l.undated;
  return `${periods[0]?.id ?? ''} – ${periods.at(-1)?.id ?? ''}`;
}
