import { ModelError } from '../core/errors.js';
import { isWarningLevel, type RiskCategory, type RiskEntry, type RiskLexicon } from './risk-lexicon.js';

/**
 * Parses `models/risk-lexicon.tsv`. Lines: `# comment`, blank, `@category<TAB>id<TAB>中文名<TAB>level<TAB>threat|fact`
 * (declared before use), and entries `term<TAB>category[<TAB>level]`; category `-` marks a longer word that is
 * not a risk although it contains a trigger; `@repeat<TAB>phrase` lines list repeat markers (第二次反映), which are not
 * risks. Terms are literals. Throws {@link ModelError} naming the line at fault.
 */
export function parseRiskLexicon(text: string, file = 'risk-lexicon.tsv'): RiskLexicon {
  const categories = new Map<string, RiskCategory>();
  const entries: RiskEntry[] = [];
  const exclusions: string[] = [];
  const repeatMarkers: string[] = [];
  const seen = new Map<string, number>();
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
  return { categories, entries, exclusions, repeatMarkers };
}
