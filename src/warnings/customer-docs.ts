import type { Corpus } from '../core/corpus.js';
import { customerNumbers } from '../core/customer-numbers.js';

/** Corpus indexes of each customer's tickets, by salted customer hash. */
export interface CustomerDocs {
  /** Distinct customers (tickets without customer hash do not count). */
  readonly size: number;
  /** The customer's tickets, oldest first (ties by corpus order), as a new array; undefined for a customer not in the run. */
  get(customerHash: string): readonly number[] | undefined;
  has(customerHash: string): boolean;
  /** The run number of a customer hash (as in `customerOf`), or undefined. */
  numberOf(customerHash: string): number | undefined;
  /** How many tickets customer number `c` has in the run. */
  countOf(c: number): number;
  /** The tickets of customer number `c`, oldest first (a view: do not change it). */
  docsOf(c: number): Int32Array;
  /** The salted hash of customer number `c`. */
  hashOf(c: number): string;
  /** The distinct customer hashes, by first appearance. */
  hashes(): IterableIterator<string>;
}

/**
 * Numbers the run's customers by first appearance and indexes their tickets in one flat array, customer by
 * customer (oldest first, ties in corpus order): one string-keyed Map operation per ticket, then counting sorts on
 * numbers. Times are read from `times` (each ticket's, by corpus index) when given: sorting by reading a million
 * ticket objects spread over the heap was most of the index build at a million tickets.
 */
export function indexCustomerDocs(corpus: Corpus, times?: Float64Array): { docs: CustomerDocs; customerOf: Int32Array } {
  const tickets = corpus.tickets;
  const timeOf = times ?? Float64Array.from(tickets, (t) => t.time);
  // The corpus's customer numbers (made once a run) are these when no ticket has the empty hash, which is not a
  // customer here.
  const shared = customerNumbers(corpus);
  let customerOf: Int32Array;
  let numbers: ReadonlyMap<string, number>;
  if (shared.emptyNumber < 0) {
    customerOf = shared.customerOf.slice();
    numbers = shared.numbers;
  } else {
    customerOf = new Int32Array(tickets.length).fill(-1);
    const own = new Map<string, number>();
    for (let doc = 0; doc < tickets.length; doc++) {
      const hash = tickets[doc]!.customerHash;
      if (!hash) continue;
      let c = own.get(hash);
      if (c === undefined) own.set(hash, (c = own.size));
      customerOf[doc] = c;
    }
    numbers = own;
  }
  const size = numbers.size;
  const start = new Int32Array(size + 1);
  for (let doc = 0; doc < tickets.length; doc++) if (customerOf[doc]! >= 0) start[customerOf[doc]! + 1]! += 1;
  for (let c = 0; c < size; c++) start[c + 1]! += start[c]!;
  const flat = new Int32Array(start[size]!);
  const fill = start.slice(0, size);
  for (let doc = 0; doc < tickets.length; doc++) if (customerOf[doc]! >= 0) flat[fill[customerOf[doc]!]!++] = doc;
  // Oldest first within each customer (insertion sort: a customer holds a handful of tickets), ties in corpus order.
  for (let c = 0; c < size; c++) {
    for (let i = start[c]! + 1; i < start[c + 1]!; i++) {
      const doc = flat[i]!;
      const time = timeOf[doc]!;
      let j = i - 1;
      while (j >= start[c]! && timeOf[flat[j]!]! > time) {
        flat[j + 1] = flat[j]!;
        j--;
      }
      flat[j + 1] = doc;
    }
  }
  let hashes: string[] | undefined;
  const docsOf = (c: number): Int32Array => flat.subarray(start[c]!, start[c + 1]!);
  const docs: CustomerDocs = {
    size,
    get(hash) {
      const c = numbers.get(hash);
      return c === undefined ? undefined : Array.from(docsOf(c));
    },
    has: (hash) => numbers.has(hash),
    numberOf: (hash) => numbers.get(hash),
    countOf: (c) => (c >= 0 && c < size ? start[c + 1]! - start[c]! : 0),
    docsOf,
    hashOf: (c) => (hashes ??= shared.emptyNumber < 0 ? (shared.hashes as string[]) : [...numbers.keys()])[c]!,
    hashes: () => numbers.keys(),
  };
  return { docs, customerOf };
}
