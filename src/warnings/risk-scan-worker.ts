import { parentPort, workerData } from 'node:worker_threads';
import { createNodeRsSegmenter } from '../segment/create-node-rs-segmenter.js';
import { createRiskMatcher } from './create-risk-matcher.js';
import { scanRiskText } from './detect-risk.js';
import type { RiskScan } from './detect-risk.js';
import type { RiskScanReply, RiskScanWorkerData } from './risk-scan-messages.js';

// Worker thread entry: builds the run's risk matcher once, then scans the texts it was given in shared memory batch
// by batch, answering each batch with the scans that found something (most tickets hold neither a trigger nor a
// repeat marker).
const data = workerData as RiskScanWorkerData;
const matcher = createRiskMatcher(data.lexicon, data.options, createNodeRsSegmenter(data.userDict), data.classifier);

/** Text `i` of the shared block. */
const textOf = (i: number): string => {
  const from = data.offsets[i]!;
  const to = data.offsets[i + 1]!;
  return to > from ? Buffer.from(data.units, from * 2, (to - from) * 2).toString('utf16le') : '';
};

// Batch after batch, each answered as soon as it is scanned.
const n = data.offsets.length - 1;
for (let from = 0; from < n; from += data.batch) {
  let reply: RiskScanReply;
  const to = Math.min(n, from + data.batch);
  try {
    const docs: number[] = [];
    const scans: RiskScan[] = [];
    for (let i = from; i < to; i++) {
      const scan = scanRiskText(textOf(i), matcher);
      if (scan.matches.length === 0 && scan.repeatMarkers.length === 0) continue;
      docs.push(i);
      scans.push(scan);
    }
    reply = { from, count: to - from, docs: Int32Array.from(docs), scans };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'docs' in reply ? [reply.docs.buffer as ArrayBuffer] : []);
  if ('error' in reply) break;
}
