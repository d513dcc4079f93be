import { parseArgs } from 'node:util';
import { ConfigError } from '../core/errors.js';

/** The CLI's commands (README: "All CLI commands and options"). */
export type CliCommand = 'analyze' | 'classify' | 'demo' | 'generate' | 'report' | 'help';

/** What the command line asked for, before any file is read. */
export interface CliArgs {
  command: CliCommand;
  /** Input files (analyze). */
  files: string[];
  /** Raw option values by long name, as given. */
  values: Record<string, string | boolean | undefined>;
  /** `--help` given after a command. */
  help: boolean;
}

const OPTIONS = {
  fields: { type: 'string' },
  lang: { type: 'string' },
  period: { type: 'string' },
  state: { type: 'string' },
  topics: { type: 'string' },
  top: { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  quiet: { type: 'boolean' },
  seed: { type: 'string' },
  n: { type: 'string' },
  days: { type: 'string' },
  start: { type: 'string' },
  sheet: { type: 'string' },
  'time-zone': { type: 'string' },
  segmenter: { type: 'string' },
  models: { type: 'string' },
  profile: { type: 'string' },
  at: { type: 'string' },
  'keep-days': { type: 'string' },
  'roll-up': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which options each command accepts; anything else is a usage error naming the option. */
const ALLOWED: Record<CliCommand, readonly string[]> = {
  analyze: ['fields', 'lang', 'period', 'state', 'keep-days', 'roll-up', 'topics', 'top', 'config', 'out', 'quiet', 'seed', 'sheet', 'time-zone', 'segmenter', 'models', 'profile', 'help'],
  classify: ['state', 'config', 'models', 'profile', 'segmenter', 'help'],
  demo: ['out', 'quiet', 'state', 'period', 'help'],
  generate: ['n', 'seed', 'out', 'days', 'start', 'help'],
  report: ['state', 'period', 'at', 'out', 'config', 'time-zone', 'quiet', 'help'],
  help: ['help', 'version'],
};

/**
 * Parses the command line (without `node` and the script). Throws {@link ConfigError} naming the unknown command
 * or option; the CLI prints it as one line and exits 2.
 */
export function parseCliArgs(argv: string[]): CliArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { command: 'help', files: [], values: {}, help: true };
  }
  if (first === '--version' || first === '-v') return { command: 'help', files: [], values: { version: true }, help: false };
  if (!(first in ALLOWED) || first === 'help') {
    throw new ConfigError('command', `expected one of analyze, classify, demo, generate, report; got "${first}"`);
  }
  const command = first as CliCommand;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) throw new ConfigError(unknown[1] ?? 'option', `is not an option of "${command}" (see complaint-hotspots ${command} --help)`);
    throw new ConfigError(command, text.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const name of Object.keys(values)) {
    if (!ALLOWED[command].includes(name)) throw new ConfigError(`--${name}`, `is not an option of "${command}"`);
  }
  if (command !== 'analyze' && parsed.positionals.length > 0) {
    throw new ConfigError(command, `takes no file arguments; got "${parsed.positionals.join(' ')}"`);
  }
  return { command, files: parsed.positionals, values, help: values.help === true };
}
