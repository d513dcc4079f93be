import { HotspotsError } from '../core/errors.js';
import { PLACEHOLDER } from '../normalize/mask-pii.js';
import {
  discoverWordsOptionsSchema,
  type DiscoverWordsOptions,
  type ResolvedDiscoverWordsOptions,
} from './discover-words-options.js';
import { parseOptions } from '../core/parse-options.js';

/** A word or entity found in the texts themselves, which the segmenter's dictionary does not keep whole. */
export interface DiscoveredWord {
  word: string;
  /** Texts of the sample holding the word (document frequency). */
  tickets: number;
  /** Smallest P(word) / (P(left) P(right)) over the word's split points (probabilities per character). */
  cohesion: number;
  /** Neighbour entropy in nats: the smaller of left and right for a word, the left one for an entity. */
  entropy: number;
  /** Ranking score: tickets × ln(cohesion) × entropy. */
  score: number;
  /** 'entity' when the word ends in an entity suffix (a firm, place, product), else 'word'. */
  kind: 'entity' | 'word';
}

/** Words the segmenter already keeps whole (skipped): a predicate or a set. */
export type KnownWords = ((word: string) => boolean) | ReadonlySet<string>;

/**
 * Finds new words and entities in a sample of normalized texts (the first `sampleSize`, at most about `sampleChars`
 * characters), after Matrix67's method as in HanLP's `extractWords`: every run of 2..maxLength Han characters
 * occurring often enough, in enough texts, whose parts stick together (cohesion) and whose left and right
 * neighbours vary (entropy), not starting or ending with a function character nor holding a joining one (的, 很),
 * not a fragment of a longer accepted word, not already known. Entities (ending in a firm, place or product suffix)
 * pass with a weaker bond and only a varied left neighbour. Deterministic; time and memory linear in the sample
 * (n-grams counted by 64-bit hash in typed arrays, never as strings).
 * @param texts normalized texts (PII placeholders such as `<手机号>` are skipped).
 * @param known words to skip because the segmenter keeps them whole (called only for words that pass).
 * @returns at most `maxWords` words, highest score first (ties by word).
 * @throws ConfigError for invalid options; HotspotsError when a text is not a string.
 */
export function discoverWords(
  texts: readonly string[],
  options: DiscoverWordsOptions = {},
  known?: KnownWords,
): DiscoveredWord[] {
  const o = parseOptions(discoverWordsOptionsSchema, options, 'discover');
  if (!Array.isArray(texts)) throw new HotspotsError('discoverWords: expected an array of texts', 'E_INPUT', 2);
  const sample = packTexts(texts, o.sampleSize, o.sampleChars);
  if (sample.hanChars === 0) return [];
  const counts = countNgrams(sample, o);
  const candidates = selectCandidates(sample, counts, o);
  if (candidates.length === 0) return [];
  const contexts = measureContexts(sample, counts, candidates);
  return finishWords(sample, counts, candidates, contexts, o, known);
}

/** The sample as one array of UTF-16 code units, texts separated by a 0 (a boundary like punctuation). */
interface PackedSample {
  buf: Uint16Array;
  /** Start of text d in `buf` is starts[d], its end starts[d + 1] - 1 (the separator). */
  starts: Uint32Array;
  docs: number;
  hanChars: number;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function packTexts(texts: readonly string[], sampleSize: number, sampleChars: number): PackedSample {
  const cleaned: string[] = [];
  let total = 0;
  for (let d = 0; d < Math.min(texts.length, sampleSize) && total < sampleChars; d++) {
    const text = texts[d];
    if (typeof text !== 'string') {
      throw new HotspotsError(`discoverWords: expected text ${d} to be a string, got ${typeof text}`, 'E_INPUT', 2);
    }
    // A placeholder's Han letters (<手机号>) are not the customer's words.
    const clean = text.includes('<') ? text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)) : text;
    cleaned.push(clean);
    total += clean.length + 1;
  }
  const docs = cleaned.length;
  const buf = new Uint16Array(total);
  const starts = new Uint32Array(docs + 1);
  let at = 0;
  let hanChars = 0;
  for (let d = 0; d < docs; d++) {
    starts[d] = at;
    const text = cleaned[d] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      buf[at++] = c;
      if (isHan(c)) hanChars++;
    }
    buf[at++] = 0;
  }
  starts[docs] = at;
  return { buf, starts, docs, hanChars };
}

// Two FNV-style hashes of the code units make a 64-bit key: with a few million distinct n-grams a false match is
// about one in a million runs, and it could only merge the counts of two rare strings.
const SEED1 = 0x811c9dc5;
const SEED2 = 0x9747b28c;
const PRIME1 = 0x01000193;
const PRIME2 = 0x5bd1e995;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

// The hot table keeps one n-gram per 4-int row (key, key, count, id), 16 bytes, so a probe touches one cache line
// and the table stays small enough for the cache; what is read once per n-gram (position, length) sits in arrays
// by id. An empty row has count 0.
const STRIDE = 4;
const K1 = 0;
const K2 = 1;
const COUNT = 2;
const ID = 3;

/** Exact counts of the n-grams that may be frequent: an open-addressing table plus per-id arrays. */
interface NgramTable {
  mask: number;
  size: number;
  data: Int32Array;
  /** Position in the sample of the n-gram's first occurrence, by id (ids count up from 0 in insertion order). */
  pos: Uint32Array;
  len: Uint8Array;
}

function createTable(capacity: number): NgramTable {
  return {
    mask: capacity - 1,
    size: 0,
    data: new Int32Array(capacity * STRIDE),
    pos: new Uint32Array(capacity / 2),
    len: new Uint8Array(capacity / 2),
  };
}

/** Offset of the row of the n-gram with hashes (h1, h2), or -1. */
function findRow(t: NgramTable, h1: number, h2: number): number {
  const d = t.data;
  let slot = mix(h2) & t.mask;
  for (;;) {
    const row = slot * STRIDE;
    if (d[row + COUNT] === 0) return -1;
    if (d[row + K1] === h1 && d[row + K2] === h2) return row;
    slot = (slot + 1) & t.mask;
  }
}

/** Adds one occurrence of the n-gram (a new id when first seen); returns its id. */
function countOccurrence(t: NgramTable, h1: number, h2: number, len: number, pos: number): number {
  const d = t.data;
  let slot = mix(h2) & t.mask;
  for (;;) {
    const row = slot * STRIDE;
    const count = d[row + COUNT] as number;
    if (count === 0) {
      const id = t.size++;
      d[row + K1] = h1;
      d[row + K2] = h2;
      d[row + COUNT] = 1;
      d[row + ID] = id;
      t.pos[id] = pos;
      t.len[id] = len;
      return id;
    }
    if (d[row + K1] === h1 && d[row + K2] === h2) {
      d[row + COUNT] = count + 1;
      return d[row + ID] as number;
    }
    slot = (slot + 1) & t.mask;
  }
}

function grow(t: NgramTable): NgramTable {
  const next = createTable((t.mask + 1) * 2);
  next.size = t.size;
  next.pos.set(t.pos);
  next.len.set(t.len);
  const d = t.data;
  const nd = next.data;
  for (let row = 0; row < d.length; row += STRIDE) {
    if (d[row + COUNT] === 0) continue;
    let slot = mix(d[row + K2] as number) & next.mask;
    while (nd[slot * STRIDE + COUNT] !== 0) slot = (slot + 1) & next.mask;
    nd.set(d.subarray(row, row + STRIDE), slot * STRIDE);
  }
  return next;
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** The counts: characters directly by code unit, longer n-grams in the table. */
interface NgramCounts {
  chars: Uint32Array;
  table: NgramTable;
  /** Per sample position, the length of the longest n-gram starting there that the table holds (0: none). */
  longest: Uint8Array;
  /** The ids of the n-grams the table holds, by position then length: what the context pass walks again. */
  ids: Int32Array;
  idCount: number;
}

/**
 * Counts every n-gram of 2..maxLength Han characters that occurs at least `minFrequency` times. A first pass
 * counts all n-grams in a one-byte sketch indexed by hash (collisions only over-count); the second counts exactly
 * only those the sketch lets through. Both stop extending at a position as soon as a character or a prefix is
 * rare: a string is never more frequent than its parts.
 */
function countNgrams(sample: PackedSample, o: ResolvedDiscoverWordsOptions): NgramCounts {
  const { buf, starts, docs } = sample;
  const maxLen = o.maxLength;
  const minFrequency = o.minFrequency;
  const end = starts[docs] as number;
  const chars = new Uint32Array(65536);
  for (let i = 0; i < end; i++) chars[buf[i] as number] = (chars[buf[i] as number] as number) + 1;
  // Frequent Han characters get a 1 (everything else, separators included, a 0): one lookup per character.
  const frequent = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) frequent[c] = isHan(c) && (chars[c] as number) >= minFrequency ? 1 : 0;
  const sketchSize = Math.min(1 << 23, Math.max(1 << 16, nextPow2(sample.hanChars * 2)));
  const sketchMask = sketchSize - 1;
  const sketch = new Uint8Array(sketchSize);
  for (let i = 0; i < end; i++) {
    if (frequent[buf[i] as number] === 0) continue;
    let h1 = Math.imul(SEED1 ^ (buf[i] as number), PRIME1);
    for (let j = i + 1; j < i + maxLen; j++) {
      const c = buf[j] as number;
      if (frequent[c] === 0) break;
      h1 = Math.imul(h1 ^ c, PRIME1);
      const at = mix(h1) & sketchMask;
      if ((sketch[at] as number) < 255) sketch[at] = (sketch[at] as number) + 1;
    }
  }
  const threshold = Math.min(minFrequency, 255);
  const longest = new Uint8Array(end);
  let ids = new Int32Array(1 << 16);
  let idCount = 0;
  let table = createTable(1 << 16);
  for (let i = 0; i < end; i++) {
    const first = buf[i] as number;
    if (frequent[first] === 0) continue;
    let h1 = Math.imul(SEED1 ^ first, PRIME1);
    let h2 = Math.imul(SEED2 ^ first, PRIME2);
    for (let j = i + 1; j < i + maxLen; j++) {
      const c = buf[j] as number;
      if (frequent[c] === 0) break;
      h1 = Math.imul(h1 ^ c, PRIME1);
      h2 = Math.imul(h2 ^ c, PRIME2);
      if ((sketch[mix(h1) & sketchMask] as number) < threshold) break;
      if (table.size * 2 >= table.mask) table = grow(table);
      if (idCount === ids.length) {
        const more = new Int32Array(ids.length * 2);
        more.set(ids);
        ids = more;
      }
      ids[idCount++] = countOccurrence(table, h1, h2, j - i + 1, i);
      longest[i] = j - i + 1;
    }
  }
  return { chars, table, longest, ids, idCount };
}

/** Exact count of the n-gram buf[from, from + len), 0 when it is rare. */
function countOf(sample: PackedSample, counts: NgramCounts, from: number, len: number): number {
  const buf = sample.buf;
  if (len === 1) return counts.chars[buf[from] as number] as number;
  let h1 = SEED1;
  let h2 = SEED2;
  for (let j = from; j < from + len; j++) {
    const c = buf[j] as number;
    h1 = Math.imul(h1 ^ c, PRIME1);
    h2 = Math.imul(h2 ^ c, PRIME2);
  }
  const row = findRow(counts.table, h1, h2);
  return row < 0 ? 0 : (counts.table.data[row + COUNT] as number);
}

/** An n-gram that passed frequency, cohesion and the function-character rules. */
interface Candidate {
  id: number;
  count: number;
  cohesion: number;
  entity: boolean;
}

function selectCandidates(sample: PackedSample, counts: NgramCounts, o: ResolvedDiscoverWordsOptions): Candidate[] {
  const functionChars = new Set<number>();
  for (let i = 0; i < o.functionChars.length; i++) functionChars.add(o.functionChars.charCodeAt(i));
  const innerChars = new Set<number>();
  for (let i = 0; i < o.innerFunctionChars.length; i++) innerChars.add(o.innerFunctionChars.charCodeAt(i));
  const suffixes = o.entitySuffixes;
  const n = sample.hanChars;
  const buf = sample.buf;
  const { data, pos, len: lengths } = counts.table;
  const out: Candidate[] = [];
  for (let row = 0; row < data.length; row += STRIDE) {
    const count = data[row + COUNT] as number;
    if (count < o.minFrequency) continue;
    const id = data[row + ID] as number;
    const len = lengths[id] as number;
    if (len < o.minLength) continue;
    const from = pos[id] as number;
    const entity = endsWithSuffix(buf, from, len, suffixes);
    // A place may start with a numeral (八里湖营业厅, 五矿万境小区); other words may not (一个, 两天).
    const first = buf[from] as number;
    if ((functionChars.has(first) && !(entity && NUMERALS.has(first))) || functionChars.has(buf[from + len - 1] as number)) continue;
    let functional = 0;
    let inner = false;
    for (let j = from; j < from + len; j++) {
      if (functionChars.has(buf[j] as number)) functional++;
      if (innerChars.has(buf[j] as number)) inner = true;
    }
    if (inner || functional * 2 >= len) continue;
    let cohesion = Infinity;
    for (let k = 1; k < len; k++) {
      const left = countOf(sample, counts, from, k);
      const right = countOf(sample, counts, from + k, len - k);
      cohesion = Math.min(cohesion, (count * n) / (left * right));
    }
    if (cohesion < (entity ? o.minEntityCohesion : o.minCohesion)) continue;
    out.push({ id, count, cohesion, entity });
  }
  // Table order depends on the table's size; id order is the order of first occurrence.
  return out.sort((a, b) => a.id - b.id);
}

/** Whether buf[from, from + len) ends in one of `suffixes` and is longer than it. */
const NUMERALS = new Set(Array.from('一二三四五六七八九十两', (c) => c.charCodeAt(0)));

function endsWithSuffix(buf: Uint16Array, from: number, len: number, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes) {
    // Two characters of name at least before the suffix: 装宽带 and 新套餐 are a verb or a modifier with a class word.
    if (len - suffix.length < 2) continue;
    let match = true;
    for (let k = 1; k <= suffix.length && match; k++) match = buf[from + len - k] === suffix.charCodeAt(suffix.length - k);
    if (match) return true;
  }
  return false;
}

/** Per candidate: texts holding it, left and right neighbour entropy (nats). */
interface Contexts {
  tickets: Uint32Array;
  left: Float64Array;
  right: Float64Array;
}

/**
 * The texts and the left and right neighbour entropy of each candidate: one walk over the n-gram ids the count
 * pass recorded (no hashing again) counts (candidate, neighbour code unit) pairs; a text boundary is the
 * neighbour 0, punctuation its own code unit.
 */
function measureContexts(sample: PackedSample, counts: NgramCounts, candidates: Candidate[]): Contexts {
  const { longest, ids } = counts;
  const candidateOf = new Int32Array(counts.table.size).fill(-1);
  for (let k = 0; k < candidates.length; k++) candidateOf[(candidates[k] as Candidate).id] = k;
  const tickets = new Uint32Array(candidates.length);
  const lastDoc = new Int32Array(candidates.length).fill(-1);
  let pairs = createPairTable(nextPow2(candidates.length * 16));
  const { buf, starts, docs } = sample;
  let next = 0;
  for (let d = 0; d < docs; d++) {
    const from = starts[d] as number;
    const to = (starts[d + 1] as number) - 1;
    for (let i = from; i < to; i++) {
      const maxLen = longest[i] as number;
      for (let len = 2; len <= maxLen; len++) {
        const k = candidateOf[ids[next++] as number] as number;
        if (k < 0) continue;
        if (lastDoc[k] !== d) {
          lastDoc[k] = d;
          tickets[k] = (tickets[k] as number) + 1;
        }
        if (pairs.size * 2 > pairs.mask) pairs = growPairs(pairs);
        // Left neighbours are keyed 2k, right ones 2k + 1.
        addPair(pairs, 2 * k, i > from ? (buf[i - 1] as number) : 0);
        addPair(pairs, 2 * k + 1, buf[i + len] as number);
      }
    }
  }
  // H = ln n - Σ c ln c / n, n the candidate's count: one pass over the pairs.
  const sumClogC = new Float64Array(candidates.length * 2);
  const p = pairs.data;
  for (let row = 0; row < p.length; row += 4) {
    const c = p[row + 2] as number;
    if (c > 0) {
      const owner = p[row] as number;
      sumClogC[owner] = (sumClogC[owner] as number) + c * Math.log(c);
    }
  }
  const left = new Float64Array(candidates.length);
  const right = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const n = (candidates[k] as Candidate).count;
    left[k] = Math.log(n) - (sumClogC[2 * k] as number) / n;
    right[k] = Math.log(n) - (sumClogC[2 * k + 1] as number) / n;
  }
  return { tickets, left, right };
}

/** (owner, neighbour) pair counts, 4 ints a row: owner, neighbour code unit, count (0: empty row), unused. */
interface PairTable {
  mask: number;
  size: number;
  data: Int32Array;
}

function createPairTable(capacity: number): PairTable {
  const c = Math.max(capacity, 1 << 10);
  return { mask: c - 1, size: 0, data: new Int32Array(c * 4) };
}

function addPair(p: PairTable, owner: number, char: number, by = 1): void {
  const d = p.data;
  let slot = mix(Math.imul(owner, 0x9e3779b1) ^ char) & p.mask;
  for (;;) {
    const row = slot * 4;
    if (d[row + 2] === 0) {
      d[row] = owner;
      d[row + 1] = char;
      d[row + 2] = by;
      p.size++;
      return;
    }
    if (d[row] === owner && d[row + 1] === char) {
      d[row + 2] = (d[row + 2] as number) + by;
      return;
    }
    slot = (slot + 1) & p.mask;
  }
}

function growPairs(p: PairTable): PairTable {
  const next = createPairTable((p.mask + 1) * 2);
  const d = p.data;
  for (let row = 0; row < d.length; row += 4) {
    const c = d[row + 2] as number;
    if (c > 0) addPair(next, d[row] as number, d[row + 1] as number, c);
  }
  return next;
}

interface Accepted {
  word: string;
  count: number;
  tickets: number;
  cohesion: number;
  entropy: number;
  entity: boolean;
}

function finishWords(
  sample: PackedSample,
  counts: NgramCounts,
  candidates: Candidate[],
  contexts: Contexts,
  o: ResolvedDiscoverWordsOptions,
  known: KnownWords | undefined,
): DiscoveredWord[] {
  const accepted = new Map<string, Accepted>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const tickets = contexts.tickets[k] as number;
    if (tickets < o.minTickets) continue;
    const left = contexts.left[k] as number;
    const right = contexts.right[k] as number;
    const entropy = c.entity ? left : Math.min(left, right);
    if (entropy < (c.entity ? o.minEntityEntropy : o.minEntropy)) continue;
    const from = counts.table.pos[c.id] as number;
    const word = String.fromCharCode(...sample.buf.subarray(from, from + (counts.table.len[c.id] as number)));
    accepted.set(word, {
      word,
      count: c.count,
      tickets,
      cohesion: c.cohesion,
      entropy,
      entity: c.entity,
    });
  }
  // A fragment that hardly occurs outside a longer accepted word goes (联好期 in 招联好期贷), even when the longer
  // word is known: it is then a piece of a dictionary word, not a word.
  const nested = new Set<string>();
  for (const w of accepted.values()) {
    for (let len = o.minLength; len < w.word.length; len++) {
      for (let i = 0; i + len <= w.word.length; i++) {
        const part = accepted.get(w.word.slice(i, i + len));
        if (part && part.count <= w.count * o.nestedRatio) nested.add(part.word);
      }
    }
  }
  const isKnown = known === undefined ? () => false : typeof known === 'function' ? known : (w: string) => known.has(w);
  const words: DiscoveredWord[] = [];
  for (const w of accepted.values()) {
    if (nested.has(w.word) || isKnown(w.word)) continue;
    words.push({
      word: w.word,
      tickets: w.tickets,
      cohesion: w.cohesion,
      entropy: w.entropy,
      score: w.tickets * Math.log(w.cohesion) * w.entropy,
      kind: w.entity ? 'entity' : 'word',
    });
  }
  words.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return words.slice(0, o.maxWords);
}
