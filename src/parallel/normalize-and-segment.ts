import { createVocabulary, internTerm, SharedBufferDoc, type Corpus, type TokenizedDoc, type Vocabulary } from '../core/corpus.js';
import { HotspotsError } from '../core/errors.js';
import type { Messages } from '../core/messages.js';
import { titleLengthOf, type NormalizedTicket, type TicketInput } from '../core/ticket.js';
import { normalizeTickets, pushNormalizeMessages } from '../normalize/normalize-tickets.js';
import { segmentEnglishDocs, segmentTickets } from '../segment/segment-tickets.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextModels } from '../segment/text-models.js';
import { parallelOptionsSchema, type ParallelOptions } from './parallel-options.js';
import type { Worker } from 'node:worker_threads';
import { createTextChunkVocabulary, processTextChunk } from './process-text-chunk.js';
import { spawnTextWorker } from './spawn-text-worker.js';
import { onWorkerFailure } from './spawn-worker.js';
import type { TextChunk, TextChunkResult, TextWorkerData, TextWorkerReply } from './text-chunk.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Normalizes and segments tickets: `segmentTickets(normalizeTickets(tickets, …), segmenter, …)`, spread over
 * worker threads when the input has at least `minParallelTickets` tickets, `threads` > 1 and `segmenter` declares
 * `inWorkers` (the @node-rs/jieba adapter: each worker loads its own copy with `textModels.userDict`); a large input
 * with another segmenter is cut on this thread, with an info message saying so. The Corpus is the same either
 * way: same tickets, vocabulary order and term ids. Pushes the messages `normalizeTickets` pushes.
 *
 * `tickets` may be batches still being read (`streamExports(…).batches`): each batch is normalized while the next
 * is read, and only the batches in flight (about two chunks per thread) are held as raw tickets.
 * @throws ConfigError for invalid options; HotspotsError when a worker fails; whatever iterating `tickets` throws.
 */
export async function normalizeAndSegment(
  tickets: readonly TicketInput[] | AsyncIterable<readonly TicketInput[]>,
  segmenter: Segmenter,
  textModels: TextModels,
  messages: Messages,
  options: ParallelOptions = {},
): Promise<Corpus> {
  const o = parseOptions(parallelOptionsSchema, options, 'parallel');
  const iterator = (isTicketArray(tickets) ? arrayBatches(tickets, o.chunkTickets) : tickets)[Symbol.asyncIterator]();
  let finished = false;
  try {
    // Workers pay off only on enough input, so read that much before choosing.
    const head: TicketInput[] = [];
    const enough = Math.max(o.minParallelTickets, 2 * o.chunkTickets);
    while (head.length < enough) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      for (const ticket of next.value) head.push(ticket);
    }
    const threads = finished ? Math.min(o.threads, Math.ceil(head.length / o.chunkTickets)) : o.threads;
    const parallel = threads > 1 && segmenter.inWorkers === true;
    if (threads > 1 && !parallel && (!finished || head.length >= o.minParallelTickets)) {
      messages.info('segmenter-one-thread', `the ${segmenter.name} segmenter cannot run in worker threads (it does not declare inWorkers): ${finished ? head.length : 'this large input'} tickets are cut on one thread`);
    }
    if (finished && (!parallel || head.length < o.minParallelTickets)) {
      return segmentTickets(normalizeTickets(head, o.normalize, textModels, messages), segmenter, textModels);
    }
    // A big input on one thread (nodejieba, or threads: 1) goes chunk by chunk too, so memory follows the chunk.
    const pool = parallel ? startWorkerPool(threads, workerData(textModels, o.normalize)) : inThreadPool(segmenter, textModels, o.normalize);
    const corpus = await segmentInChunks(head, iterator, pool, parallel ? 2 * threads : 1, o.chunkTickets, textModels, messages);
    finished = true;
    return corpus;
  } finally {
    if (!finished) await iterator.return?.();
  }
}

function isTicketArray(input: readonly TicketInput[] | AsyncIterable<readonly TicketInput[]>): input is readonly TicketInput[] {
  return Array.isArray(input);
}

async function* arrayBatches(tickets: readonly TicketInput[], size: number): AsyncGenerator<readonly TicketInput[]> {
  for (let from = 0; from < tickets.length; from += size) yield tickets.slice(from, from + size);
}

function workerData(textModels: TextModels, normalize: TextWorkerData['normalize']): TextWorkerData {
  return {
    userDict: textModels.userDict,
    stopwords: [...textModels.stopwords],
    synonyms: [...textModels.synonyms],
    boilerplate: textModels.boilerplate,
    fillers: textModels.fillers,
    placeSuffixes: textModels.placeSuffixes ?? [],
    notPlacePrefixes: textModels.notPlacePrefixes ?? [],
    normalize,
  };
}

/**
 * Sends chunks of `size` tickets to the pool as the input arrives and merges the results in ticket order. At most
 * `inFlight` chunks wait for their results, so a slow segmenter holds back the reader instead of letting raw
 * tickets pile up. Closes the pool.
 */
async function segmentInChunks(
  head: TicketInput[],
  rest: AsyncIterator<readonly TicketInput[]>,
  pool: ChunkPool,
  inFlight: number,
  size: number,
  textModels: TextModels,
  messages: Messages,
): Promise<Corpus> {
  const merger = createChunkMerger();
  const inflight: Array<{ tickets: readonly TicketInput[]; result: Promise<TextChunkResult> }> = [];
  let chunk = 0;
  let pending: TicketInput[] = [];
  const submit = async (slice: readonly TicketInput[]): Promise<void> => {
    const result = pool.run({ chunk: chunk++, texts: slice.map((t) => t.text), customerIds: slice.map((t) => t.customerId) });
    // Awaited in order below; until then a failure must not count as unhandled.
    result.catch(() => {});
    inflight.push({ tickets: slice, result });
    while (inflight.length > inFlight) await mergeOldest();
  };
  const mergeOldest = async (): Promise<void> => {
    const oldest = inflight.shift();
    if (oldest) merger.merge(oldest.tickets, await oldest.result);
  };
  const add = async (tickets: readonly TicketInput[]): Promise<void> => {
    for (const ticket of tickets) {
      pending.push(ticket);
      if (pending.length === size) {
        const full = pending;
        pending = [];
        await submit(full);
      }
    }
  };
  try {
    await add(head);
    head.length = 0;
    for (;;) {
      const next = await rest.next();
      if (next.done) break;
      await add(next.value);
    }
    if (pending.length > 0) await submit(pending);
    while (inflight.length > 0) await mergeOldest();
  } finally {
    await pool.close();
  }
  return merger.finish(textModels, messages);
}

/** Something that processes text chunks: `run` resolves with a chunk's result, in whatever order they finish. */
interface ChunkPool {
  run(chunk: TextChunk): Promise<TextChunkResult>;
  close(): Promise<void>;
}

/** The calling thread as a pool of one: each chunk is processed when it is submitted. */
function inThreadPool(segmenter: Segmenter, textModels: TextModels, normalize: TextWorkerData['normalize']): ChunkPool {
  const kept = createTextChunkVocabulary(textModels);
  return {
    run: async (chunk) => ({ ...processTextChunk(chunk, segmenter, textModels, normalize, kept), source: 0 }),
    close: async () => {},
  };
}

/** Worker threads answering text chunks. */
function startWorkerPool(threads: number, data: TextWorkerData): ChunkPool {
  type Job = { chunk: TextChunk; resolve: (r: TextChunkResult) => void; reject: (e: Error) => void };
  const workers = Array.from({ length: threads }, () => spawnTextWorker(data));
  const busy = new Map<Worker, Job>();
  const queue: Job[] = [];
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    if (closing || failure) return;
    failure = error;
    for (const job of [...busy.values(), ...queue]) job.reject(error);
    busy.clear();
    queue.length = 0;
  };
  const dispatch = (): void => {
    for (const worker of workers) {
      if (queue.length === 0) return;
      if (busy.has(worker)) continue;
      const job = queue.shift() as Job;
      busy.set(worker, job);
      worker.postMessage(job.chunk);
    }
  };
  workers.forEach((worker, source) => {
    worker.on('message', (reply: TextWorkerReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if ('error' in reply) {
        fail(new HotspotsError(`normalize/segment worker: expected chunk ${reply.chunk} to be processed, got error: ${reply.error}`));
        return;
      }
      // Each worker keeps one vocabulary across its chunks: its results' local ids are of that worker's.
      reply.result.source = source;
      job?.resolve(reply.result);
      dispatch();
    });
    onWorkerFailure(worker, 'normalize/segment worker', fail);
  });
  return {
    run: (chunk) =>
      new Promise<TextChunkResult>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        queue.push({ chunk, resolve, reject });
        dispatch();
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Joins chunk results in ticket order. Local term ids are interned into one vocabulary token by token in ticket
 * order, which gives every term the id a single-threaded run gives it.
 */
function createChunkMerger(): {
  merge(tickets: readonly TicketInput[], result: TextChunkResult): void;
  finish(textModels: TextModels, messages: Messages): Corpus;
} {
  const vocab = createVocabulary();
  const normalized: NormalizedTicket[] = [];
  const docs: TokenizedDoc[] = [];
  // One string per customer hash: each ticket's came from a worker as a string of its own, ~3 copies per customer
  // on the reference export (22 MB at a million tickets), and equal keys that are one string compare at once.
  const hashes = new Map<string, string>();
  // Each thread's local term ids as global ids, for threads that keep one vocabulary across chunks.
  const sources = new Map<number, LocalTerms>();
  let converted = 0;
  let empty = 0;
  return {
    merge(tickets, result) {
      converted += result.converted;
      empty += result.empty;
      remapToVocabulary(result, vocab, sources);
      const spans = { starts: result.starts, ends: result.ends };
      let from = 0;
      for (let j = 0; j < result.texts.length; j++) {
        const ticket = tickets[j] as TicketInput;
        const text = result.texts[j] ?? '';
        const lang = result.langs[j] === 1 ? 'en' : 'zh';
        let customerHash = result.hashes[j];
        if (customerHash !== undefined) {
          const shared = hashes.get(customerHash);
          if (shared === undefined) hashes.set(customerHash, customerHash);
          else customerHash = shared;
        }
        // The usual fields in one literal, in the order they are always set: properties added to a smaller literal
        // go to a separate backing store (24 bytes more a ticket, 24 MB at a million).
        const { region } = ticket;
        const usual = ticket.title === undefined && customerHash !== undefined && region !== undefined;
        const out: NormalizedTicket = usual
          ? { id: ticket.id, text, time: ticket.time, lang, customerHash, region }
          : { id: ticket.id, text, time: ticket.time, lang };
        if (!usual) {
          if (ticket.title !== undefined) out.titleLength = titleLengthOf(text);
          if (customerHash !== undefined) out.customerHash = customerHash;
          if (region !== undefined) out.region = region;
        }
        if (ticket.channel !== undefined) out.channel = ticket.channel;
        if (ticket.category !== undefined) out.category = ticket.category;
        normalized.push(out);
        const to = result.docEnds[j] ?? from;
        docs.push(new SharedBufferDoc(result.ids, spans, from, to));
        from = to;
      }
    },
    finish(textModels, messages) {
      pushNormalizeMessages(messages, converted, empty);
      segmentEnglishDocs(normalized, docs, textModels, vocab);
      return { tickets: normalized, vocab, docs };
    },
  };
}

/**
 * The global ids of one thread's local term ids (-1 while not yet seen in a merged chunk) and its terms, kept
 * across the chunks of a thread that keeps its vocabulary; a result without `source` has its own.
 */
interface LocalTerms {
  global: Int32Array;
  terms: string[];
}

function remapToVocabulary(result: TextChunkResult, vocab: Vocabulary, sources: Map<number, LocalTerms>): void {
  let local: LocalTerms;
  if (result.source === undefined) {
    local = { global: new Int32Array(result.terms.length).fill(-1), terms: result.terms };
  } else {
    let kept = sources.get(result.source);
    if (!kept) sources.set(result.source, (kept = { global: new Int32Array(1024).fill(-1), terms: [] }));
    if (result.termsFrom !== kept.terms.length) {
      throw new HotspotsError(`normalize/segment: expected chunk ${result.chunk}'s new terms from local id ${kept.terms.length}, got them from ${result.termsFrom}`);
    }
    for (const term of result.terms) kept.terms.push(term);
    if (kept.global.length < kept.terms.length) {
      const grown = new Int32Array(Math.max(kept.terms.length, kept.global.length * 2)).fill(-1);
      grown.set(kept.global);
      kept.global = grown;
    }
    local = kept;
  }
  const { global, terms } = local;
  const ids = result.ids;
  for (let k = 0; k < ids.length; k++) {
    const l = ids[k] ?? 0;
    let id = global[l] ?? -1;
    if (id < 0) {
      id = internTerm(vocab, terms[l] ?? '');
      global[l] = id;
    }
    ids[k] = id;
  }
}
