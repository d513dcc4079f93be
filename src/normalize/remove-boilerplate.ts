/** Punctuation and blanks a phrase match may skip between two of its characters (ASR and agents vary them). */
const SKIPPABLE = '[\\s,，.。!！?？、~～…]*';
const CLAUSE_EDGE = '[\\s,，.。!！?？、;；:：~～…]';

const compiled = new WeakMap<readonly string[], RegExp | null>();

/**
 * One regex matching any boilerplate phrase, longest first, ignoring punctuation and blanks between its
 * characters; `{n}` in a phrase matches a run of digits. Compiled once per phrase list. Null for an empty list.
 */
export function boilerplatePattern(phrases: readonly string[]): RegExp | null {
  const hit = compiled.get(phrases);
  if (hit !== undefined) return hit;
  const alternatives = [...phrases]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split(/(\{n\})/)
        .filter((part) => part !== '')
        .map((part) =>
          part === '{n}' ? '\\d+' : [...part].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(SKIPPABLE),
        )
        .join(SKIPPABLE),
    );
  const pattern = alternatives.length === 0 ? null : new RegExp(`(?:${alternatives.join('|')})`, 'gi');
  compiled.set(phrases, pattern);
  return pattern;
}

/**
 * Removes agent boilerplate phrases anywhere in the text, and fillers (嗯, 那个…) that stand as a clause of
 * their own (between punctuation or blanks); a filler inside a sentence is left to the stopword list, because
 * characters like 额 are also parts of words (金额). Leftover runs of punctuation are collapsed.
 */
export function removeBoilerplate(text: string, phrases: readonly string[], fillers: readonly string[]): string {
  let out = text;
  const pattern = boilerplatePattern(phrases);
  if (pattern) out = out.replace(pattern, ' ');
  const fillerPattern = fillerClausePattern(fillers);
  if (fillerPattern) out = out.replace(fillerPattern, '$1');
  return out
    .replace(/([,，.。!！?？;；、])(?:[ \t]*[,，.。!！?？;；、])+/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/^[\s,，.。!！?？;；、]+/, '')
    .replace(/[ \t]*\n[\s,，.。!！?？;；、]*/g, '\n')
    .trim();
}

const fillerPatterns = new WeakMap<readonly string[], RegExp | null>();

function fillerClausePattern(fillers: readonly string[]): RegExp | null {
  const hit = fillerPatterns.get(fillers);
  if (hit !== undefined) return hit;
  const words = [...fillers]
    .filter((f) => f !== '')
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern =
    words.length === 0
      ? null
      : new RegExp(`(^|${CLAUSE_EDGE})(?:${words.join('|')})+(?=${CLAUSE_EDGE}|$)`, 'g');
  fillerPatterns.set(fillers, pattern);
  return pattern;
}
