import type { NormalizedTicket } from '../core/ticket.js';
import type { Evidence, Issue, Topic, Warning } from '../report/report-schema.js';
import { spanEvidence } from './evidence-context.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import { levelRank, maxLevel, type WarningLevel } from './risk-lexicon.js';
import type { RiskMatch } from './risk-match.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

const LEVEL_NAME: Record<WarningLevel, string> = { red: '红色', orange: '橙色', yellow: '黄色' };
const NO_ISSUES: readonly Issue[] = [];
const NO_TOPICS: readonly Topic[] = [];

/** A ticket of the period with its non-negated risk matches, its categories most severe first, and its level. */
interface Assessed {
  doc: number;
  ticket: NormalizedTicket;
  matches: RiskMatch[];
  categories: string[];
  primary: string;
  level: WarningLevel;
  rules: string[];
}

/**
 * High-risk warnings of the period: tickets holding at least one non-negated risk trigger, grouped so a manager
 * reads one warning per problem, not one per ticket and phrase. A ticket's category is its most severe one; its
 * level that category's (docs/warnings.md): the lexicon default (regulator/media/legal/safety red, attitude
 * orange, fraud/churn orange, vulnerable yellow), raised by an entry's own level; `mass` red when at least
 * `massMentionRedTickets` tickets of the period in the same region mention mass impact (never without a region); `churn` yellow when every
 * churn trigger is conditional. Tickets of one category on one issue (of `issues`), else in one region, are one
 * warning listing them; tickets with neither are one warning per category from `highRiskGroupMinTickets` tickets,
 * else one each. The key is `high-risk:<category>:<most severe ticket id>` (its issue and region are metrics), so
 * every period's risky tickets are raised as new. The warning's level is its most severe ticket's; every matched span of every ticket is evidence (most severe tickets first),
 * each with the sentence holding it.
 */
export function warnHighRisk(
  context: WarningContext,
  matcher: RiskMatcher,
  options: WarningsOptions = {},
  issues: readonly Issue[] = NO_ISSUES,
  topics: readonly Topic[] = NO_TOPICS,
): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { corpus, period } = context;
  const { lexicon } = matcher;
  const order = [...lexicon.categories.keys()];
  const entryLevel = new Map(lexicon.entries.map((e) => [e.term.toLowerCase(), e.level]));
  const perTicket: Array<{ doc: number; matches: RiskMatch[] }> = [];
  const massByRegion = new Map<string, number>();
  const index = warningIndexOf(context);
  for (const doc of index.docsByPeriod.get(period) ?? []) {
    const found = index.scan(doc, matcher).matches;
    if (found.length === 0) continue;
    const matches = found.filter((m) => !m.negated);
    if (matches.length === 0) continue;
    const ticket = corpus.tickets[doc]!;
    perTicket.push({ doc, matches });
    // Without a region the count says nothing about one place: a hotel export's 大面积 mentions in a day made each red.
    if (ticket.region && matches.some((m) => m.category === 'mass')) {
      massByRegion.set(ticket.region, (massByRegion.get(ticket.region) ?? 0) + 1);
    }
  }
  const name = (c: string): string => lexicon.categories.get(c)?.name ?? c;
  const assessed: Assessed[] = perTicket.map(({ doc, matches }) => {
    const ticket = corpus.tickets[doc]!;
    const levels = new Map<string, WarningLevel>();
    const rules: string[] = [];
    for (const category of new Set(matches.map((m) => m.category))) {
      const info = lexicon.categories.get(category);
      const own = matches.filter((m) => m.category === category);
      let level: WarningLevel = info?.level ?? 'yellow';
      for (const m of own) {
        const override = entryLevel.get(m.term.toLowerCase());
        if (override) level = maxLevel(level, override);
      }
      if (category === 'mass') {
        const n = ticket.region ? (massByRegion.get(ticket.region) ?? 0) : 0;
        if (n >= o.massMentionRedTickets) {
          level = 'red';
          rules.push(`本期${ticket.region ? `${ticket.region}` : ''}共 ${n} 张工单提到群体性影响（≥${o.massMentionRedTickets} 为红色）`);
        }
      }
      if (category === 'churn' && own.every((m) => m.hypothetical) && levelRank(level) > levelRank('yellow')) {
        level = 'yellow';
        rules.push('离网仅为条件式表态，降为黄色');
      }
      levels.set(category, level);
    }
    const categories = [...levels.keys()].sort(
      (a, b) => levelRank(levels.get(b)!) - levelRank(levels.get(a)!) || order.indexOf(a) - order.indexOf(b),
    );
    const primary = categories[0]!;
    const level = levels.get(primary)!;
    return { doc, ticket, matches, categories, primary, level, rules };
  });
  const warnings: Warning[] = [];
  const subjects = issues.length > 0 ? index.subjects(issues, topics) : undefined;
  // Each ticket joins the group of its most severe category at its place: its issue, else its region, else none.
  // Groups never share a ticket, so warnings that would share tickets are one warning.
  const groups = new Map<string, Assessed[]>();
  for (const a of assessed) {
    const issue = subjects?.issueOf.get(a.ticket.id);
    const place = issue ? `issue:${issue.id}` : a.ticket.region ? `region:${a.ticket.region}` : '';
    const key = `${a.primary}|${place}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  for (const members of groups.values()) {
    const issue = subjects?.issueOf.get(members[0]!.ticket.id);
    const region = issue ? undefined : members[0]!.ticket.region;
    // Unplaced tickets share nothing but their category: grouped only from `highRiskGroupMinTickets`.
    const parts = issue || region || members.length >= o.highRiskGroupMinTickets ? [members] : members.map((m) => [m]);
    for (const part of parts) warnings.push(groupWarning(part, issue, region));
  }
  return warnings.sort((a, b) => levelRank(b.level) - levelRank(a.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  /**
   * Below red, one category on one recurring issue is a pattern (客服一直推脱 in 套餐降档 tickets day after day): keyed
   * by the issue, raised once and then continuing unless it escalates. Anything red, and anything not on an issue,
   * is keyed by its most severe ticket, so every period's risky tickets are news: a key per region made a 2019 CFPB
   * legal threat "continuing" from 2015.
   */
  function groupKey(members: readonly Assessed[], issue: Issue | undefined): string {
    const { primary, level, ticket } = members[0]!;
    return issue && level !== 'red' ? `high-risk:${primary}:issue:${issue.id}` : `high-risk:${primary}:${ticket.id}`;
  }

  function groupWarning(unsorted: Assessed[], issue: Issue | undefined, region: string | undefined): Warning {
    const members = [...unsorted].sort((a, b) => levelRank(b.level) - levelRank(a.level) || a.doc - b.doc);
    const { primary } = members[0]!;
    const level = members[0]!.level;
    const evidence: Evidence[] = members.flatMap(({ ticket, matches }) => matches.map((m) => spanEvidence(ticket, m.start, m.end)));
    const termCounts = new Map<string, number>();
    for (const m of members) for (const t of new Set(m.matches.filter((x) => x.category === primary).map((x) => x.term))) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    const terms = [...termCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
    const allTerms = [...new Set(members.flatMap((m) => m.matches.map((x) => x.term)))];
    const categories = order.filter((c) => members.some((m) => m.categories.includes(c)));
    const rules = [...new Set(members.flatMap((m) => m.rules))];
    const hypothetical = members.some((m) => m.matches.some((x) => x.hypothetical));
    const regions = [...new Set(members.map((m) => m.ticket.region).filter((r): r is string => !!r))];
    const customers = new Set(members.map((m) => m.ticket.customerHash ?? `#${m.doc}`)).size;
    const ruleText = `按规则${name(primary)}类为${LEVEL_NAME[level]}预警${rules.length > 0 ? `（${rules.join('；')}）` : ''}。`;
    const n = members.length;
    let key: string;
    let title: string;
    let reason: string;
    if (n === 1) {
      key = groupKey(members, issue);
      const { ticket, matches } = members[0]!;
      const described = matches
        .map((m) => `“${m.term}”（${name(m.category)}${m.hypothetical ? '，条件式威胁' : ''}）`)
        .filter((d, i, all) => all.indexOf(d) === i)
        .join('、');
      title = `${name(primary)}风险：${allTerms.slice(0, 3).join('、')}`;
      const where = issue ? `（问题“${issue.label}”）` : region ? `（${region}）` : '';
      reason = `工单 ${ticket.id}${where} 出现 ${matches.length} 处风险表述：${described}；${ruleText}`;
    } else {
      const where = issue ? `问题“${issue.label}”` : region ? `${region} ` : '';
      const counted = terms.slice(0, 4).map((t) => `“${t}”${termCounts.get(t)! > 1 ? `×${termCounts.get(t)}` : ''}`).join('、');
      key = groupKey(members, issue);
      title = `${name(primary)}风险：${where}本期 ${n} 张工单（${terms.slice(0, 3).join('、')}）`;
      reason =
        `本期${where ? `${where}中` : ''} ${n} 张工单（${customers} 位客户）出现${name(primary)}类风险表述：${counted}` +
        `${hypothetical ? '（含条件式威胁）' : ''}；同类同${issue ? '问题' : region ? '地区' : '期'}的工单合并为一条预警；${ruleText}`;
    }
    const fields: WarningFields = {
      kind: 'high-risk',
      level,
      title,
      reason,
      ticketIds: members.map((m) => m.ticket.id),
      evidence,
      metrics: {
        tickets: n,
        customers,
        matches: evidence.length,
        categories: categories.join(','),
        terms: allTerms.slice(0, 20).join(','),
        hypothetical,
        ...(issue ? { issueId: issue.id } : {}),
        ...(regions.length === 1 ? { region: regions[0]! } : regions.length > 1 ? { regions: regions.slice(0, 10).join(',') } : {}),
      },
      category: primary,
    };
    return routedWarning(key, period, fields, context.routing, issue ? [...allTerms, issue.label, ...issue.terms] : allTerms);
  }
}
