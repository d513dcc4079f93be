import type { z } from 'zod';
import { ConfigError } from './errors.js';

/**
 * Validates `input` against an options schema and fills in its defaults: the one way every public function
 * checks its options. Throws {@link ConfigError} (never zod's own error) keyed by the dotted path of the first bad
 * key under `name`, saying what was expected and what came, e.g.
 * `terms.minTickets: expected number, got "5"` or `warnings.maxEvidence: expected number >= 0, got -1`.
 *
 * @param schema the zod schema of the options, holding every default.
 * @param input the options as the caller passed them; `undefined` is read as `{}`.
 * @param name where these options sit in the run's options (`terms`, `warnings.risk`), used as the key prefix.
 * @returns the options with every default filled in.
 * @throws ConfigError naming the key, what was expected and what was received.
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, name: string): z.output<S> {
  // Options are optional everywhere: left out, they are the defaults.
  const parsed = schema.safeParse(input === undefined ? {} : input);
  if (parsed.success) return parsed.data;
  throw optionsError(parsed.error.issues, input, name);
}

/** The {@link ConfigError} for the first of zod's issues: the key at fault, what was expected and what came. */
export function optionsError(issues: readonly z.core.$ZodIssue[], input: unknown, name: string): ConfigError {
  const issue = issues[0];
  if (!issue) return new ConfigError(name, 'invalid options');
  const { path, message } = describeIssue(issue, input);
  return new ConfigError(keyOf(name, path), message, { cause: issue });
}

/**
 * One zod issue in the words of a {@link ConfigError}: the path of the key at fault (an unknown key's own name
 * last) and `expected …, got …`.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): { path: string[]; message: string } {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const more = keys.length > 1 ? ` (and ${keys.slice(1).join(', ')})` : '';
    return { path: [...path, keys[0] ?? ''], message: `expected a known key, got unknown key ${JSON.stringify(keys[0] ?? '')}${more}` };
  }
  return { path, message: `${expectation(issue)}, got ${describe(valueAt(input, issue.path))}` };
}

function keyOf(name: string, path: readonly string[]): string {
  return [name, ...path].filter((part) => part !== '').join('.');
}

/** zod's message reduced to what was expected: `expected number >= 1`, `expected one of "day"|"week"`. */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // zod says only "Invalid input" for a union: what each branch expected, a branch's own wording first.
    const branches = issue.errors.flatMap((branch) => branch.slice(0, 1));
    const own = branches.find((b) => b.code === 'custom');
    if (own) return expectation(own);
    return `expected ${[...new Set(branches.map((b) => expectation(b).replace(/^expected /, '')))].join(' or ')}`;
  }
  const message = issue.message
    .replace(/^(Invalid input|Invalid option|Too small|Too big|Invalid string|Invalid number|Invalid):\s*/i, '')
    .replace(/,\s*received \w+$/, '')
    // zod words bounds as "to be >=1" / "to have >=2 characters"; a reader wants the bound itself.
    .replace(/ to be ([<>]=?)\s*/, ' $1 ')
    .replace(/ to have ([<>]=?)\s*/, ' with $1 ');
  return /^expected\b/i.test(message) ? message : `expected ${message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, one-line rendering of the value received (long values cut, so a bad option never floods a log). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Map || v instanceof Set ? `<${v.constructor.name}>` : v)) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
