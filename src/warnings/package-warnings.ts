import type { Corpus } from '../core/corpus.js';
import type { DigestEntry, Warning } from '../report/report-schema.js';
import { buildDigest } from './build-digest.js';
import { withEvidenceContext } from './evidence-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * The run's warnings as the report carries them: every evidence item with the sentence holding it (`context`; the
 * warn-* functions set it, this fills evidence made elsewhere, e.g. bursts) and the per-period `digest` of at most
 * `digestSize` warnings a manager must see first.
 */
export function packageWarnings(
  warnings: readonly Warning[],
  corpus: Corpus,
  ticketIndex: ReadonlyMap<string, number>,
  periods: readonly string[],
  options: WarningsOptions = {},
): { warnings: Warning[]; digest: DigestEntry[] } {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const packaged = withEvidenceContext(warnings, corpus, ticketIndex);
  return { warnings: packaged, digest: buildDigest(packaged, periods, o.digestSize) };
}
