import { SharedBufferDoc, type TokenizedDoc } from '../core/corpus.js';

/**
 * Growable flat buffers of kept tokens for many documents: term ids and surface spans in three typed arrays, and
 * where each document ends. One allocation per growth instead of three typed arrays per document while
 * segmenting; {@link tokenBufferDocs} hands out documents as views into the shared buffers.
 */
export interface TokenBuffer {
  ids: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Tokens written so far. */
  length: number;
  /** `docEnds[d]`: token count after document `d`; documents are closed in order. */
  docEnds: Uint32Array;
  docs: number;
}

/** Creates an empty buffer sized for about `tokens` tokens and `docs` documents (it grows as needed). */
export function createTokenBuffer(tokens = 1024, docs = 64): TokenBuffer {
  const t = Math.max(16, tokens);
  return {
    ids: new Uint32Array(t),
    starts: new Uint32Array(t),
    ends: new Uint32Array(t),
    length: 0,
    docEnds: new Uint32Array(Math.max(4, docs)),
    docs: 0,
  };
}

function grow(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

/** Appends one kept token of the current document. */
export function pushToken(buffer: TokenBuffer, id: number, start: number, end: number): void {
  if (buffer.length === buffer.ids.length) {
    const size = buffer.ids.length * 2;
    buffer.ids = grow(buffer.ids, size);
    buffer.starts = grow(buffer.starts, size);
    buffer.ends = grow(buffer.ends, size);
  }
  const k = buffer.length++;
  buffer.ids[k] = id;
  buffer.starts[k] = start;
  buffer.ends[k] = end;
}

/** Closes the current document: the tokens pushed since the previous close belong to it. */
export function closeDoc(buffer: TokenBuffer): void {
  if (buffer.docs === buffer.docEnds.length) buffer.docEnds = grow(buffer.docEnds, buffer.docEnds.length * 2);
  buffer.docEnds[buffer.docs++] = buffer.length;
}

/** Token range `[from, to)` of document `d`. */
export function docRange(buffer: TokenBuffer, d: number): [from: number, to: number] {
  return [d === 0 ? 0 : (buffer.docEnds[d - 1] ?? 0), buffer.docEnds[d] ?? 0];
}

/**
 * The documents of a buffer as {@link TokenizedDoc}s viewing its (trimmed) arrays, so a million documents do not
 * cost three million array buffers.
 */
export function tokenBufferDocs(buffer: TokenBuffer): TokenizedDoc[] {
  const ids = buffer.ids.slice(0, buffer.length);
  const starts = buffer.starts.slice(0, buffer.length);
  const ends = buffer.ends.slice(0, buffer.length);
  const spans = { starts, ends };
  const docs: TokenizedDoc[] = new Array<TokenizedDoc>(buffer.docs);
  let from = 0;
  for (let d = 0; d < buffer.docs; d++) {
    const to = buffer.docEnds[d] ?? from;
    docs[d] = new SharedBufferDoc(ids, spans, from, to);
    from = to;
  }
  return docs;
}
