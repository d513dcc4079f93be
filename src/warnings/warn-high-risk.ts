import type { Evidence, Warning } from '../report/report-schema.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import { detectRisk } from './detect-risk.js';
import { levelRank, maxLevel, type WarningLevel } from './risk-lexicon.js';
import type { RiskMatch } from './risk-match.js';
import { routeWarning } from './route-warning.js';
import type { WarningContext } from './warning-context.js';
import { makeWarningId } from './warning-id.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';

const LEVEL_NAME: Record<WarningLevel, string> = { red: '红色', orange: '橙色', yellow: '黄色' };

/**
 * One high-risk warning per ticket of the period that holds at least one non-negated risk trigger. The warning's
 * category is the ticket's most severe category; every matched span is evidence. Levels (docs/warnings.md):
 * a category's default from the lexicon (regulator/media/legal/safety red, attitude orange, fraud/churn orange,
 * vulnerable yellow), raised by an entry's own level; `mass` is red when at least `massMentionRedTickets` tickets
 * of the period in the same region mention mass impact; `churn` drops to yellow when every churn trigger is
 * conditional.
 */
export function warnHighRisk(context: WarningContext, matcher: RiskMatcher, options: WarningsOptions = {}): Warning[] {
  const o = warningsOptionsSchema.parse(options);
  const { corpus, periodIds, period } = context;
  const { lexicon } = matcher;
  const order = [...lexicon.categories.keys()];
  const entryLevel = new Map(lexicon.entries.map((e) => [e.term.toLowerCase(), e.level]));
  const perTicket: Array<{ doc: number; matches: RiskMatch[] }> = [];
  const massByRegion = new Map<string, number>();
  corpus.tickets.forEach((ticket, doc) => {
    if (periodIds[doc] !== period) return;
    const matches = detectRisk(ticket.text, matcher).filter((m) => !m.negated);
    if (matches.length === 0) return;
    perTicket.push({ doc, matches });
    if (matches.some((m) => m.category === 'mass')) {
      const region = ticket.region ?? '';
      massByRegion.set(region, (massByRegion.get(region) ?? 0) + 1);
    }
  });
  const warnings: Warning[] = [];
  for (const { doc, matches } of perTicket) {
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
    const name = (c: string): string => lexicon.categories.get(c)?.name ?? c;
    const terms = [...new Set(matches.map((m) => m.term))];
    const hypothetical = matches.some((m) => m.hypothetical);
    const evidence: Evidence[] = matches.map((m) => ({ ticketId: ticket.id, start: m.start, end: m.end, text: m.term }));
    const described = matches
      .map((m) => `“${m.term}”（${name(m.category)}${m.hypothetical ? '，条件式威胁' : ''}）`)
      .filter((d, i, all) => all.indexOf(d) === i)
      .join('、');
    const title = `${name(primary)}风险：${terms.slice(0, 3).join('、')}`;
    const key = `high-risk:${primary}:${ticket.id}`;
    const base = {
      id: makeWarningId(key, period),
      kind: 'high-risk' as const,
      level,
      period,
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
    warnings.push({ ...base, route: routeWarning(base, context.routing, { terms }) });
  }
  return warnings.sort((a, b) => levelRank(b.level) - levelRank(a.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
