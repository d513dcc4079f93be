import { createVocabulary, internTerm, type Corpus, type TokenizedDoc, type Vocabulary } from '../core/corpus.js';
import { ConfigError, HotspotsError } from '../core/errors.js';
import type { Messages } from '../core/messages.js';
import type { NormalizedTicket, TicketInput } from '../core/ticket.js';
import { normalizeTickets, pushNormalizeMessages } from '../normalize/normalize-tickets.js';
import { segmentEnglishDocs, segmentTickets } from '../segment/segment-tickets.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextModels } from '../segment/text-models.js';
import { parallelOptionsSchema, type ParallelOptions } from './parallel-options.js';
import { spawnTextWorker } from './spawn-text-worker.js';
import type { TextChunk, TextChunkResult, TextWorkerData, TextWorkerReply } from './text-chunk.js';

/** The segmenter adapter whose worker threads this module can start (nodejieba costs ~250 MB per thread). */
const PARALLEL_SEGMENTER = 'node-rs-jieba';

/**
 * Normalizes and segments tickets: `segmentTickets(normalizeTickets(tickets, …), segmenter, …)`, spread over
 * worker threads when the input has at least `minParallelTickets` tickets, `threads` > 1 and `segmenter` is the
 * @node-rs/jieba adapter (each worker loads its own copy with `textModels.userDict`). The Corpus is the same either
 * way: same tickets, vocabulary order and term ids. Pushes the messages `normalizeTickets` pushes.
 * @throws ConfigError for invalid options; HotspotsError when a worker fails.
 */
export async function normalizeAndSegment(
  tickets: readonly TicketInput[],
  segmenter: Segmenter,
  textModels: TextModels,
  messages: Messages,
  options: ParallelOptions = {},
): Promise<Corpus> {
  const parsed = parallelOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`parallel.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid parallel options');
  }
  const o = parsed.data;
  const threads = Math.min(o.threads, Math.ceil(tickets.length / o.chunkTickets));
  if (threads <= 1 || tickets.length < o.minParallelTickets || segmenter.name !== PARALLEL_SEGMENTER) {
    return segmentTickets(normalizeTickets(tickets, o.normalize, textModels, messages), segmenter, textModels);
  }
  const data: TextWorkerData = {
    userDict: textModels.userDict,
    stopwords: [...textModels.stopwords],
    synonyms: [...textModels.synonyms],
    boilerplate: textModels.boilerplate,
    fillers: textModels.fillers,
    placeSuffixes: textModels.placeSuffixes ?? [],
    notPlacePrefixes: textModels.notPlacePrefixes ?? [],
    normalize: o.normalize,
  };
  const results = await runChunks(tickets, o.chunkTickets, threads, data);
  return mergeChunks(tickets, results, textModels, messages);
}

/** Sends chunks of `size` tickets to `threads` workers, the next chunk to whichever is free; results in order. */
async function runChunks(
  tickets: readonly TicketInput[],
  size: number,
  threads: number,
  data: TextWorkerData,
): Promise<TextChunkResult[]> {
  const count = Math.ceil(tickets.length / size);
  const results: TextChunkResult[] = new Array<TextChunkResult>(count);
  const workers = Array.from({ length: threads }, () => spawnTextWorker(data));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= count) {
                resolve();
                return;
              }
              const chunk = next++;
              const slice = tickets.slice(chunk * size, (chunk + 1) * size);
              const message: TextChunk = {
                chunk,
                texts: slice.map((t) => t.text),
                customerIds: slice.map((t) => t.customerId),
              };
              worker.postMessage(message);
            };
            worker.on('message', (reply: TextWorkerReply) => {
              if ('error' in reply) {
                reject(new HotspotsError(`normalize/segment worker: expected chunk ${reply.chunk} to be processed, got error: ${reply.error}`));
                return;
              }
              results[reply.result.chunk] = reply.result;
              send();
            });
            worker.on('error', (cause: Error) =>
              reject(new HotspotsError(`normalize/segment worker: expected it to run, it failed: ${cause.message}`, 'E_HOTSPOTS', 1, { cause })),
            );
            worker.on('exit', (code) => {
              if (code !== 0) reject(new HotspotsError(`normalize/segment worker: expected it to keep running, it exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Joins chunk results in ticket order. Local term ids are interned into one vocabulary token by token in ticket
 * order, which gives every term the id a single-threaded run gives it.
 */
function mergeChunks(
  tickets: readonly TicketInput[],
  results: readonly TextChunkResult[],
  textModels: TextModels,
  messages: Messages,
): Corpus {
  const vocab = createVocabulary();
  const normalized: NormalizedTicket[] = new Array<NormalizedTicket>(tickets.length);
  const docs: TokenizedDoc[] = new Array<TokenizedDoc>(tickets.length);
  let converted = 0;
  let empty = 0;
  let base = 0;
  for (const result of results) {
    converted += result.converted;
    empty += result.empty;
    remapToVocabulary(result, vocab);
    let from = 0;
    for (let j = 0; j < result.texts.length; j++) {
      const ticket = tickets[base + j] as TicketInput;
      const out: NormalizedTicket = { id: ticket.id, text: result.texts[j] ?? '', time: ticket.time, lang: result.langs[j] === 1 ? 'en' : 'zh' };
      const hash = result.hashes[j];
      if (hash !== undefined) out.customerHash = hash;
      if (ticket.region !== undefined) out.region = ticket.region;
      if (ticket.channel !== undefined) out.channel = ticket.channel;
      if (ticket.category !== undefined) out.category = ticket.category;
      normalized[base + j] = out;
      const to = result.docEnds[j] ?? from;
      docs[base + j] = { termIds: result.ids.subarray(from, to), starts: result.starts.subarray(from, to), ends: result.ends.subarray(from, to) };
      from = to;
    }
    base += result.texts.length;
  }
  pushNormalizeMessages(messages, converted, empty);
  segmentEnglishDocs(normalized, docs, textModels, vocab);
  return { tickets: normalized, vocab, docs };
}

function remapToVocabulary(result: TextChunkResult, vocab: Vocabulary): void {
  const global = new Int32Array(result.terms.length).fill(-1);
  const ids = result.ids;
  for (let k = 0; k < ids.length; k++) {
    const local = ids[k] ?? 0;
    let id = global[local] ?? -1;
    if (id < 0) {
      id = internTerm(vocab, result.terms[local] ?? '');
      global[local] = id;
    }
    ids[k] = id;
  }
}
