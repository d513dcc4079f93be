import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parentPort, workerData } from 'node:worker_threads';
import { createNodeRsSegmenter } from '../segment/create-node-rs-segmenter.js';
import type { Segmenter } from '../segment/segmenter.js';
import { processTextChunk } from './process-text-chunk.js';
import type { TextChunk, TextWorkerData, TextWorkerInit, TextWorkerPrestart, TextWorkerReply } from './text-chunk.js';

// Worker thread entry: builds its own segmenter and models once, then answers one reply per chunk. Started ahead
// (TextWorkerPrestart), it loads jieba's dictionary while the caller is still finding the run's words, and builds
// the rest from the TextWorkerInit that comes before the first chunk.
interface Setup {
  segmenter: Segmenter;
  models: Parameters<typeof processTextChunk>[2];
  normalize: TextWorkerData['normalize'];
}

function setUp(data: TextWorkerData, base?: Jieba): Setup {
  return {
    segmenter: createNodeRsSegmenter(data.userDict, base),
    models: {
      userDict: data.userDict,
      placeSuffixes: data.placeSuffixes,
      notPlacePrefixes: data.notPlacePrefixes,
      stopwords: new Set(data.stopwords),
      synonyms: new Map(data.synonyms),
      boilerplate: data.boilerplate,
      fillers: data.fillers,
    },
    normalize: data.normalize,
  };
}

const started = workerData as TextWorkerData | TextWorkerPrestart;
let base: Jieba | undefined = 'prestart' in started ? Jieba.withDict(dict) : undefined;
let setup: Setup | undefined = 'prestart' in started ? undefined : setUp(started);

parentPort?.on('message', (message: TextChunk | TextWorkerInit) => {
  if ('init' in message) {
    setup = setUp(message.init, base);
    base = undefined;
    return;
  }
  let reply: TextWorkerReply;
  try {
    if (!setup) throw new Error('expected the worker\'s models before the first chunk, got a chunk first');
    reply = { result: processTextChunk(message, setup.segmenter, setup.models, setup.normalize) };
  } catch (error) {
    reply = { chunk: message.chunk, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'result' in reply ? [reply.result.ids.buffer, reply.result.starts.buffer, reply.result.ends.buffer, reply.result.docEnds.buffer, reply.result.langs.buffer] : [];
  parentPort?.postMessage(reply, transfer as ArrayBuffer[]);
});
