import type { Issue, Warning } from '../report/report-schema.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import { issueEvidence } from './warn-top-issues.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Mass faults: one issue concentrated in one region in the period — at least `massMinTickets` tickets from at
 * least `massMinCustomers` customers (a ticket without customer counts as its own), making at least
 * `massMinShare` of the issue's tickets of the period. Kind `high-risk`, category `mass`; red from
 * `massRedTickets` tickets, else orange.
 */
export function warnMassFault(issues: readonly Issue[], context: WarningContext, options: WarningsOptions = {}): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { corpus, period } = context;
  const index = warningIndexOf(context);
  const warnings: Warning[] = [];
  for (const issue of issues) {
    const docs = index.issueDocs(issue).get(period) ?? [];
    if (docs.length < o.massMinTickets) continue;
    const byRegion = new Map<string, number[]>();
    for (const d of docs) {
      const region = corpus.tickets[d]!.region;
      if (!region) continue;
      const list = byRegion.get(region);
      if (list) list.push(d);
      else byRegion.set(region, [d]);
    }
    for (const [region, regionDocs] of byRegion) {
      const n = regionDocs.length;
      const share = n / docs.length;
      // The cheap tests first: most regions fail them, and the customer Set is the costly one.
      if (n < o.massMinTickets || share < o.massMinShare) continue;
      const customers = new Set(regionDocs.map((d) => corpus.tickets[d]!.customerHash ?? `#${d}`)).size;
      if (customers < o.massMinCustomers) continue;
      const level = n >= o.massRedTickets ? 'red' : 'orange';
      const key = `high-risk:mass:${region}:${issue.id}`;
      const title = `群体性故障：${region}“${issue.label}”本期 ${n} 张`;
      const fields: WarningFields = {
        kind: 'high-risk',
        level,
        title,
        reason:
          `本期该问题 ${docs.length} 张工单中 ${n} 张（${Math.round(share * 100)}%）来自 ${region}，涉及 ${customers} 位客户` +
          `（阈值：≥${o.massMinTickets} 张、≥${o.massMinCustomers} 位客户、占比 ≥${Math.round(o.massMinShare * 100)}%；` +
          `≥${o.massRedTickets} 张为红色）。`,
        ticketIds: regionDocs.map((d) => corpus.tickets[d]!.id),
        evidence: issueEvidence(context, issue, regionDocs, o.examplesPerWarning),
        metrics: { tickets: n, customers, share: Math.round(share * 1000) / 1000, region, issueTickets: docs.length, issueId: issue.id },
        category: 'mass',
      };
      warnings.push(routedWarning(key, period, fields, context.routing, [issue.label, ...issue.terms]));
    }
  }
  return warnings;
}
