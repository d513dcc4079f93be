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
 * local to the chunk (`terms[id]`); English documents are empty here and segmented by the caller.
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
  terms: string[];
}

/** A worker's reply: a result, or the message of the error that stopped the chunk. */
export type TextWorkerReply = { result: TextChunkResult } | { error: string; chunk: number };
