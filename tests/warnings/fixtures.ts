import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Corpus } from '../../src/core/corpus.js';
import { warningSchema, type Issue, type Warning } from '../../src/report/report-schema.js';
import { createRiskMatcher, type RiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { parseRoutingTable } from '../../src/warnings/parse-routing-table.js';
import type { RoutingTable } from '../../src/warnings/routing-table.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The shipped risk lexicon, compiled. */
export function shippedMatcher(): RiskMatcher {
  const file = `${root}models/risk-lexicon.tsv`;
  return createRiskMatcher(parseRiskLexicon(readFileSync(file, 'utf8'), file));
}

/** The shipped routing table. */
export function shippedRouting(): RoutingTable {
  const file = `${root}models/routing.tsv`;
  return parseRoutingTable(readFileSync(file, 'utf8'), file);
}

/** Reads a file of the project. */
export function projectFile(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8');
}

/** An issue with defaults for the fields a test does not care about. */
export function makeIssue(fields: Partial<Issue> & Pick<Issue, 'id' | 'ticketIds'>): Issue {
  return {
    rank: 1,
    label: fields.terms?.join('+') ?? fields.id,
    terms: [],
    heat: fields.ticketIds.length,
    tickets: fields.ticketIds.length,
    customers: fields.ticketIds.length,
    firstSeen: '2026-11-21T08:00:00',
    lastSeen: '2026-11-21T18:00:00',
    examples: [],
    ...fields,
  };
}

/** Asserts a warning fits the report schema, has tickets, and every evidence span cuts its text out exactly. */
export function expectValidWarning(warning: Warning, corpus: Corpus): void {
  expect(warningSchema.parse(warning)).toBeTruthy();
  expect(warning.ticketIds.length).toBeGreaterThan(0);
  expect(warning.evidence.length).toBeGreaterThan(0);
  expect(warning.route.department).not.toBe('');
  for (const e of warning.evidence) {
    const ticket = corpus.tickets.find((t) => t.id === e.ticketId);
    expect(ticket, `evidence ticket ${e.ticketId}`).toBeDefined();
    expect(e.end).toBeGreaterThan(e.start);
    expect(ticket!.text.slice(e.start, e.end)).toBe(e.text);
    expect(warning.ticketIds).toContain(e.ticketId);
  }
}
