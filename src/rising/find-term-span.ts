import type { TokenizedDoc, Vocabulary } from '../core/corpus.js';

/** A character span of a ticket's normalized text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where a term's surface words are in one segmented ticket: the first token of a single term, or for a phrase
 * `a+b(+c…)` the first run of its parts as consecutive kept tokens (failing that, the parts in order), from the
 * first part's start to the last part's end. Undefined when the ticket does not hold the term.
 */
export function findTermSpan(doc: TokenizedDoc, vocab: Vocabulary, term: string): TextSpan | undefined {
  const whole = vocab.ids.get(term);
  if (whole !== undefined) {
    const i = doc.termIds.indexOf(whole);
    return i < 0 ? undefined : { start: doc.starts[i] as number, end: doc.ends[i] as number };
  }
  if (!term.includes('+')) return undefined;
  const ids: number[] = [];
  for (const part of term.split('+')) {
    const id = vocab.ids.get(part);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  const n = doc.termIds.length;
  for (let i = 0; i + ids.length <= n; i++) {
    let k = 0;
    while (k < ids.length && doc.termIds[i + k] === ids[k]) k++;
    if (k === ids.length) return { start: doc.starts[i] as number, end: doc.ends[i + k - 1] as number };
  }
  // Phrases are counted per ticket and may skip a token (a kept filler between the words): accept parts in order.
  let from = 0;
  let first = -1;
  let last = -1;
  for (const id of ids) {
    let at = -1;
    for (let i = from; i < n; i++) {
      if (doc.termIds[i] === id) {
        at = i;
        break;
      }
    }
    if (at < 0) return undefined;
    if (first < 0) first = at;
    last = at;
    from = at + 1;
  }
  return { start: doc.starts[first] as number, end: doc.ends[last] as number };
}
