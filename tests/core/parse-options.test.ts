import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConfigError, HotspotsError } from '../../src/core/errors.js';
import { parseOptions } from '../../src/core/parse-options.js';

const schema = z
  .object({
    minTickets: z.number().int().min(1).default(5),
    period: z.enum(['day', 'week']).default('day'),
    risk: z.object({ terms: z.array(z.string()).default([]) }).prefault({}),
  })
  .strict();

function errorOf(input: unknown, name = 'terms'): ConfigError {
  try {
    parseOptions(schema, input, name);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected parseOptions to throw');
}

describe('parseOptions(schema, input, name)', () => {
  it('fills in the defaults of good options', () => {
    expect(parseOptions(schema, {}, 'terms')).toEqual({ minTickets: 5, period: 'day', risk: { terms: [] } });
    expect(parseOptions(schema, undefined, 'terms')).toEqual({ minTickets: 5, period: 'day', risk: { terms: [] } });
    expect(parseOptions(schema, { minTickets: 2 }, 'terms').minTickets).toBe(2);
  });

  it('throws a ConfigError (a HotspotsError, exit code 2) naming the key, what was expected and what came', () => {
    const error = errorOf({ minTickets: '5' });
    expect(error).toBeInstanceOf(HotspotsError);
    expect(error.exitCode).toBe(2);
    expect(error.key).toBe('terms.minTickets');
    expect(error.message).toBe('terms.minTickets: expected number, got "5"');
  });

  it('words bounds, enums and nested keys as a reader of a config file wants them', () => {
    expect(errorOf({ minTickets: 0 }).message).toBe('terms.minTickets: expected number >= 1, got 0');
    expect(errorOf({ minTickets: 1.5 }).message).toBe('terms.minTickets: expected int, got 1.5');
    expect(errorOf({ period: 'year' }).message).toBe('terms.period: expected one of "day"|"week", got "year"');
    expect(errorOf({ risk: { terms: ['a', 7] } }, 'warnings').key).toBe('warnings.risk.terms.1');
    expect(errorOf({ risk: { terms: ['a', 7] } }, 'warnings').message).toMatch(/expected string, got 7$/);
  });

  it('says what each branch of a union expected, a branch\'s own wording first', () => {
    const union = z.object({ models: z.union([z.string(), z.number()]).optional() });
    expect(() => parseOptions(union, { models: true }, 'run')).toThrow('run.models: expected string or number, got true');
    const worded = z.object({ models: z.union([z.string(), z.custom<object>((v) => Array.isArray(v), { message: 'expected a list' })]) });
    expect(() => parseOptions(worded, { models: 3 }, 'run')).toThrow('run.models: expected a list, got 3');
  });

  it('names an unknown key of a strict schema', () => {
    const error = errorOf({ minTicket: 3 });
    expect(error.key).toBe('terms.minTicket');
    expect(error.message).toBe('terms.minTicket: expected a known key, got unknown key "minTicket"');
  });

  it('names the options themselves when they are not an object, and keeps long values to one short line', () => {
    expect(errorOf(42).message).toBe('terms: expected object, got 42');
    expect(errorOf({ period: 'x'.repeat(500) }).message.length).toBeLessThan(140);
    expect(errorOf({ period: 'a\nb' }).message).not.toContain('\n');
  });
});
