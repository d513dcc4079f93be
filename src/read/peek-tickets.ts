import type { Ticket } from '../core/ticket.js';

/** The first tickets of a batch stream, and the whole stream again (those first batches included). */
export interface PeekedTickets {
  /** The tickets of the first batches, until `maxTickets` tickets or `maxChars` characters of text are reached. */
  head: Ticket[];
  /** Every batch in order, the peeked ones first: iterate once. */
  batches: AsyncIterable<readonly Ticket[]>;
}

/**
 * Reads whole batches from the start of `batches` until they hold `maxTickets` tickets or `maxChars` characters
 * of text, for work that must see a sample before the rest is processed (word discovery before segmentation),
 * and hands back a stream that yields those batches again, then the rest, so nothing is read twice or lost.
 */
export async function peekTickets(batches: AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>, maxTickets: number, maxChars: number): Promise<PeekedTickets> {
  const iterator = (Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : toAsync(batches)) as AsyncIterator<readonly Ticket[]>;
  const taken: Array<readonly Ticket[]> = [];
  const head: Ticket[] = [];
  let chars = 0;
  let done = false;
  while (head.length < maxTickets && chars < maxChars) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    for (const t of next.value) {
      if (head.length >= maxTickets || chars >= maxChars) break;
      head.push(t);
      chars += t.text.length;
    }
  }
  async function* replay(): AsyncGenerator<readonly Ticket[]> {
    yield* taken;
    taken.length = 0;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, batches: replay() };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
