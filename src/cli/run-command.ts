import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { ConfigError, InputError } from '../core/errors.js';
import type { AnalyzeOptions } from '../pipeline/analyze-options.js';
import { HELP } from './help.js';
import type { CliArgs } from './parse-cli-args.js';
import { readConfigObject } from './read-config-object.js';
import { createTtyProgress, silentProgress } from './progress.js';
import { formatSummary } from './format-summary.js';

/** The streams a command talks to (injected so tests can run commands in-process). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
}

/** The sample export shipped with the package, analysed by `demo`. */
export const SAMPLE_EXPORT = fileURLToPath(new URL('../../examples/sample-export.csv', import.meta.url));

/** Runs one parsed command; returns the exit code. Errors are thrown as HotspotsError and printed by main. */
export async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (args.values.version) {
    const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (args.help || args.command === 'help') {
    io.stdout.write(HELP[args.command]);
    return 0;
  }
  switch (args.command) {
    case 'analyze':
      if (args.files.length === 0) throw new ConfigError('analyze', 'expected at least one export file (CSV, JSONL or XLSX)');
      return analyzeCommand(args.files, args, io);
    case 'demo':
      return analyzeCommand([SAMPLE_EXPORT], args, io);
    case 'generate':
      return generateCommand(args, io);
    case 'classify':
      return classifyCommand(args, io);
    case 'report':
      return (await import('./report-command.js')).reportCommand(args, io);
  }
}

const str = (args: CliArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

function wholeNumber(args: CliArgs, name: string, min: number): number | undefined {
  const raw = str(args, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ConfigError(`--${name}`, `expected a whole number ≥ ${min}, got "${raw}"`);
  return Number(raw);
}

function oneOf<T extends string>(args: CliArgs, name: string, allowed: readonly T[]): T | undefined {
  const raw = str(args, name);
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) throw new ConfigError(`--${name}`, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** CLI-only keys a config file may hold besides the analyze options. */
interface CliConfig {
  options: Record<string, unknown>;
  state?: string;
  out?: string;
  fields?: string | Record<string, unknown>;
  models?: string;
}

async function readConfig(path: string | undefined): Promise<CliConfig> {
  if (!path) return { options: {} };
  const json = await readConfigObject(path);
  const { state, out, fields, models, $schema: _schema, ...options } = json;
  for (const [key, value] of Object.entries({ state, out, models })) {
    if (value !== undefined && typeof value !== 'string') throw new ConfigError(`${path}: ${key}`, `expected a string, got ${typeof value}`);
  }
  return {
    options,
    ...(typeof state === 'string' ? { state } : {}),
    ...(typeof out === 'string' ? { out } : {}),
    ...(typeof models === 'string' ? { models } : {}),
    ...(fields !== undefined ? { fields: fields as CliConfig['fields'] } : {}),
  };
}

/** Merges a config file and the command line (the command line wins) into analyze options. */
async function buildOptions(args: CliArgs): Promise<{ options: AnalyzeOptions; state?: string; out: string; models?: string; configPath?: string }> {
  const { parseFieldsOption } = await import('../read/field-map.js');
  const configPath = str(args, 'config');
  const config = await readConfig(configPath);
  const options: Record<string, unknown> = { ...config.options };
  const read: Record<string, unknown> = { ...((options.read as Record<string, unknown> | undefined) ?? {}) };
  const fieldsSpec = str(args, 'fields') ?? config.fields;
  if (typeof fieldsSpec === 'string') read.fields = parseFieldsOption(fieldsSpec);
  else if (fieldsSpec !== undefined) read.fields = fieldsSpec;
  const sheet = str(args, 'sheet');
  if (sheet) read.sheet = sheet;
  if (Object.keys(read).length > 0) options.read = read;
  const lang = oneOf(args, 'lang', ['auto', 'zh', 'en'] as const);
  if (lang) options.lang = lang;
  const period = oneOf(args, 'period', ['day', 'week', 'dekad', 'month'] as const);
  if (period) options.period = period;
  const segmenter = oneOf(args, 'segmenter', ['node-rs', 'nodejieba'] as const);
  if (segmenter) options.segmenter = segmenter;
  const profile = str(args, 'profile');
  if (profile) options.profile = profile;
  const topics = wholeNumber(args, 'topics', 2);
  if (topics !== undefined) options.topics = topics;
  const top = wholeNumber(args, 'top', 1);
  if (top !== undefined) options.top = top;
  const seed = wholeNumber(args, 'seed', 0);
  if (seed !== undefined) options.seed = seed;
  const tz = str(args, 'time-zone');
  if (tz) options.timeZone = tz;
  const keepDays = wholeNumber(args, 'keep-days', 1);
  if (keepDays !== undefined) options.history = { ...((options.history as Record<string, unknown> | undefined) ?? {}), keepDays };
  const state = str(args, 'state') ?? config.state;
  const models = str(args, 'models') ?? config.models;
  return {
    options: options as AnalyzeOptions,
    out: str(args, 'out') ?? config.out ?? './hotspots-out',
    ...(state ? { state } : {}),
    ...(models ? { models } : {}),
    ...(configPath ? { configPath } : {}),
  };
}

async function analyzeCommand(files: string[], args: CliArgs, io: CliIo): Promise<number> {
  const built = await buildOptions(args);
  const rollUps = str(args, 'roll-up');
  if (rollUps !== undefined && !built.state) throw new ConfigError('--roll-up', 'expected --state FILE too: roll-ups are summed from the days the state keeps');
  if (rollUps !== undefined && (built.options.period ?? 'day') !== 'day') {
    throw new ConfigError('--roll-up', `expected daily runs (--period day), got --period ${built.options.period}`);
  }
  // A new state's folder is made like the report folder is; the state file itself is created by the first run.
  if (built.state) await mkdir(dirname(resolve(built.state)), { recursive: true });
  const tty = 'isTTY' in io.stderr && io.stderr.isTTY === true;
  const progress = args.values.quiet || !tty ? silentProgress : createTtyProgress(io.stderr as NodeJS.WriteStream);
  // Stages load only when a command needs them, so --help and usage errors answer at once.
  const { runAnalysis } = await import('../run-analysis.js');
  let result;
  try {
    const { resolveAnalyzeOptions } = await import('../pipeline/analyze-options.js');
    // Validate here so a bad config file is named as the source of the bad key.
    resolveAnalyzeOptions(built.options, built.configPath ?? 'options');
    result = await runAnalysis({
      files,
      ...built.options,
      out: built.out,
      ...(built.state ? { state: built.state } : {}),
      ...(built.models ? { models: built.models } : {}),
      onStage: (s) => progress.stage(s),
    });
  } finally {
    progress.end();
  }
  io.stdout.write(formatSummary(result.report, resolve(built.out), built.state));
  if (rollUps !== undefined && built.state) {
    const { writeRollUps } = await import('./write-roll-ups.js');
    for (const line of await writeRollUps(result.report, built.state, rollUps, built.options)) io.stdout.write(`${line}\n`);
  }
  return 0;
}

async function generateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const out = str(args, 'out');
  if (!out) throw new ConfigError('--out', 'generate needs --out FILE (the CSV to write)');
  const { generateExport } = await import('../generate/generate-export.js');
  const { generateOptionsSchema } = await import('../generate/generate-options.js');
  const { writeGeneratedExport } = await import('../generate/write-generated-export.js');
  const parsed = generateOptionsSchema.safeParse({
    ...(wholeNumber(args, 'n', 1) !== undefined ? { n: wholeNumber(args, 'n', 1) } : {}),
    ...(wholeNumber(args, 'seed', 0) !== undefined ? { seed: wholeNumber(args, 'seed', 0) } : {}),
    ...(wholeNumber(args, 'days', 1) !== undefined ? { days: wholeNumber(args, 'days', 1) } : {}),
    ...(str(args, 'start') ? { start: str(args, 'start') } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`--${issue?.path.join('.') ?? 'options'}`, issue?.message ?? 'invalid');
  }
  const result = generateExport(parsed.data);
  const paths = await writeGeneratedExport(out, result);
  io.stdout.write(`wrote ${result.rows.length} tickets to ${paths.csv}\nground truth: ${paths.truth}\n`);
  return 0;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function classifyCommand(args: CliArgs, io: CliIo): Promise<number> {
  const built = await buildOptions(args);
  const { loadModels } = await import('../models/load-models.js');
  const { createClassifier } = await import('../classify.js');
  const profile = (built.options as { profile?: string }).profile;
  const models = await loadModels({ ...(built.models ? { dir: built.models } : {}), ...(profile ? { profile } : {}) });
  let model: string | undefined;
  if (built.state) {
    const { openDuckdbHistoryStore } = await import('../history/open-duckdb-history-store.js');
    const store = await openDuckdbHistoryStore(resolve(built.state));
    try {
      model = await store.loadModel();
    } finally {
      await store.close();
    }
  }
  const classifier = createClassifier({ models, model, options: built.options });
  const text = (await readStdin(io.stdin)).trim();
  if (text === '') throw new InputError('<stdin>', 'expected one ticket as JSON ({"id": …, "text": …}), got nothing');
  // One JSON object, or one per line (JSONL) for a batch: each answer on its own line.
  const lines = text.startsWith('{') && !text.includes('\n{') ? [text] : text.split(/\r?\n/).filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    let ticket: unknown;
    try {
      ticket = JSON.parse(line);
    } catch (error) {
      throw new InputError('<stdin>', `expected a JSON ticket, got invalid JSON (${(error as Error).message})`, i + 1);
    }
    const result = classifier.classify(ticket as Parameters<typeof classifier.classify>[0]);
    io.stdout.write(`${JSON.stringify(result)}\n`);
  });
  return 0;
}
