import type { ResolvedNormalizeOptions } from '../normalize/normalize-options.js';

/** What a text worker is started with: the text models as plain data and the resolved normalize options. */
export interface TextWorkerData {
  userDict: string;
  stopwords: string[];
  synonyms: Array<[string, string]>;
  boilerplate: string[];
  fillers: string[];
  placeSuffixes: string[];
  notPlacePrefixes: string[];
  normalize: ResolvedNormalizeOptions;
}

/** One chunk of tickets sent to a worker: only what normalization reads. */
export interface TextChunk {
  chunk: number;
  texts: string[];
  customerIds: Array<string | undefined>;
}

/**
 * A chunk normalized and segmented: the normalized texts, languages (0 zh, 1 en), customer hashes, how many
 * texts were converted from traditional Chinese or left empty, and the Chinese tokens in flat arrays with term ids
 * local to the chunk or to the thread (`terms[id - termsFrom]` for the new ones); English documents are empty here and segmented by the caller.
 */
export interface TextChunkResult {
  chunk: number;
  texts: string[];
  langs: Uint8Array;
  hashes: Array<string | undefined>;
  converted: number;
  empty: number;
  ids: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  docEnds: Uint32Array;
  /**
   * Local term id of `terms[0]`: 0 for a chunk cut with its own vocabulary; a thread keeping one vocabulary across
   * its chunks sends only the terms new since its previous chunk, whose ids start here.
   */
  termsFrom: number;
  terms: string[];
  /** Which thread's vocabulary the local ids are of, when it keeps one across chunks (set by the pool). */
  source?: number;
}

/** A worker's reply: a result, or the message of the error that stopped the chunk. */
export type TextWorkerReply = { result: TextChunkResult } | { error: string; chunk: number };
