import type { RiskClassifier } from './risk-classifier.js';
import type { RiskLexicon } from './risk-lexicon.js';
import type { RiskScan } from './detect-risk.js';
import type { RiskOptions } from './warnings-options.js';

/** What a risk-scan worker is started with: what `createRiskMatcher` takes, the segmenter as its dictionary. */
export interface RiskScanWorkerData {
  lexicon: RiskLexicon;
  options: RiskOptions;
  /** The run's segmenter dictionary (discovered words included): the worker cuts with @node-rs/jieba and it. */
  userDict: string;
  classifier: RiskClassifier | undefined;
  /**
   * The tickets' texts as UTF-16 code units in shared memory, text `i` at units `[offsets[i], offsets[i + 1])`: one
   * block the worker reads as it goes, rather than messages of texts queued for it (their copies, freed on the
   * worker's side, stayed in the process's memory at a million tickets).
   */
  units: SharedArrayBuffer;
  offsets: Uint32Array;
  /** Texts scanned per reply. */
  batch: number;
}

/** The scans of a batch of tickets from corpus index `from` that found something (`docs[k]` is the corpus index of `scans[k]`), or an error. */
export type RiskScanReply = { from: number; count: number; docs: Int32Array; scans: RiskScan[] } | { error: string };
