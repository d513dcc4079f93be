import { Messages } from '../core/messages.js';
import type { Ticket } from '../core/ticket.js';
import type { StoredWord } from '../history/history-types.js';
import type { NormalizeOptions } from '../normalize/normalize-options.js';
import { normalizeTickets } from '../normalize/normalize-tickets.js';
import { peekTickets } from '../read/peek-tickets.js';
import { createSegmenter } from '../segment/create-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole } from '../segment/discover-new-words.js';
import { NO_NEW_WORD_RULES } from '../segment/new-word-rules.js';
import type { TextModels } from '../segment/text-models.js';
import { withDiscoveredWords } from '../segment/with-discovered-words.js';
import { columnEntities, withColumnEntities } from './column-entities.js';
import type { RunContext } from './run-context.js';
import { withStoredWords, type RunWord } from './with-stored-words.js';
import { wordWindow, type WordWindow } from './word-window.js';

type Batches = AsyncIterable<readonly Ticket[]> | Iterable<readonly Ticket[]>;

/** The run's words: the text models with the discovered words added, the words, and the entities among them. */
export interface RunWords {
  /** The input stream whole, the sample batches first. */
  batches: Batches;
  textModels: TextModels;
  /** Pinned and found words, then those kept from the history (see {@link withStoredWords}). */
  words: RunWord[];
  /** Discovered entity words (firms, places, products). */
  names: string[];
  /** The periods whose words were loaded from the history; undefined when the run keeps none (undated, no discovery). */
  wordWindow: WordWindow | undefined;
}

/**
 * Discovers new words in the first tickets of the input (normalized here as the workers will normalize them), adds
 * those the history kept from earlier runs within the window (dated runs only; see {@link wordWindow}), and
 * extends the user dictionary with them, unless discovery is off or the caller brought its own segmenter (which
 * cannot take words). Hands back the input stream whole, the sample batches first.
 * @param isUndated asked once the sample is read (a stream knows it from its first file's header).
 */
export async function discoverRunWords(batches: Batches, run: RunContext, normalizeOptions: NormalizeOptions, isUndated: () => boolean = () => false): Promise<RunWords> {
  const { options: opts, deps, history } = run;
  if (!opts.discoverWords || deps.segmenter) return { batches, textModels: deps.models.text, words: [], names: [], wordWindow: undefined };
  const peeked = await peekTickets(batches, opts.discover.sampleSize, opts.discover.sampleChars);
  const sample = normalizeTickets(peeked.head, normalizeOptions, deps.models.text, new Messages());
  const texts = sample.filter((t) => t.lang === 'zh').map((t) => t.text);
  const base = createSegmenter(opts.segmenter, deps.models.text.userDict);
  const known = segmenterKeepsWhole(base);
  // The entity suffixes of grouping.txt name entities here too (营业厅, 健身, 通信), beside the discovery's own.
  const entitySuffixes = [...new Set([...opts.discover.entitySuffixes, ...deps.models.grouping.entitySuffixes])];
  const discovered = discoverNewWords(texts, { text: deps.models.text, newWords: deps.models.newWords }, { ...opts.discover, entitySuffixes }, known, (w) => base.isVerb?.(w) ?? false);
  const { banned } = deps.models.newWords ?? NO_NEW_WORD_RULES;
  const found = withColumnEntities(discovered, columnEntities(peeked.head, normalizeOptions.traditionalToSimplified !== false), banned);
  const window = isUndated() || history.loadWords === undefined ? undefined : wordWindow(peeked.head.map((t) => t.time), opts);
  const stored: StoredWord[] = window === undefined ? [] : ((await history.loadWords?.(window.since, { before: window.before })) ?? []);
  const { stopwords, synonyms } = deps.models.text;
  const words = withStoredWords(found, stored, texts, (w) => banned.has(w) || stopwords.has(w) || synonyms.has(w) || known(w));
  // Entities: discovered words ending in an entity suffix. A coined name without one (捷信) stands for its firm
  // only as the stem of such an entity (捷信金融); a test on its letters took 异响 (异/响) for a name as well.
  const names = words.filter((w) => w.kind === 'entity').map((w) => w.word);
  return {
    batches: peeked.batches,
    textModels: { ...deps.models.text, userDict: withDiscoveredWords(deps.models.text.userDict, words) },
    words,
    names,
    wordWindow: window,
  };
}
