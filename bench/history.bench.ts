import { periodId } from '../src/core/periods.js';
import { reconcileOverlappingExports } from '../src/history/reconcile-overlapping-exports.js';
import { sketchKeys, ticketKey } from '../src/history/ticket-sketch.js';
import { BENCH_N, benchTextBytes, benchTickets } from './bench-data.js';
import { runBenchCases } from './bench-report.js';

// What a run adds to the history stage for overlapping exports: a sketch of each day's tickets, and the plan
// against stored sketches (here the same days stored by another export, the worst case: every period compared).
const tickets = benchTickets();
const bytes = benchTextBytes();
const keysByDay = new Map<string, string[]>();
for (const t of tickets) {
  const day = periodId(t.time, 'day', 'Asia/Shanghai');
  const keys = keysByDay.get(day);
  const key = ticketKey(t.id, t.time);
  if (keys) keys.push(key);
  else keysByDay.set(day, [key]);
}
const sketchAll = () => [...keysByDay].map(([period, keys]) => ({ period, tickets: keys.length, sketch: sketchKeys(keys) }));
const current = sketchAll();
const stored = current.map((s) => ({ ...s, fingerprint: 'earlier' }));

await runBenchCases(`history (${BENCH_N} tickets, ${keysByDay.size} days)`, [
  { name: 'sketchKeys (id+time keys of each day)', run: () => sketchAll(), tickets: BENCH_N, bytes },
  { name: 'reconcileOverlappingExports (every day stored)', run: () => reconcileOverlappingExports(current, stored, 0.8), tickets: BENCH_N, bytes },
]);
