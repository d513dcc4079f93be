import { ModelError } from '../core/errors.js';
import { isWarningLevel, type RiskCategory, type RiskEntry, type RiskFrame, type RiskLexicon } from './risk-lexicon.js';

const FRAME_PLACES = ['before', 'after', 'clause', 'sentence'] as const;

/**
 * Parses `models/risk-lexicon.tsv`. Lines: `# comment`, blank, `@category<TAB>id<TAB>中文名<TAB>level<TAB>threat|fact`
 * (declared before use), and entries `term<TAB>category[<TAB>level]`; category `-` marks a longer word that is
 * not a risk although it contains a trigger; `@repeat<TAB>phrase` lines list repeat markers (第二次反映), which are not
 * risks; `@frame<TAB>category<TAB>terms|*<TAB>before|after|clause|sentence<TAB>cue,cue…` a context the listed triggers
 * need, `@not<TAB>category<TAB>terms|*<TAB>before|after|clause|sentence<TAB>cue,cue…` an adjacent context (or, for
 * `clause`/`sentence`, one anywhere in the trigger's clause/sentence) that calls them off;
 * `@reply<TAB>marker` and `@customer<TAB>marker` where a business's reply starts and where the customer speaks again.
 * Terms are literals. Throws {@link ModelError} naming the line at fault.
 */
export function parseRiskLexicon(text: string, file = 'risk-lexicon.tsv'): RiskLexicon {
  const categories = new Map<string, RiskCategory>();
  const entries: RiskEntry[] = [];
  const exclusions: string[] = [];
  const repeatMarkers: string[] = [];
  const seen = new Map<string, number>();
  const frames: Array<RiskFrame & { line: number }> = [];
  const replyMarkers: string[] = [];
  const customerMarkers: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    if (cols[0] === '@category') {
      const [, id, name, level, scope] = cols;
      if (!id || !name || !level || !scope || cols.length !== 5) {
        throw new ModelError(file, `expected "@category<TAB>id<TAB>name<TAB>level<TAB>threat|fact", got "${line}"`, lineNo);
      }
      if (!isWarningLevel(level)) throw new ModelError(file, `expected level red|orange|yellow, got "${level}"`, lineNo);
      if (scope !== 'threat' && scope !== 'fact') throw new ModelError(file, `expected scope threat|fact, got "${scope}"`, lineNo);
      if (categories.has(id)) throw new ModelError(file, `category "${id}" is declared twice`, lineNo);
      categories.set(id, { id, name, level, scope });
      return;
    }
    if (cols[0] === '@frame' || cols[0] === '@not') {
      const negative = cols[0] === '@not';
      const [, category, terms, where, cues] = cols;
      const usage = `"${cols[0]}<TAB>category<TAB>term,term…|*<TAB>before|after|clause|sentence<TAB>cue,cue…"`;
      if (!category || !terms || !where || !cues || cols.length !== 5) throw new ModelError(file, `expected ${usage}, got "${line}"`, lineNo);
      if (!categories.has(category)) throw new ModelError(file, `expected a category declared above, got "${category}"`, lineNo);
      if (!(FRAME_PLACES as readonly string[]).includes(where)) throw new ModelError(file, `expected ${FRAME_PLACES.join('|')}, got "${where}"`, lineNo);
      const list = (value: string): string[] => value.split(',').map((c) => c.trim()).filter((c) => c !== '');
      frames.push({
        category,
        terms: terms === '*' ? '*' : list(terms),
        where: where as RiskFrame['where'],
        cues: list(cues),
        negative,
        line: lineNo,
      });
      return;
    }
    if (cols[0] === '@reply' || cols[0] === '@customer') {
      const marker = cols[1];
      if (!marker || cols.length !== 2) throw new ModelError(file, `expected "${cols[0]}<TAB>marker", got "${line}"`, lineNo);
      (cols[0] === '@reply' ? replyMarkers : customerMarkers).push(marker);
      return;
    }
    if (cols[0] === '@repeat') {
      const marker = cols[1];
      if (!marker || cols.length !== 2) throw new ModelError(file, `expected "@repeat<TAB>phrase", got "${line}"`, lineNo);
      if (!repeatMarkers.includes(marker)) repeatMarkers.push(marker);
      return;
    }
    const [term, category, level] = cols;
    if (cols.length < 2 || cols.length > 3 || !term || !category) {
      throw new ModelError(file, `expected "term<TAB>category[<TAB>level]", got "${line}"`, lineNo);
    }
    if (category === '-') {
      exclusions.push(term);
      return;
    }
    if (!categories.has(category)) {
      throw new ModelError(file, `expected a category declared by an @category line above, got "${category}"`, lineNo);
    }
    if (level !== undefined && level !== '' && !isWarningLevel(level)) {
      throw new ModelError(file, `expected level red|orange|yellow or nothing, got "${level}"`, lineNo);
    }
    const previous = seen.get(term);
    if (previous !== undefined) throw new ModelError(file, `term "${term}" already listed on line ${previous}`, lineNo);
    seen.set(term, lineNo);
    entries.push(level && isWarningLevel(level) ? { term, category, level } : { term, category });
  });
  if (entries.length === 0) throw new ModelError(file, 'expected at least one lexicon entry, got none');
  for (const frame of frames) {
    if (frame.terms === '*') continue;
    for (const term of frame.terms) {
      if (!entries.some((e) => e.term === term && e.category === frame.category)) {
        throw new ModelError(file, `expected a "${frame.category}" entry of this lexicon, got "${term}"`, frame.line);
      }
    }
  }
  return {
    categories,
    entries,
    exclusions,
    repeatMarkers,
    frames: frames.map(({ line: _line, ...frame }) => frame),
    replyMarkers,
    customerMarkers,
  };
}
