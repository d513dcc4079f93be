import { Messages } from '../core/messages.js';
import type { Ticket } from '../core/ticket.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { normalizeTickets } from '../normalize/normalize-tickets.js';
import { peekTickets } from '../read/peek-tickets.js';
import { createSegmenter } from '../segment/create-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole, type NewWord } from '../segment/discover-new-words.js';
import type { TextModels } from '../segment/text-models.js';
import { withDiscoveredWords } from '../segment/with-discovered-words.js';
import type { RunContext } from './run-context.js';

type Batches = AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>;

/** The run's words: the text models with the discovered words added, the words, and the entities among them. */
export interface RunWords {
  /** The input stream whole, the sample batches first. */
  batches: Batches;
  textModels: TextModels;
  words: NewWord[];
  /** Discovered entity words (firms, places, products). */
  names: string[];
}

/**
 * Discovers new words in the first tickets of the input (normalized here as the workers will normalize them) and
 * extends the user dictionary with them, unless discovery is off or the caller brought its own segmenter (which
 * cannot take words). Hands back the input stream whole, the sample batches first.
 */
export async function discoverRunWords(batches: Batches, run: RunContext, normalizeOptions: NormalizeOptions): Promise<RunWords> {
  const { options: opts, deps } = run;
  if (!opts.discoverWords || deps.segmenter) return { batches, textModels: deps.models.text, words: [], names: [] };
  const peeked = await peekTickets(batches, opts.discover.sampleSize, opts.discover.sampleChars);
  const sample = normalizeTickets(peeked.head, normalizeOptions, deps.models.text, new Messages());
  const texts = sample.filter((t) => t.lang === 'zh').map((t) => t.text);
  const base = createSegmenter(opts.segmenter, deps.models.text.userDict);
  const words = discoverNewWords(texts, { text: deps.models.text, newWords: deps.models.newWords }, opts.discover, segmenterKeepsWhole(base));
  // Entities: discovered words ending in an entity suffix. A coined name without one (捷信) stands for its firm
  // only as the stem of such an entity (捷信金融); a test on its letters took 异响 (异/响) for a name as well.
  const names = words.filter((w) => w.kind === 'entity').map((w) => w.word);
  return { batches: peeked.batches, textModels: { ...deps.models.text, userDict: withDiscoveredWords(deps.models.text.userDict, words) }, words, names };
}
