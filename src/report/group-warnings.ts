import { LEVEL_ORDER } from './report-labels.js';
import type { Report, Warning } from './report-schema.js';

/** Warnings of one level, counted per status. */
export type LevelCounts = Record<Warning['level'], number>;

/** The warnings of one earlier period, most severe first, with their count per level. */
export interface PeriodWarnings {
  period: string;
  warnings: Warning[];
  counts: LevelCounts;
}

/** Every warning of a report, placed for a morning reading: the latest period first, then earlier periods. */
export interface GroupedWarnings {
  /** The report's last period id (or the newest warning period when the report lists no periods). */
  latest: string | undefined;
  /** Latest-period warnings that are new or escalated: by level, escalated before new within a level. */
  fresh: Warning[];
  /** Latest-period warnings already raised earlier at the same level, by level. */
  continuing: Warning[];
  /** Every other warning, one entry per period, newest period first. */
  earlier: PeriodWarnings[];
}

/** A warning without a status was written before statuses existed: it counts as new. */
export const warningStatus = (w: Warning): 'new' | 'escalated' | 'continuing' => w.status ?? 'new';

/** Zero counts for every level. */
export const zeroCounts = (): LevelCounts => ({ red: 0, orange: 0, yellow: 0 });

/** Counts warnings per level. */
export function countByLevel(warnings: readonly Warning[]): LevelCounts {
  const counts = zeroCounts();
  for (const w of warnings) counts[w.level]++;
  return counts;
}

const levelRank = (w: Warning): number => LEVEL_ORDER.indexOf(w.level);
const STATUS_RANK = { escalated: 0, new: 1, continuing: 2 } as const;

/** Most severe level first; within a level escalated, new, continuing; otherwise the report's order (stable sort). */
function byUrgency(a: Warning, b: Warning): number {
  return levelRank(a) - levelRank(b) || STATUS_RANK[warningStatus(a)] - STATUS_RANK[warningStatus(b)];
}

/**
 * Splits the report's warnings into the latest period's fresh and continuing ones and one group per earlier
 * period (newest first). Every warning lands in exactly one place, so a renderer that shows all three shows all.
 */
export function groupWarnings(report: Report): GroupedWarnings {
  const latest = report.periods.at(-1)?.id ?? report.warnings.map((w) => w.period).sort().at(-1);
  const fresh: Warning[] = [];
  const continuing: Warning[] = [];
  const byPeriod = new Map<string, Warning[]>();
  for (const w of report.warnings) {
    if (w.period === latest) (warningStatus(w) === 'continuing' ? continuing : fresh).push(w);
    else {
      const list = byPeriod.get(w.period);
      if (list) list.push(w);
      else byPeriod.set(w.period, [w]);
    }
  }
  const earlier = [...byPeriod.entries()]
    .sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .map(([period, warnings]) => {
      const sorted = [...warnings].sort(byUrgency);
      return { period, warnings: sorted, counts: countByLevel(sorted) };
    });
  return { latest, fresh: fresh.sort(byUrgency), continuing: continuing.sort(byUrgency), earlier };
}
