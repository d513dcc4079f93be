import type { Report, Warning } from '../report/report-schema.js';
import type { GroundTruth } from './ground-truth.js';

/** How well a report found what the generator planted. Every list names what was missed or wrong. */
export interface PlantedScore {
  bursts: { planted: number; found: number; missed: string[] };
  /** Burst warnings (new or escalated) that match no planted burst, and the number of days they fell in. */
  falseBursts: { count: number; days: number; titles: string[] };
  repeats: { planted: number; found: number; missed: string[] };
  highRisk: { planted: number; found: number; missed: string[]; badEvidence: string[] };
  negated: { planted: number; flagged: string[] };
  recurring: { planted: number; warnedOnceThenContinuing: number; detail: string[] };
  /** Every warning's evidence offsets cut its text out of the ticket's normalized text. */
  evidence: { checked: number; wrong: string[] };
}

const overlap = (a: readonly string[], b: ReadonlySet<string>): number => a.reduce((n, id) => n + (b.has(id) ? 1 : 0), 0);

/**
 * Scores a report against the ground truth of a generated export. `textOf` gives a ticket's normalized text (from
 * the run's corpus), to check evidence spans. Pure.
 */
export function scorePlantedEvents(report: Report, truth: GroundTruth, textOf: (ticketId: string) => string | undefined): PlantedScore {
  const fresh = (w: Warning): boolean => w.status !== 'continuing';
  const bursts = report.warnings.filter((w) => w.kind === 'burst');
  const plantedBurstIds = truth.bursts.map((b) => new Set(b.ticketIds));
  const burstHit = (b: GroundTruth['bursts'][number], ids: Set<string>): boolean =>
    report.risingTerms.some((r) => r.period === b.day && overlap(r.ticketIds, ids) >= Math.ceil(ids.size / 2));
  const missedBursts = truth.bursts.filter((b, i) => !burstHit(b, plantedBurstIds[i]!)).map((b) => `${b.day} ${b.region} ${b.phrase}`);
  const recurringIds = new Set(truth.recurring.flatMap((r) => r.ticketIds));
  const falseBurstWarnings = bursts.filter(
    (w) => fresh(w) && !plantedBurstIds.some((ids) => overlap(w.ticketIds, ids) > 0) && overlap(w.ticketIds, recurringIds) === 0,
  );

  const repeatWarnings = report.warnings.filter((w) => w.kind === 'repeat');
  const missedRepeats = truth.repeats
    .filter((r) => !repeatWarnings.some((w) => overlap(w.ticketIds, new Set(r.ticketIds)) >= 2))
    .map((r) => `${r.id} ${r.phrase}`);

  const riskByTicket = new Map<string, Warning[]>();
  for (const w of report.warnings) {
    if (w.kind !== 'high-risk') continue;
    for (const id of w.ticketIds) riskByTicket.set(id, [...(riskByTicket.get(id) ?? []), w]);
  }
  const missedRisk: string[] = [];
  const badEvidence: string[] = [];
  for (const r of truth.highRisk) {
    const ws = riskByTicket.get(r.ticketId);
    if (!ws) {
      missedRisk.push(`${r.ticketId} ${r.category} ${r.phrase}`);
      continue;
    }
    const spans = ws.flatMap((w) => w.evidence.filter((e) => e.ticketId === r.ticketId));
    if (!spans.some((e) => r.phrase.includes(e.text) || e.text.includes(r.phrase))) badEvidence.push(`${r.ticketId} ${r.phrase}: ${spans.map((e) => e.text).join('|')}`);
  }
  // A negated twin may share its ticket with a real risk, even of its own category (客服一直推脱 beside 不是说客服态度
  // 恶劣): it counts as flagged only when a warning's evidence falls inside the negated sentence itself.
  const flaggedNegated = truth.negatedRisk
    .filter((r) => {
      const text = textOf(r.ticketId) ?? '';
      const phrase = r.phrase.normalize('NFKC');
      const at = text.indexOf(phrase);
      const inside = (e: Warning['evidence'][number]): boolean =>
        e.ticketId === r.ticketId && (at < 0 ? phrase.includes(e.text) : e.start >= at && e.end <= at + phrase.length);
      return (riskByTicket.get(r.ticketId) ?? []).some((w) => w.category === r.category && w.evidence.some(inside));
    })
    .map((r) => `${r.ticketId} ${r.phrase}`);

  const detail: string[] = [];
  let onceThenContinuing = 0;
  for (const rec of truth.recurring) {
    const ids = new Set(rec.ticketIds);
    const ws = report.warnings
      .filter((w) => (w.kind === 'repeat' || w.kind === 'top') && overlap(w.ticketIds, ids) > 0)
      .sort((a, b) => a.period.localeCompare(b.period));
    const byKey = new Map<string, Warning[]>();
    for (const w of ws) {
      const key = w.id.replace(/@[^@]*$/, '');
      byKey.set(key, [...(byKey.get(key) ?? []), w]);
    }
    const good = [...byKey.values()].some((list) => list.length >= 2 && list[0]!.status !== 'continuing' && list.slice(1).some((w) => w.status === 'continuing'));
    if (good) onceThenContinuing++;
    detail.push(`${rec.phrase}: ${ws.map((w) => `${w.period}:${w.kind}:${w.status ?? 'new'}`).join(' ')}`);
  }

  let checked = 0;
  const wrong: string[] = [];
  for (const w of report.warnings) {
    for (const e of w.evidence) {
      const text = textOf(e.ticketId);
      if (text === undefined) continue;
      checked++;
      if (text.slice(e.start, e.end) !== e.text || e.text === '') wrong.push(`${w.id} ${e.ticketId} [${e.start},${e.end}) "${e.text}"`);
    }
  }

  return {
    bursts: { planted: truth.bursts.length, found: truth.bursts.length - missedBursts.length, missed: missedBursts },
    falseBursts: { count: falseBurstWarnings.length, days: new Set(falseBurstWarnings.map((w) => w.period)).size, titles: falseBurstWarnings.map((w) => `${w.period} ${w.title}`) },
    repeats: { planted: truth.repeats.length, found: truth.repeats.length - missedRepeats.length, missed: missedRepeats },
    highRisk: { planted: truth.highRisk.length, found: truth.highRisk.length - missedRisk.length, missed: missedRisk, badEvidence },
    negated: { planted: truth.negatedRisk.length, flagged: flaggedNegated },
    recurring: { planted: truth.recurring.length, warnedOnceThenContinuing: onceThenContinuing, detail },
    evidence: { checked, wrong },
  };
}
