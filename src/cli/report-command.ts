import { join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { CliArgs } from './parse-cli-args.js';
import { readConfigObject } from './read-config-object.js';
import type { CliIo } from './run-command.js';

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * `complaint-hotspots report --state FILE --period week|dekad|month [--at DATE] [--out DIR] [--config FILE]`: the
 * weekly, ten-day or monthly report folder from the state alone (`runReport`). The config file's analysis options
 * (thresholds, `history`, `timeZone`) apply; its `state` and `out` are used when the command line leaves them out.
 * Exit code 2 with one line when the state holds no day of the period.
 */
export async function reportCommand(args: CliArgs, io: CliIo): Promise<number> {
  const config = await readConfigObject(str(args, 'config'));
  const { state: configState, out: configOut, fields: _fields, models: _models, $schema: _schema, period: _period, ...options } = config;
  const state = str(args, 'state') ?? (typeof configState === 'string' ? configState : undefined);
  if (!state) throw new ConfigError('--state', 'report needs --state FILE (the history the nightly runs keep)');
  const period = str(args, 'period');
  if (period !== 'week' && period !== 'dekad' && period !== 'month') {
    throw new ConfigError('--period', `expected one of week, dekad, month, got ${period === undefined ? 'nothing' : `"${period}"`}`);
  }
  const at = str(args, 'at');
  const tz = str(args, 'time-zone');
  if (tz) options.timeZone = tz;
  const out = str(args, 'out') ?? (typeof configOut === 'string' ? configOut : './hotspots-out');
  const { runReport } = await import('../run-report.js');
  const { report } = await runReport({ ...(options as object), state, period, ...(at ? { at } : {}), out });
  const levels = { red: 0, orange: 0, yellow: 0 };
  for (const w of report.warnings) levels[w.level]++;
  const lines = [
    `complaint-hotspots: ${report.periods[0]?.id ?? period} from ${resolve(state)}: ${report.input.accepted} tickets over ${report.rollup?.periods.length ?? 0} stored days${report.rollup && report.rollup.missing.length > 0 ? ` (missing ${report.rollup.missing.join(', ')})` : ''}`,
    `warnings: ${levels.red} red, ${levels.orange} orange, ${levels.yellow} yellow`,
    'top issues:',
    ...report.issues.slice(0, 5).map((i) => `  ${i.rank}. ${i.label} (${i.tickets} tickets)`),
    `report: ${join(resolve(out), 'report.html')}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

