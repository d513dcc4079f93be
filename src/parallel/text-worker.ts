import { parentPort, workerData } from 'node:worker_threads';
import { createNodeRsSegmenter } from '../segment/create-node-rs-segmenter.js';
import { createTextChunkVocabulary, processTextChunk } from './process-text-chunk.js';
import type { TextChunk, TextWorkerData, TextWorkerReply } from './text-chunk.js';

// Worker thread entry: builds its own segmenter and models once, then answers one reply per chunk.
const data = workerData as TextWorkerData;
const segmenter = createNodeRsSegmenter(data.userDict);
const models = {
  userDict: data.userDict,
  placeSuffixes: data.placeSuffixes,
  notPlacePrefixes: data.notPlacePrefixes,
  stopwords: new Set(data.stopwords),
  synonyms: new Map(data.synonyms),
  boilerplate: data.boilerplate,
  fillers: data.fillers,
};

// One vocabulary for every chunk this worker cuts: each reply carries only the terms new since the last.
const kept = createTextChunkVocabulary(models);

parentPort?.on('message', (chunk: TextChunk) => {
  let reply: TextWorkerReply;
  try {
    reply = { result: processTextChunk(chunk, segmenter, models, data.normalize, kept) };
  } catch (error) {
    reply = { chunk: chunk.chunk, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'result' in reply ? [reply.result.ids.buffer, reply.result.starts.buffer, reply.result.ends.buffer, reply.result.docEnds.buffer, reply.result.langs.buffer] : [];
  parentPort?.postMessage(reply, transfer as ArrayBuffer[]);
});
