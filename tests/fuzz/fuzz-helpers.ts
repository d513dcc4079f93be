import fc from 'fast-check';
import type { RawRow } from '../../src/read/raw-row.js';

/**
 * Seed of every property in tests/fuzz: fixed so a failure reproduces; `FUZZ_SEED=<n>` explores other inputs
 * (fast-check prints the seed and path of a failing case, pass them back through `fuzzRuns`).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261122);

/** fast-check parameters: the fixed seed and `numRuns` cases (scaled by `FUZZ_RUNS_SCALE` for a longer hunt). */
export function fuzzRuns(numRuns: number, extra: fc.Parameters<unknown> = {}): fc.Parameters<unknown> {
  const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * scale)), ...extra };
}

/** Awaits `work`, failing with a clear message when it has not settled within `ms` (a hang, not a slow run). */
export async function withinBudget<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: expected to finish within ${ms} ms, still running`)), ms);
  });
  try {
    return await Promise.race([work, budget]);
  } finally {
    clearTimeout(timer);
  }
}

/** All rows of a streamed export. */
export async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** Characters nightly exports are known to carry and naive code trips over. */
export const HOSTILE_PIECES = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // BOM in the middle of text
  '\u0000',
  '\u0301', // combining acute accent
  '\u3000', // ideographic space
  '\u00A0',
  '\u2028',
  '👍🏽',
  '👨‍👩‍👧',
  '🇨🇳',
  '１２３ＡＢＣ', // full-width
  '寬頻斷線', // traditional
  '宽带掉线',
  '信号差',
  '客服:',
  '【客户】',
  'A:',
  '<手机号>',
  '"',
  ',',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '__proto__',
] as const;

/** Strings mixing random code units, whole graphemes and {@link HOSTILE_PIECES}. */
export function hostileText(maxPieces = 12): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...HOSTILE_PIECES),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...'宽带网络信号差掉线投诉客服费用扣'), maxLength: 8 }),
  );
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** A cell as a careless exporter writes it: maybe quoted, maybe with stray or unbalanced quotes. */
export function messyCell(): fc.Arbitrary<string> {
  return fc.oneof(
    hostileText(4),
    hostileText(4).map((s) => `"${s.replaceAll('"', '""')}"`),
    hostileText(4).map((s) => `"${s}`),
    hostileText(4).map((s) => `${s}"`),
    hostileText(4).map((s) => `"${s}"x`),
    fc.constantFrom('', '""', '"""', '2024-03-01 08:00', '2099-12-31 23:59', '0000-01-01', '1', 'T1'),
  );
}

/** A CSV text of messy rows under a fixed `id,text,time` header, with random line endings and ragged rows. */
export function messyCsv(maxRows = 12): fc.Arbitrary<string> {
  const row = fc.array(messyCell(), { minLength: 0, maxLength: 5 }).map((cells) => cells.join(','));
  return fc
    .tuple(fc.array(row, { maxLength: maxRows }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([rows, eol, bom]) => `${bom ? '\uFEFF' : ''}id,text,time${eol}${rows.join(eol)}`);
}

/** Checks the invariants every raw table must keep: rows numbered 1..n in order, problems non-empty, known keys. */
export function rawRowProblems(headers: readonly string[], rows: readonly RawRow[]): string[] {
  const problems: string[] = [];
  const known = new Set(headers);
  rows.forEach((r, i) => {
    if (r.row !== i + 1) problems.push(`row ${i}: expected number ${i + 1}, got ${r.row}`);
    if (r.problem !== undefined && r.problem.trim() === '') problems.push(`row ${r.row}: empty problem`);
    for (const key of Object.keys(r.values)) if (!known.has(key)) problems.push(`row ${r.row}: unknown key ${key}`);
  });
  return problems;
}
