import type { StoredWarning } from '../history/history-types.js';
import type { Warning } from '../report/report-schema.js';
import { levelRank, maxLevel } from './risk-lexicon.js';
import { warningKey } from './warning-id.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

/** Level names as the reason sentences (Chinese) say them. */
const LEVEL_NAMES: Record<'red' | 'orange' | 'yellow', string> = { red: '红色', orange: '橙色', yellow: '黄色' };

/** The tickets behind a warning, for escalation by volume: its `tickets` metric, else its ticket ids. */
function volumeOf(warning: Warning): number {
  const m = warning.metrics['tickets'];
  return typeof m === 'number' ? m : warning.ticketIds.length;
}

/**
 * Warn once: a warning whose key (see {@link warningKey}) was raised in an earlier period is not raised again
 * unless it escalates — its level is higher than any level it was raised at, or its volume reached
 * `escalationFactor` × the volume it was last raised at and grew by at least `escalationMinIncrease`. Non-escalated ones get `status: 'continuing'` and stay in the list after the
 * others (or are dropped when `keepContinuing` is false); new ones get `new`, escalated ones `escalated`.
 *
 * `state` holds the rows to upsert for this run's warnings: a new or escalated warning records its level and
 * volume; a continuing one keeps the level and volume it was raised at (so a slow creep still escalates once
 * it doubles) and moves `lastPeriod`. Re-running a period gives `new` again for the warnings first raised in it.
 */
export function suppressWarnings(
  warnings: readonly Warning[],
  previous: readonly StoredWarning[],
  period: string,
  options: WarningsOptions = {},
  keyOf: (warning: Warning) => string = warningKey,
): { warnings: Warning[]; state: StoredWarning[] } {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const stored = new Map(previous.map((s) => [s.key, s]));
  const raised: Warning[] = [];
  const continuing: Warning[] = [];
  const state = new Map<string, StoredWarning>();
  for (const warning of warnings) {
    const key = keyOf(warning);
    const tickets = volumeOf(warning);
    const before = stored.get(key);
    // A row first raised in this very period is this run's own earlier result (a re-run): treat it as absent.
    if (!before || before.firstPeriod >= period) {
      raised.push({ ...warning, status: 'new' });
      state.set(key, { key, level: warning.level, tickets, firstPeriod: period, lastPeriod: period });
      continue;
    }
    const levelUp = levelRank(warning.level) > levelRank(before.level);
    const volumeUp = tickets >= o.escalationFactor * Math.max(1, before.tickets) && tickets - before.tickets >= o.escalationMinIncrease;
    if (levelUp || volumeUp) {
      const why = levelUp ? `等级由${LEVEL_NAMES[before.level]}升为${LEVEL_NAMES[warning.level]}` : `工单数由 ${before.tickets} 增至 ${tickets}（≥${o.escalationFactor} 倍）`;
      raised.push({ ...warning, status: 'escalated', reason: `${warning.reason}（升级：${why}）` });
      // Keep the highest level and volume raised so far: a level that dips and comes back must not re-raise.
      state.set(key, {
        key,
        level: maxLevel(warning.level, before.level),
        tickets: Math.max(tickets, before.tickets),
        firstPeriod: before.firstPeriod,
        lastPeriod: period,
      });
      continue;
    }
    continuing.push({ ...warning, status: 'continuing', reason: `${warning.reason}（继续：自 ${before.firstPeriod} 起已预警）` });
    state.set(key, { ...before, lastPeriod: period > before.lastPeriod ? period : before.lastPeriod });
  }
  return { warnings: o.keepContinuing ? [...raised, ...continuing] : raised, state: [...state.values()] };
}
