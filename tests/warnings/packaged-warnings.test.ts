import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../../src/analyze.js';
import type { TicketInput } from '../../src/core/ticket.js';
import { generateExport } from '../../src/generate/generate-export.js';
import { loadModels } from '../../src/models/load-models.js';
import type { Models } from '../../src/models/models.js';
import { reportSchema } from '../../src/report/report-schema.js';
import { generatedTickets } from '../helpers/generated-tickets.js';

const FIRST = '这个月话费多扣了三十元';
const SECOND = '上次反映的多扣费问题没有处理，这个月又乱扣费了';
const OTHER_FIRST = '宽带总是断线，晚上看电视卡得不行，地址是李村家园，希望尽快解决。';
const OTHER_SECOND = '李村家园的宽带还是总断线，晚上看电视卡得不行，要求尽快处理。';
const DAY = 86_400_000;

let models: Models;
let tickets: TicketInput[];
let result: AnalyzeResult;

beforeAll(async () => {
  models = await loadModels();
  tickets = generatedTickets(generateExport({ n: 1500, seed: 20261116, days: 10 }));
  const start = Math.min(...tickets.map((t) => Number(t.time)));
  tickets.push(
    { id: 'SELF-1', text: FIRST, time: start + 2 * DAY, customerId: '13800000000-self', region: '济南' },
    { id: 'SELF-2', text: SECOND, time: start + 8 * DAY, customerId: '13800000000-self', region: '济南' },
    // The second repeat customer: the same fault again in much the same words, no repeat cue.
    { id: 'SAME-1', text: OTHER_FIRST, time: start + 1 * DAY, customerId: '13900000000-same', region: '青岛' },
    { id: 'SAME-2', text: OTHER_SECOND, time: start + 5 * DAY, customerId: '13900000000-same', region: '青岛' },
  );
  result = await analyze(tickets, {}, { models, now: new Date('2026-11-20T00:00:00Z') });
});

describe('analyze(tickets): warnings packaged for a manager', () => {
  it('gives every evidence item of every warning a context that holds its text, from the ticket itself', () => {
    const texts = new Map(result.corpus.tickets.map((t) => [t.id, t.text]));
    const evidence = result.report.warnings.flatMap((w) => w.evidence);
    expect(result.report.warnings.filter((w) => w.kind === 'high-risk').length).toBeGreaterThan(5);
    for (const e of evidence) {
      expect(e.context, `${e.ticketId} ${e.text}`).toBeDefined();
      expect(e.context).toContain(e.text);
      expect(texts.get(e.ticketId)).toContain(e.context);
      expect(e.context!.length).toBeLessThanOrEqual(Math.max(120, e.text.length));
    }
  });

  it('has a digest for every period of at most 20 warning ids by default, most urgent first', () => {
    expect(reportSchema.safeParse(result.report).success).toBe(true);
    expect(result.report.digest.map((d) => d.period)).toEqual(result.report.periods.map((p) => p.id));
    // Some days hold more than 20 warnings, so the default size is what cuts them.
    expect(expectDigest(result, 20)).toBeGreaterThan(0);
  });

  it('links a customer\'s self-declared repeat to their earlier ticket however differently worded', () => {
    const linked = result.report.warnings.filter((w) => w.kind === 'repeat' && w.ticketIds.includes('SELF-2'));
    expect(linked.map((w) => [w.category, w.repeatKind, w.ticketIds])).toEqual([['same-customer', 'same-customer', ['SELF-1', 'SELF-2']]]);
    expect(linked[0]!.metrics['matchedBy']).toBe('self-declared');
    expect(linked[0]!.evidence[0]).toMatchObject({ ticketId: 'SELF-2', text: '上次反映' });
    expect(linked[0]!.evidence[0]!.context).toContain('上次反映的多扣费问题没有处理');
  });

  it('finds both repeat customers: the self-declared one and the one who writes the same fault again', () => {
    const sameCustomer = result.report.warnings.filter((w) => w.repeatKind === 'same-customer');
    const holding = (id: string) => sameCustomer.filter((w) => w.ticketIds.includes(id)).map((w) => w.ticketIds);
    expect(holding('SELF-2')).toEqual([['SELF-1', 'SELF-2']]);
    expect(holding('SAME-2')).toEqual([['SAME-1', 'SAME-2']]);
  });

  it('honours digestSize, leaving out only warnings no more urgent than the last one in', async () => {
    const small = await analyze(tickets, { warnings: { digestSize: 3 } }, { models, now: new Date('2026-11-20T00:00:00Z') });
    expect(expectDigest(small, 3)).toBeGreaterThan(0);
  });

  it('says which kind every repeat is, and a same-customer repeat holds one customer\'s tickets only', () => {
    const customerOf = new Map(result.corpus.tickets.map((t) => [t.id, t.customerHash ?? '']));
    const repeats = result.report.warnings.filter((w) => w.kind === 'repeat');
    expect(repeats.length).toBeGreaterThan(0);
    for (const w of repeats) {
      const customers = new Set(w.ticketIds.filter((id) => customerOf.has(id)).map((id) => customerOf.get(id)));
      if (w.repeatKind === 'same-customer') expect(customers.size, w.id).toBe(1);
      else if (w.repeatKind === 'template') expect([...customers], w.id).toEqual(['']);
      else expect(w.repeatKind, w.id).toBe('recurring-problem');
      if (w.repeatKind !== 'same-customer') expect(w.title).not.toContain('重复提交');
    }
  });
});

/** Checks every period's digest against its warnings; returns how many periods had more warnings than `size`. */
function expectDigest(run: AnalyzeResult, size: number): number {
  const { digest, warnings } = run.report;
  const byId = new Map(warnings.map((w) => [w.id, w]));
  const rank = { red: 0, orange: 1, yellow: 2 } as const;
  let cut = 0;
  for (const d of digest) {
    const own = warnings.filter((w) => w.period === d.period);
    expect(d.warningIds.length).toBe(Math.min(size, own.length));
    const levels = d.warningIds.map((id) => rank[byId.get(id)!.level]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const last = byId.get(d.warningIds.at(-1) ?? '');
    const left = own.filter((w) => !d.warningIds.includes(w.id));
    if (left.length > 0) cut++;
    if (last) for (const w of left) expect(rank[w.level]).toBeGreaterThanOrEqual(rank[last.level]);
  }
  return cut;
}
