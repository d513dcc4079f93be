import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/core/ticket.js';
import { peekTickets } from '../../src/read/peek-tickets.js';

const ticket = (id: string, text = '掉线'): Ticket => ({ id, text, time: 0, fields: {} });

async function collect(batches: AsyncIterable<readonly Ticket[]>): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of batches) for (const t of batch) ids.push(t.id);
  return ids;
}

describe('peekTickets', () => {
  it('peekTickets(batches, maxTickets) takes the first tickets and replays every batch once, in order', async () => {
    async function* source(): AsyncGenerator<Ticket[]> {
      yield [ticket('a'), ticket('b')];
      yield [ticket('c'), ticket('d')];
      yield [ticket('e')];
    }
    const peeked = await peekTickets(source(), 3, 1000);
    expect(peeked.head.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(await collect(peeked.batches)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('peekTickets(batches, maxTickets, maxChars) stops at the character budget; a plain array of batches works too', async () => {
    const peeked = await peekTickets([[ticket('a', '很长的一段文字'), ticket('b')], [ticket('c')]], 10, 5);
    expect(peeked.head.map((t) => t.id)).toEqual(['a']);
    expect(await collect(peeked.batches)).toEqual(['a', 'b', 'c']);
  });
});
