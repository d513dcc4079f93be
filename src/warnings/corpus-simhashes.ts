import type { Corpus } from '../core/corpus.js';
import { createTermHashTable, simhash64OfIds, type TermHashTable } from './simhash.js';

interface CorpusHashes {
  table: TermHashTable;
  hashes: Array<string | undefined>;
}

const byCorpus = new WeakMap<Corpus, CorpusHashes>();

/**
 * SimHash of ticket `doc` of `corpus` ({@link simhash64OfIds} of its terms), computed once per corpus and ticket:
 * the history rows (`buildCustomerTickets`) and the repeat checks of every period hash the same tickets, and at
 * 100,000 tickets hashing them twice cost ~0.3 s. Memoised by corpus identity (a corpus is not changed after
 * segmentation).
 */
export function corpusSimhash(corpus: Corpus, doc: number): string {
  let memo = byCorpus.get(corpus);
  if (!memo) {
    memo = { table: createTermHashTable(corpus.vocab.terms.length), hashes: new Array<string | undefined>(corpus.tickets.length).fill(undefined) };
    byCorpus.set(corpus, memo);
  }
  let hit = memo.hashes[doc];
  if (hit === undefined) {
    hit = simhash64OfIds(corpus.docs[doc]?.termIds ?? [], corpus.vocab.terms, memo.table);
    if (doc >= 0 && doc < memo.hashes.length) memo.hashes[doc] = hit;
  }
  return hit;
}
