import { HotspotsError } from '../core/errors.js';
import { defaultThreads } from '../parallel/parallel-options.js';
import { onWorkerFailure, spawnWorker } from '../parallel/spawn-worker.js';
import { EMPTY_RISK_SCAN, type RiskScan } from '../warnings/detect-risk.js';
import type { RiskScanReply, RiskScanWorkerData } from '../warnings/risk-scan-messages.js';
import type { PreparedTexts } from './prepare-texts-step.js';

/** Risk scans of every ticket of a run, made in a worker thread while the steps before the warnings run. */
export interface PendingRiskScans {
  /** Each ticket's scan (`scanRiskText` of its text with the run's matcher), by corpus index, once all are back. */
  scans(): Promise<ReadonlyArray<RiskScan>>;
  /** Stops the worker (idempotent); `scans()` still waiting then rejects. */
  close(): Promise<void>;
}

/** Fewer tickets are scanned on the calling thread when the warnings need them: a worker's start costs ~0.3 s. */
const MIN_WORKER_TICKETS = 20_000;
/** Tickets per message to the worker. */
const BATCH = 16_384;

/**
 * Starts scanning every ticket's text for risk triggers and repeat markers in a worker thread (what the warnings'
 * `index.scan` would do ticket by ticket on the calling thread at the end of the run), so the scan overlaps the
 * term, topic and issue steps, which use one core. Undefined when that does not pay or cannot be done the same
 * way: a small input, one thread, or a segmenter that cannot run in a worker (the matcher cuts clauses with it).
 * `minTickets` is the smallest input scanned in a worker. The worker builds the matcher as `raiseWarnings` does, from the run's lexicon, risk options, classifier and the
 * segmenter's dictionary, so the scans are the same.
 */
export function startRiskScans(texts: PreparedTexts, minTickets = MIN_WORKER_TICKETS): PendingRiskScans | undefined {
  const { corpus, segmenter, run, textModels } = texts;
  const threads = run.options.threads > 0 ? run.options.threads : defaultThreads();
  const n = corpus.tickets.length;
  if (n === 0 || n < minTickets || threads < 2 || segmenter.inWorkers !== true) return undefined;
  const { models } = run.deps;
  // The texts as UTF-16 in one shared block (Buffer#write copies a string's code units as they are).
  const offsets = new Uint32Array(new SharedArrayBuffer((n + 1) * 4));
  let units = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = units;
    units += corpus.tickets[i]!.text.length;
  }
  offsets[n] = units;
  const shared = new SharedArrayBuffer(Math.max(2, units * 2));
  const block = Buffer.from(shared);
  for (let i = 0; i < n; i++) {
    const text = corpus.tickets[i]!.text;
    if (text.length > 0) block.write(text, offsets[i]! * 2, text.length * 2, 'utf16le');
  }
  const data: RiskScanWorkerData = {
    lexicon: models.risk,
    options: run.options.warnings.risk,
    userDict: textModels.userDict,
    classifier: models.riskClassifier,
    units: shared,
    offsets,
    batch: BATCH,
  };
  const worker = spawnWorker(import.meta.url, '../warnings/risk-scan-worker', data);
  const scans = new Array<RiskScan>(n).fill(EMPTY_RISK_SCAN);
  let pending = Math.ceil(n / BATCH);
  let failure: Error | undefined;
  let closing = false;
  let settle: { resolve: (scans: RiskScan[]) => void; reject: (error: Error) => void } | undefined;
  const done = new Promise<RiskScan[]>((resolve, reject) => (settle = { resolve, reject }));
  // Awaited in raiseWarnings; until then a failure must not count as unhandled.
  done.catch(() => {});
  const fail = (error: Error): void => {
    if (closing || failure) return;
    failure = error;
    settle?.reject(error);
  };
  worker.on('message', (reply: RiskScanReply) => {
    if ('error' in reply) {
      fail(new HotspotsError(`risk-scan worker: expected the texts to be scanned, got error: ${reply.error}`));
      return;
    }
    for (let k = 0; k < reply.docs.length; k++) scans[reply.docs[k]!] = reply.scans[k]!;
    if (--pending === 0) {
      settle?.resolve(scans);
      void close();
    }
  });
  onWorkerFailure(worker, 'risk-scan worker', fail);
  const close = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    if (pending > 0) settle?.reject(new HotspotsError('risk-scan worker: expected the scans back, the worker was closed first'));
    await worker.terminate();
  };
  return { scans: () => done, close };
}
