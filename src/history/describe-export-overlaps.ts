import type { Messages } from '../core/messages.js';
import type { OverlapPlan } from './reconcile-overlapping-exports.js';

/**
 * Says in the run's messages what {@link reconcileOverlappingExports} decided: `export-replaced` and
 * `export-already-counted` as info (the history stays right), `export-overlap` as a warning (the shared tickets
 * count twice in that period's history, and so in later baselines).
 */
export function describeExportOverlaps(plan: OverlapPlan, messages: Messages): void {
  const short = (fingerprint: string): string => fingerprint.slice(0, 8);
  for (const o of plan.replaced) {
    messages.info(
      'export-replaced',
      `period ${o.period}: this input holds ${o.shared} of the ${o.storedTickets} tickets an earlier export (${short(o.fingerprint)}) stored for it, so this input's ${o.tickets} tickets replace them in the history instead of adding to them`,
    );
  }
  for (const o of plan.alreadyCounted) {
    messages.info(
      'export-already-counted',
      `period ${o.period}: ${o.shared} of this input's ${o.tickets} tickets are already in the history from an earlier export (${short(o.fingerprint)}, ${o.storedTickets} tickets), so this period was not stored again`,
    );
  }
  for (const o of plan.overlapping) {
    messages.warn(
      'export-overlap',
      `period ${o.period}: expected exports that share no tickets or replace each other, got ${o.shared} of this input's ${o.tickets} tickets also in an earlier export (${short(o.fingerprint)}, ${o.storedTickets} tickets); both are kept, so those tickets count twice in this period's history`,
    );
  }
}
