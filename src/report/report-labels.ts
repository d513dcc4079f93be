import type { ReportLang } from './report-lang.js';
import type { Warning } from './report-schema.js';

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
    persistent: '持续存在',
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
  csvHeader: ['预警编号', '级别', '类型', '子类', '周期', '标题', '原因', '责任部门', '派单依据', '工单数', '工单编号', '证据', '状态'],
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
  csvHeader: ['id', 'level', 'kind', 'category', 'period', 'title', 'reason', 'department', 'route reason', 'tickets', 'ticket ids', 'evidence', 'status'],
};

/** The labels of a language. */
export function reportLabels(lang: ReportLang): ReportLabels {
  return lang === 'zh' ? zh : en;
}

/** The display name of a warning subkind. */
export function categoryName(l: ReportLabels, category: string): string {
  return Object.hasOwn(l.category, category) ? (l.category[category] ?? category) : category;
}

/** Warning levels from most to least severe. */
export const LEVEL_ORDER: ReadonlyArray<Warning['level']> = ['red', 'orange', 'yellow'];
