import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';
import type { Route, Warning } from '../report/report-schema.js';
import type { RoutingTable } from './routing-table.js';

/** What routing looks at besides the warning itself. */
export const routeContextSchema = z.strictObject({
  /** The topic/issue terms behind the warning (宽带, 掉线 …), matched against rule keywords. */
  terms: z.array(z.string()).readonly().optional(),
  /** Department when no rule matches. */
  defaultDepartment: z.string().min(1).optional(),
});

/** What routing looks at besides the warning itself, as a caller passes it. */
export type RouteContext = z.input<typeof routeContextSchema>;

/**
 * Routes a warning to the department that owns it: the first rule of the table whose kind, category and keyword
 * (a literal found in the title or the context terms) all match.
 */
export function routeWarning(
  warning: Pick<Warning, 'kind' | 'category' | 'title'>,
  table: RoutingTable,
  context: RouteContext = {},
): Route {
  return routeByTable(warning, table, parseOptions(routeContextSchema, context, 'route'));
}

/**
 * {@link routeWarning} with a context built in code: what the warning producers call for every warning they raise,
 * so a run does not validate the same shape thousands of times.
 */
export function routeByTable(warning: Pick<Warning, 'kind' | 'category' | 'title'>, table: RoutingTable, context: RouteContext): Route {
  const haystack = [warning.title, ...(context.terms ?? [])].join('\n');
  for (const rule of table.rules) {
    if (rule.kind !== '*' && rule.kind !== warning.kind) continue;
    if (rule.category !== '*' && rule.category !== (warning.category ?? '')) continue;
    if (rule.keyword !== '*' && !haystack.includes(rule.keyword)) continue;
    const why = rule.reason ?? `规则第 ${rule.line} 行`;
    return { department: rule.department, reason: rule.keyword === '*' ? why : `${why}（关键词“${rule.keyword}”）` };
  }
  return { department: context.defaultDepartment ?? '客服/呼叫中心', reason: '无匹配的路由规则，默认转客服' };
}
