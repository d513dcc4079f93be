import type { Corpus } from './corpus.js';

/** The customers of a corpus as numbers: `customerOf[doc]` (-1 without a customer), `hashes[c]` its salted hash. */
export interface CustomerNumbers {
  /** Customer number of each ticket by corpus index, -1 for a ticket without a customer hash. */
  readonly customerOf: Int32Array;
  /** Salted customer hash of each number; numbers follow the customers' first appearance in corpus order. */
  readonly hashes: readonly string[];
  /** Number of each salted hash. */
  readonly numbers: ReadonlyMap<string, number>;
  /** The number of the empty hash `''` when a ticket has it (callers differ on whether it is a customer), else -1. */
  readonly emptyNumber: number;
}

const memo = new WeakMap<Corpus, CustomerNumbers>();

/**
 * Numbers a corpus's customers once for the run, by first appearance in corpus order: the term, issue, warning and
 * report steps each interned the same million 16-character hash strings in a Map of their own. Memoised per corpus
 * (rebuilt if its ticket list grew); callers must not change what it returns.
 */
export function customerNumbers(corpus: Corpus): CustomerNumbers {
  const tickets = corpus.tickets;
  let hit = memo.get(corpus);
  if (hit && hit.customerOf.length === tickets.length) return hit;
  const customerOf = new Int32Array(tickets.length);
  const numbers = new Map<string, number>();
  const hashes: string[] = [];
  for (let doc = 0; doc < tickets.length; doc++) {
    const hash = tickets[doc]!.customerHash;
    if (hash === undefined) {
      customerOf[doc] = -1;
      continue;
    }
    let c = numbers.get(hash);
    if (c === undefined) {
      c = hashes.length;
      numbers.set(hash, c);
      hashes.push(hash);
    }
    customerOf[doc] = c;
  }
  hit = { customerOf, hashes, numbers, emptyNumber: numbers.get('') ?? -1 };
  memo.set(corpus, hit);
  return hit;
}
