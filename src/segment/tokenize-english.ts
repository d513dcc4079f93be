import { createRequire } from 'node:module';

/** English tokens of one text: parallel arrays, offsets into the text. */
export interface EnglishTokens {
  /** Lower-cased surface tokens. */
  tokens: string[];
  /** Porter stems of the tokens. */
  stems: string[];
  starts: number[];
  ends: number[];
}

interface PorterStemmer {
  stem(token: string): string;
}

let stemmer: PorterStemmer | undefined;

/**
 * Loads natural's Porter stemmer on first use. Only the stemmer module is required: the package index takes
 * ~1.4 s to load (measured 1.6 s vs 0.2 s for a whole node process) and prints dotenv lines to stdout, which
 * would corrupt the CLI's JSON output; the stemmer file alone loads neither dotenv nor anything that prints, so the
 * host process's environment is left alone.
 */
function porterStemmer(): PorterStemmer {
  if (!stemmer) {
    const require = createRequire(import.meta.url);
    stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as PorterStemmer;
  }
  return stemmer;
}

/**
 * The words natural's WordTokenizer keeps (letters and digits), plus an inner apostrophe so "don't" meets the
 * stopword list whole. A regex instead of WordTokenizer because WordTokenizer returns no offsets.
 */
const WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;

/** Porter stem of one lower-case word. */
export function stemEnglish(word: string): string {
  return porterStemmer().stem(word);
}

/** Tokenizes English text into lower-cased words with Porter stems and character offsets. */
export function tokenizeEnglish(text: string): EnglishTokens {
  const out: EnglishTokens = { tokens: [], stems: [], starts: [], ends: [] };
  const stem = porterStemmer();
  for (const m of text.matchAll(WORD)) {
    const token = m[0].toLowerCase();
    out.tokens.push(token);
    out.stems.push(stem.stem(token));
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  }
  return out;
}

interface CompromiseDoc {
  nouns(): { out(format: 'array'): string[] };
}

/** Leading determiners and possessives compromise keeps in a noun phrase ("my credit card"). */
const LEADING_DETERMINER = /^(?:(?:a|an|the|my|our|your|his|her|their|its|this|that|these|those|some|any|no)\s+)+/;

let compromise: ((text: string) => CompromiseDoc) | undefined;

/**
 * Noun phrases of an English text (compromise, loaded on first use: ~0.8 s), e.g. "late fee", "credit card".
 * Determiners and possessives are left out; phrases are lower-cased. Slow (a POS tagger): for labels and
 * examples, not for every ticket of a large input.
 */
export function extractNounPhrases(text: string): string[] {
  if (!compromise) compromise = createRequire(import.meta.url)('compromise') as (text: string) => CompromiseDoc;
  return compromise(text)
    .nouns()
    .out('array')
    .map((p) => p.toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').trim().replace(LEADING_DETERMINER, ''))
    .filter((p) => p.includes(' '));
}
