import { describe, expect, it } from 'vitest';
import { warnMassFault } from '../../src/warnings/warn-mass-fault.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, makeIssue, shippedRouting } from './fixtures.js';

function build(regions: Array<[region: string, customer: string]>): WarningContext {
  const corpus = corpusFromTokens(regions.map(([region, customerHash], i) => ({ id: `m${i + 1}`, tokens: ['小区', '断网'], region, customerHash })));
  return { corpus, periodIds: regions.map(() => '2026-11-21'), period: '2026-11-21', kind: 'day', routing: shippedRouting() };
}

describe('warnMassFault(issues, context, options)', () => {
  it('raises a mass-impact warning for one issue concentrated in one region', () => {
    const context = build([
      ['朝阳', 'a'], ['朝阳', 'b'], ['朝阳', 'c'], ['朝阳', 'd'], ['朝阳', 'e'], ['海淀', 'f'],
    ]);
    const issue = makeIssue({ id: 'I-x', label: '小区断网', terms: ['断网'], ticketIds: context.corpus.tickets.map((t) => t.id) });
    const warnings = warnMassFault([issue], context);
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w).toMatchObject({ kind: 'high-risk', category: 'mass', level: 'orange' });
    expect(w!.metrics).toMatchObject({ tickets: 5, customers: 5, region: '朝阳', issueTickets: 6 });
    expect(w!.route.department).toBe('网络/运维');
    expectValidWarning(w!, context.corpus);
    expect(warnMassFault([issue], context, { massRedTickets: 5 })[0]!.level).toBe('red');
  });

  it('ignores a region whose tickets come from too few customers', () => {
    const context = build([['朝阳', 'a'], ['朝阳', 'a'], ['朝阳', 'a'], ['朝阳', 'b'], ['朝阳', 'b']]);
    const issue = makeIssue({ id: 'I-x', ticketIds: context.corpus.tickets.map((t) => t.id) });
    expect(warnMassFault([issue], context)).toEqual([]);
  });
});
