import type { Evidence, Warning } from '../report/report-schema.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import { levelRank, maxLevel, type WarningLevel } from './risk-lexicon.js';
import type { RiskMatch } from './risk-match.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';

const LEVEL_NAME: Record<WarningLevel, string> = { red: '红色', orange: '橙色', yellow: '黄色' };

/**
 * One high-risk warning per ticket of the period that holds at least one non-negated risk trigger. The warning's
 * category is the ticket's most severe category; every matched span is evidence. Levels (docs/warnings.md):
 * a category's default from the lexicon (regulator/media/legal/safety red, attitude orange, fraud/churn orange,
 * vulnerable yellow), raised by an entry's own level; `mass` is red when at least `massMentionRedTickets` tickets
 * of the period in the same region mention mass impact; `churn` drops to yellow when every churn trigger is
 * conditional. Tickets whose only category is below red and whose trigger phrase is shared by at least
 * `highRiskGroupMinTickets` such tickets of the period make one warning for the phrase instead (key
 * `high-risk:<category>:phrase:<phrase>`), with every ticket's span as evidence.
 */
export function warnHighRisk(context: WarningContext, matcher: RiskMatcher, options: WarningsOptions = {}): Warning[] {
  const o = warningsOptionsSchema.parse(options);
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
    if (matches.some((m) => m.category === 'mass')) {
      const region = ticket.region ?? '';
      massByRegion.set(region, (massByRegion.get(region) ?? 0) + 1);
    }
  }
  const warnings: Warning[] = [];
  const name = (c: string): string => lexicon.categories.get(c)?.name ?? c;
  const assessed = perTicket.map(({ doc, matches }) => {
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
        const n = massByRegion.get(ticket.region ?? '') ?? 0;
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
    const phrase = matches.find((m) => m.category === primary)!.term.toLowerCase();
    const group = level !== 'red' && categories.length === 1 ? `${primary}:${phrase}` : '';
    return { doc, ticket, matches, categories, primary, level, rules, group };
  });
  const groupSize = new Map<string, number>();
  for (const a of assessed) if (a.group) groupSize.set(a.group, (groupSize.get(a.group) ?? 0) + 1);
  const grouped = new Map<string, typeof assessed>();
  for (const a of assessed) {
    if (a.group && groupSize.get(a.group)! >= o.highRiskGroupMinTickets) {
      const list = grouped.get(a.group);
      if (list) list.push(a);
      else grouped.set(a.group, [a]);
      continue;
    }
    const { ticket, matches, categories, primary, level, rules } = a;
    const terms = [...new Set(matches.map((m) => m.term))];
    const hypothetical = matches.some((m) => m.hypothetical);
    const evidence: Evidence[] = matches.map((m) => ({ ticketId: ticket.id, start: m.start, end: m.end, text: m.term }));
    const described = matches
      .map((m) => `“${m.term}”（${name(m.category)}${m.hypothetical ? '，条件式威胁' : ''}）`)
      .filter((d, i, all) => all.indexOf(d) === i)
      .join('、');
    const title = `${name(primary)}风险：${terms.slice(0, 3).join('、')}`;
    const key = `high-risk:${primary}:${ticket.id}`;
    const fields: WarningFields = {
      kind: 'high-risk',
      level,
      title,
      reason:
        `工单 ${ticket.id} 出现 ${matches.length} 处风险表述：${described}；` +
        `按规则${name(primary)}类为${LEVEL_NAME[level]}预警${rules.length > 0 ? `（${rules.join('；')}）` : ''}。`,
      ticketIds: [ticket.id],
      evidence,
      metrics: {
        matches: matches.length,
        categories: categories.join(','),
        terms: terms.join(','),
        hypothetical,
        ...(ticket.region ? { region: ticket.region } : {}),
      },
      category: primary,
    };
    warnings.push(routedWarning(key, period, fields, context.routing, terms));
  }
  for (const [group, members] of grouped) {
    const { primary, level } = members[0]!;
    const phrase = members[0]!.matches.find((m) => m.category === primary)!.term;
    const evidence: Evidence[] = members.flatMap(({ ticket, matches }) =>
      matches.filter((m) => m.category === primary).map((m) => ({ ticketId: ticket.id, start: m.start, end: m.end, text: m.term })),
    );
    const regions = [...new Set(members.map((m) => m.ticket.region).filter((r): r is string => !!r))];
    const rules = [...new Set(members.flatMap((m) => m.rules))];
    const fields: WarningFields = {
      kind: 'high-risk',
      level,
      title: `${name(primary)}风险：本期 ${members.length} 张工单提到“${phrase}”`,
      reason:
        `本期 ${members.length} 张工单出现同一风险表述“${phrase}”（${name(primary)}）：同一说法反复出现（≥${o.highRiskGroupMinTickets} 张）` +
        `按一类问题合并预警；按规则${name(primary)}类为${LEVEL_NAME[level]}预警${rules.length > 0 ? `（${rules.join('；')}）` : ''}。`,
      ticketIds: members.map((m) => m.ticket.id),
      evidence,
      metrics: {
        tickets: members.length,
        matches: evidence.length,
        categories: primary,
        terms: phrase,
        hypothetical: members.some((m) => m.matches.some((x) => x.hypothetical)),
        ...(regions.length > 0 ? { regions: regions.slice(0, 10).join(',') } : {}),
      },
      category: primary,
    };
    warnings.push(routedWarning(`high-risk:${primary}:phrase:${group.slice(primary.length + 1)}`, period, fields, context.routing, [phrase]));
  }
  return warnings.sort((a, b) => levelRank(b.level) - levelRank(a.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
