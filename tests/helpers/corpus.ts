import { createVocabulary, internTerm, type Corpus } from '../../src/core/corpus.js';
import type { NormalizedTicket } from '../../src/core/ticket.js';

/**
 * Builds a Corpus from already-segmented tickets for stage tests: each ticket's text is its tokens joined
 * without spaces, and token spans are computed from that text.
 */
export function corpusFromTokens(
  rows: Array<{ tokens: string[] } & Partial<NormalizedTicket>>,
): Corpus {
  const vocab = createVocabulary();
  const tickets: NormalizedTicket[] = [];
  const docs = rows.map((row, i) => {
    const text = row.text ?? row.tokens.join('');
    tickets.push({
      id: row.id ?? `t${i + 1}`,
      text,
      time: row.time ?? Date.UTC(2026, 10, 21, 2),
      lang: row.lang ?? 'zh',
      ...(row.customerHash === undefined ? {} : { customerHash: row.customerHash }),
      ...(row.region === undefined ? {} : { region: row.region }),
      ...(row.channel === undefined ? {} : { channel: row.channel }),
    });
    const termIds = new Uint32Array(row.tokens.length);
    const starts = new Uint32Array(row.tokens.length);
    const ends = new Uint32Array(row.tokens.length);
    let from = 0;
    row.tokens.forEach((token, j) => {
      const at = text.indexOf(token, from);
      termIds[j] = internTerm(vocab, token);
      starts[j] = at < 0 ? 0 : at;
      ends[j] = at < 0 ? 0 : at + token.length;
      if (at >= 0) from = at + token.length;
    });
    return { termIds, starts, ends };
  });
  return { tickets, vocab, docs };
}
