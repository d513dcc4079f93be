import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodTicketIds, PeriodSlotMap, slotPositions, slotTexts, withEntries } from '../../src/terms/period-slot-map.js';

/** The period ticket ids of `lists` (slot, corpus indexes) met in that order, and the Map filled the same way. */
function both(terms: string[], ids: string[], lists: Array<[slot: number, docs: number[]]>): [PeriodSlotMap<string[]>, Map<string, string[]>] {
  const starts = new Uint32Array(lists.length + 1);
  const docs: number[] = [];
  const map = new Map<string, string[]>();
  lists.forEach(([slot, list], k) => {
    starts[k] = docs.length;
    docs.push(...list);
    map.set(terms[slot]!, list.map((d) => ids[d]!));
  });
  starts[lists.length] = docs.length;
  const touched = Uint32Array.from(lists.map(([s]) => s));
  // The period's tickets are all the corpus's here, so positions are corpus indexes.
  const lazy = periodTicketIds(slotTexts(terms, ids), touched, slotPositions(touched), starts, Uint16Array.from(docs), Uint32Array.from(ids, (_, i) => i));
  return [lazy, map];
}

describe('periodTicketIds (a PeriodSlotMap)', () => {
  it('gives the ids of each term in the order met, as a Map filled in that order does', () => {
    const [lazy, map] = both(['宽带', '掉线', '资费', '宽带+掉线'], ['a', 'b', 'c'], [[1, [0, 2]], [3, [2]], [0, [0, 1, 2]]]);
    expect(lazy.get('掉线')).toEqual(['a', 'c']);
    expect(lazy.get('宽带+掉线')).toEqual(['c']);
    expect(lazy.has('资费')).toBe(false);
    expect(lazy.get('资费')).toBeUndefined();
    expect(lazy.size).toBe(3);
    expect([...lazy]).toEqual([...map]);
    expect([...lazy.keys()]).toEqual(['掉线', '宽带+掉线', '宽带']);
  });

  it('a text two slots hold (a phrase a+b that is also a word) keeps its first place and the ids met last', () => {
    // Slot 1 is a word jieba kept whole, slot 2 the phrase wifi+宽带 of the same text.
    const [lazy, map] = both(['wifi', 'wifi+宽带', 'wifi+宽带'], ['a', 'b', 'c'], [[2, [1]], [0, [0]], [1, [0, 2]]]);
    expect(lazy.size).toBe(map.size);
    expect(lazy.get('wifi+宽带')).toEqual(map.get('wifi+宽带'));
    expect([...lazy]).toEqual([...map]);
  });

  it('matches a Map filled in the same order for any slots, shared texts and tickets', () => {
    const texts = ['x', 'y', 'x+y', 'z'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 8 }),
        fc.array(fc.array(fc.nat({ max: 4 }), { maxLength: 4 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat({ max: 7 }), { maxLength: 8 }),
        (terms, docLists, order) => {
          const slots = [...new Set(order.filter((s) => s < terms.length))];
          const ids = ['t0', 't1', 't2', 't3', 't4'];
          const [lazy, map] = both(terms, ids, slots.map((s) => [s, docLists[s]!]));
          expect(lazy.size).toBe(map.size);
          expect([...lazy]).toEqual([...map]);
          for (const t of texts) expect(lazy.get(t)).toEqual(map.get(t));
        },
      ),
    );
  });
});

describe('withEntries(base, extra)', () => {
  it('reads as new Map([...base, ...extra]): keys in order, extra over base, size counted once', () => {
    const base = new Map([['宽带', ['a']], ['region:济宁', ['b']], ['掉线', ['c']]]);
    const extra = new Map([['region:济宁', ['d', 'e']], ['region:青岛', ['f']]]);
    const merged = withEntries(base, extra);
    const copy = new Map([...base, ...extra]);
    expect([...merged]).toEqual([...copy]);
    expect(merged.size).toBe(copy.size);
    expect(merged.get('region:济宁')).toEqual(['d', 'e']);
    expect(merged.get('宽带')).toEqual(['a']);
    expect(merged.has('region:青岛')).toBe(true);
    expect(merged.get('资费')).toBeUndefined();
  });
});

describe('slotPositions(touched, scratch?)', () => {
  it('finds each slot\'s position in the order met, with or without the shared scratch, and leaves the scratch at -1', () => {
    const touched = Uint32Array.from([7, 2, 9, 0]);
    const scratch = new Int32Array(10).fill(-1);
    for (const lookup of [slotPositions(touched), slotPositions(touched, scratch)]) {
      expect([...lookup.slots]).toEqual([0, 2, 7, 9]);
      expect([...lookup.positions]).toEqual([3, 1, 0, 2]);
    }
    expect([...scratch].every((x) => x === -1)).toBe(true);
  });
});
