import { ModelError } from '../core/errors.js';

/**
 * What issue grouping needs to tell an entity (a firm, place or product a problem hangs on) from a problem word,
 * and which words are too vague to name a problem (`models/grouping.txt`).
 */
export interface GroupingModels {
  /** A word of three or more characters ending in one of these is an entity (中原消费金融, 运河家园小区, 5G套餐). */
  entitySuffixes: string[];
  /** Words with an entity suffix that name a class, not one entity (信用卡, 有限公司, 网贷平台). */
  notEntities: ReadonlySet<string>;
  /**
   * Endings that make a word a class rather than one entity, even one discovery proposed (店 marks a store, 滨江店;
   * but 星级酒店, 商务酒店, 住这个酒店 are kinds of hotel, not one).
   */
  notEntitySuffixes: string[];
  /** Words too vague to define or name a problem (影响, 严重, 要求). */
  generic: ReadonlySet<string>;
  /**
   * Families of interchangeable suffixes: names whose stems are equal after removing suffixes of one family are one
   * entity (捷信公司 / 捷信金融 / 捷信), across families they are not (中国银行, 中国人寿).
   */
  families: string[][];
}

/** No suffixes, exclusions or generic words: grouping by discovered entities and problem terms alone. */
export const NO_GROUPING_MODELS: GroupingModels = Object.freeze({ entitySuffixes: [], notEntities: new Set<string>(), notEntitySuffixes: [], generic: new Set<string>(), families: [] });

const SECTIONS = { '@entity-suffix': 'entitySuffixes', '@not-entity': 'notEntities', '@not-entity-suffix': 'notEntitySuffixes', '@generic': 'generic', '@entity-family': 'families' } as const;

/**
 * Parses `models/grouping.txt`: sections `@entity-suffix`, `@not-entity`, `@not-entity-suffix` and `@generic` (one word per line) and
 * `@entity-family` (blank-separated suffixes per line); `#` comments and blank lines ignored.
 * @throws ModelError naming the file and line of a word before any section, an unknown section, or a line with a
 * blank inside.
 */
export function parseGroupingModels(text: string, file: string): GroupingModels {
  const lists: Record<Exclude<(typeof SECTIONS)[keyof typeof SECTIONS], 'families'>, string[]> = { entitySuffixes: [], notEntities: [], notEntitySuffixes: [], generic: [] };
  const families: string[][] = [];
  let section: keyof typeof lists | 'families' | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const body = (lines[i] ?? '').replace(/(^|\s)#.*$/, '').trim();
    if (body === '') continue;
    if (body.startsWith('@')) {
      const next = SECTIONS[body as keyof typeof SECTIONS];
      if (next === undefined) throw new ModelError(file, `expected a section ${Object.keys(SECTIONS).join(', ')}, got "${body}"`, i + 1);
      section = next;
      continue;
    }
    if (section === undefined) throw new ModelError(file, `expected a section line (e.g. @generic) before the first word, got "${body}"`, i + 1);
    if (section === 'families') {
      families.push(body.toLowerCase().split(/\s+/).sort((a, b) => b.length - a.length));
      continue;
    }
    if (/\s/.test(body)) throw new ModelError(file, `expected one word per line, got "${body}"`, i + 1);
    lists[section].push(body.toLowerCase());
  }
  return { entitySuffixes: lists.entitySuffixes, notEntities: new Set(lists.notEntities), notEntitySuffixes: lists.notEntitySuffixes, generic: new Set(lists.generic), families };
}

/** Characters before an entity suffix, at least. */
const MIN_NAME = 2;

/**
 * A test for entity words: discovered entities (`extra`) and words of three or more characters ending in an
 * entity suffix after a name of two or more (锦华苑, 捷信金融; not 装宽带, 新套餐 or 该公司: one character before a
 * suffix is a verb or a determiner), unless listed as not an entity or generic, ending in a not-entity suffix
 * (星级酒店), or in `notNames` (words discovery judged no name: 申请房贷). Phrase terms (`a+b`) are never entities.
 */
export function createEntityTest(models: GroupingModels, extra: Iterable<string> = [], notNames: Iterable<string> = []): (term: string) => boolean {
  const known = new Set(extra);
  const not = new Set(notNames);
  const suffixes = models.entitySuffixes.slice().sort((a, b) => b.length - a.length);
  const cache = new Map<string, boolean>();
  return (term) => {
    let hit = cache.get(term);
    if (hit === undefined) {
      hit =
        !term.includes('+') &&
        !models.notEntities.has(term) &&
        !not.has(term) &&
        !models.generic.has(term) &&
        !models.notEntitySuffixes.some((s) => term.endsWith(s)) &&
        (known.has(term) || (term.length >= 3 && suffixes.some((s) => term.length - s.length >= MIN_NAME && term.endsWith(s))));
      cache.set(term, hit);
    }
    return hit;
  };
}
