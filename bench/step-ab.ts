/**
 * One step of the run, timed in two builds of the library on the same input, alternately, so that a change is
 * measured against what it replaces under the same load (a shared machine's load moves whole-run times by more
 * than most changes save):
 *
 *   node --import tsx bench/step-ab.ts --a DIR --b DIR --file EXPORT.csv [--step terms|rising|issues|warnings] [--reps 7]
 *
 * DIR is a checkout with a built `dist/` (`git archive HEAD | tar -x -C DIR && ln -s $PWD/node_modules DIR &&
 * (cd DIR && npx tsc -p tsconfig.json)`, then apply the change to one of them). The steps before `--step` run once,
 * in A; then the step runs `--reps` times in A and in B by turns, each on the same input (the steps are pure). Prints
 * one JSON line: CPU milliseconds of each run (the first of each is JIT warm-up), the medians, and whether A and B
 * gave the same output (JSON of what the step adds).
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    file: { type: 'string' },
    fields: { type: 'string', default: 'id=ticket_id,text=content,time=created_at,customer=customer_id,region=region' },
    step: { type: 'string', default: 'warnings' },
    reps: { type: 'string', default: '7' },
  },
});
if (!values.a || !values.b || !values.file) {
  console.error('usage: node --import tsx bench/step-ab.ts --a DIR --b DIR --file EXPORT.csv [--step terms|rising|issues|warnings] [--reps 7]');
  process.exit(2);
}
const steps = ['terms', 'rising', 'issues', 'warnings'] as const;
type Step = (typeof steps)[number];
if (!(steps as readonly string[]).includes(values.step!)) {
  console.error(`--step: expected one of ${steps.join(', ')}, got ${values.step}`);
  process.exit(2);
}
const step = values.step as Step;

// The built library of each checkout, loaded by path: its types are the sources' own, which bench/ does not import.
type AnyFn = (...args: any[]) => any;
const load = async (root: string, module: string): Promise<Record<string, AnyFn>> => (await import(`${root}/dist/${module}.js`)) as Record<string, AnyFn>;
const a = values.a;
const b = values.b;

const { loadModels } = await load(a, 'models/load-models');
const { streamExports } = await load(a, 'read/read-exports');
const { parseFieldsOption } = await load(a, 'read/field-map');
const { Messages } = (await import(`${a}/dist/core/messages.js`)) as { Messages: new () => unknown };
const models = await loadModels!();
const read = await streamExports!([values.file], { fields: parseFieldsOption!(values.fields), timeZone: 'Asia/Shanghai' }, new Messages());
const texts = await (await load(a, 'pipeline/prepare-texts-step')).prepareTexts!(read, { models, options: {} });
const topicsStep = await load(a, 'pipeline/find-topics-step');
const pending = topicsStep.startTopics!(texts);

/** The step's function in a checkout, and the input it takes (made in A up to the step before). */
async function stepOf(root: string): Promise<AnyFn> {
  const modules: Record<Step, [string, string]> = {
    terms: ['pipeline/count-terms-step', 'countTerms'],
    rising: ['pipeline/detect-rising-step', 'detectRising'],
    issues: ['pipeline/find-issues-step', 'findRecurringIssues'],
    warnings: ['pipeline/raise-warnings-step', 'raiseWarnings'],
  };
  const [module, name] = modules[step];
  return (await load(root, module))[name]!;
}
const counted = (await load(a, 'pipeline/count-terms-step')).countTerms!(texts);
let input: unknown = counted;
if (step !== 'terms') {
  const risen = await (await load(a, 'pipeline/detect-rising-step')).detectRising!(counted);
  input = step === 'rising' ? counted : risen;
  if (step === 'issues' || step === 'warnings') {
    const topics = await topicsStep.findTopics!(risen, pending);
    input = step === 'issues' ? topics : await (await load(a, 'pipeline/find-issues-step')).findRecurringIssues!(topics);
  }
}
if (step === 'terms' || step === 'rising') await pending.close?.();
if (step === 'terms') input = texts;

/** What the step adds, as JSON (Maps as entry lists). */
function outputOf(result: Record<string, unknown>): string {
  const added: Record<Step, string[]> = {
    terms: ['periodIds', 'hotTerms', 'periodCounts', 'storedCounts', 'sketches'],
    rising: ['risingTerms'],
    issues: ['issues', 'issueTail'],
    warnings: ['warnings', 'digest', 'warningVersions'],
  };
  const keys = added[step];
  return JSON.stringify(
    keys.map((k) => result[k]),
    (_, v: unknown) => (v instanceof Map || (v && typeof v === 'object' && typeof (v as { entries?: unknown }).entries === 'function' && !Array.isArray(v)) ? [...(v as Map<unknown, unknown>).entries()] : v),
  );
}

const run = { A: await stepOf(a), B: await stepOf(b) };
const cpuMs: { A: number[]; B: number[] } = { A: [], B: [] };
const outputs: { A?: string; B?: string } = {};
for (let r = 0; r < Number(values.reps); r++) {
  for (const name of ['A', 'B'] as const) {
    const started = process.cpuUsage();
    const result = (await run[name](input)) as Record<string, unknown>;
    const used = process.cpuUsage(started);
    cpuMs[name].push(Math.round((used.user + used.system) / 1000));
    if (r === 0) outputs[name] = outputOf(result);
  }
}
if (step !== 'terms' && step !== 'rising') await pending.close?.();
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? 0;
console.log(
  JSON.stringify({
    step,
    file: values.file,
    cpuMs,
    medianMs: { A: median(cpuMs.A.slice(1)), B: median(cpuMs.B.slice(1)) },
    sameOutput: outputs.A === outputs.B,
  }),
);
