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
}

/** Texts of consecutive tickets from corpus index `from`. */
export interface RiskScanRequest {
  from: number;
  texts: string[];
}

/** The scans of a request's tickets that found something (`docs[k]` is the corpus index of `scans[k]`), or an error. */
export type RiskScanReply = { from: number; count: number; docs: Int32Array; scans: RiskScan[] } | { error: string };
