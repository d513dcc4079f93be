import { parentPort, workerData } from 'node:worker_threads';
import { createNodeRsSegmenter } from '../segment/create-node-rs-segmenter.js';
import { createRiskMatcher } from './create-risk-matcher.js';
import { scanRiskText } from './detect-risk.js';
import type { RiskScan } from './detect-risk.js';
import type { RiskScanReply, RiskScanRequest, RiskScanWorkerData } from './risk-scan-messages.js';

// Worker thread entry: builds the run's risk matcher once, then scans each batch of texts it is sent and answers
// with the scans that found something (most tickets hold neither a trigger nor a repeat marker).
const data = workerData as RiskScanWorkerData;
const matcher = createRiskMatcher(data.lexicon, data.options, createNodeRsSegmenter(data.userDict), data.classifier);

parentPort?.on('message', (request: RiskScanRequest) => {
  let reply: RiskScanReply;
  try {
    const docs: number[] = [];
    const scans: RiskScan[] = [];
    for (let k = 0; k < request.texts.length; k++) {
      const scan = scanRiskText(request.texts[k] ?? '', matcher);
      if (scan.matches.length === 0 && scan.repeatMarkers.length === 0) continue;
      docs.push(request.from + k);
      scans.push(scan);
    }
    reply = { from: request.from, count: request.texts.length, docs: Int32Array.from(docs), scans };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, 'docs' in reply ? [reply.docs.buffer as ArrayBuffer] : []);
});
