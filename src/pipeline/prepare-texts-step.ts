import { createHash } from 'node:crypto';
import type { Corpus } from '../core/corpus.js';
import { UNDATED_PERIOD, type ReadResult, type ReadStream, type TicketInput } from '../core/ticket.js';
import { normalizeAndSegment } from '../parallel/normalize-and-segment.js';
import { createSegmenter } from '../segment/create-segmenter.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextModels } from '../segment/text-models.js';
import { discoverRunWords } from './discover-run-words.js';
import { fingerprintBatches } from './fingerprint-batches.js';
import { openRun, type RunContext, type RunSetup } from './run-context.js';
import { validateTickets } from './validate-tickets.js';
import type { RunWord } from './with-stored-words.js';
import type { WordWindow } from './word-window.js';

/** The run's tickets as text to count: what the first step of a run gives. */
export interface PreparedTexts {
  run: RunContext;
  /** The input as read: files, rows read, rejects and duplicates (final once the stream is read). */
  read: ReadResult | ReadStream;
  /** The normalized, segmented tickets. */
  corpus: Corpus;
  /** The segmenter the run cut with (its dictionary holds the discovered words). */
  segmenter: Segmenter;
  textModels: TextModels;
  /** Words and entities found in the first tickets, or kept from the history, and added to the segmenter for the run. */
  newWords: RunWord[];
  entities: string[];
  /** The periods whose words the history gave this run (undefined: none were read, e.g. undated). */
  wordWindow: WordWindow | undefined;
  /** Hash of the tickets' ids, times and lengths: re-running the same export replaces its history rows. */
  fingerprint: string;
  /** True for an export without dates: one period, no rising terms, nothing kept in the history. */
  undated: boolean;
}

/**
 * Step 1 of a run: resolves the options, finds new words in the first tickets, then normalizes and segments every
 * ticket (in worker threads on large inputs, batch by batch as a stream is read).
 *
 * @param input a {@link ReadResult} from `readExports`, a {@link ReadStream} from `streamExports`, or tickets
 *   (invalid ones are rejected with a reason, repeated ids counted as duplicates).
 * @param setup the models, and optionally the options, history, segmenter, clock and stage callback of the run.
 * @throws ConfigError for a bad option, before anything is read.
 */
export async function prepareTexts(input: ReadResult | ReadStream | readonly TicketInput[], setup: RunSetup): Promise<PreparedTexts> {
  const run = openRun(setup);
  const { options: opts, deps, messages } = run;
  const read = isTicketList(input) ? validateTickets(input) : input;
  run.stage('normalizing and segmenting');
  const normalizeOptions = { ...opts.normalize, lang: opts.lang };
  const found = await discoverRunWords('batches' in read ? read.batches : [read.tickets], run, normalizeOptions, () => read.undated === true);
  const segmenter = deps.segmenter ?? createSegmenter(opts.segmenter, found.textModels.userDict);
  const hash = createHash('sha256');
  const corpus = await normalizeAndSegment(fingerprintBatches(found.batches, hash), segmenter, found.textModels, messages, {
    normalize: normalizeOptions,
    ...(opts.threads > 0 ? { threads: opts.threads } : {}),
  });
  // Known only once the input is read: a stream learns it from the first file's header.
  const undated = read.undated === true;
  if (undated) {
    messages.info('undated-export', `undated export: all ${corpus.tickets.length} tickets are one period "${UNDATED_PERIOD}"; rising terms, bursts, growth and the history (nothing is kept in the state) are skipped`);
  }
  return {
    run,
    read,
    corpus,
    segmenter,
    textModels: found.textModels,
    newWords: found.words,
    entities: found.names,
    wordWindow: found.wordWindow,
    fingerprint: hash.digest('hex').slice(0, 32),
    undated,
  };
}

function isTicketList(input: ReadResult | ReadStream | readonly TicketInput[]): input is readonly TicketInput[] {
  return Array.isArray(input);
}
