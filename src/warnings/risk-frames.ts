import type { RiskFrame, RiskLexicon } from './risk-lexicon.js';

/** The frames of each lexicon entry, by entry index (undefined: the entry needs no context). */
export function framesByEntry(lexicon: RiskLexicon): Array<RiskFrame[] | undefined> {
  const out: Array<RiskFrame[] | undefined> = lexicon.entries.map(() => undefined);
  for (const frame of lexicon.frames ?? []) {
    lexicon.entries.forEach((entry, i) => {
      if (entry.category !== frame.category) return;
      if (frame.terms !== '*' && !frame.terms.includes(entry.term)) return;
      (out[i] ??= []).push(frame);
    });
  }
  return out;
}

/** Where a trigger sits: its clause and sentence bounds in the text. */
export interface TriggerPlace {
  start: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** Whether `cue` occurs in `lower` starting at or after `from` and ending at or before `to`. */
function occurs(lower: string, cue: string, from: number, to: number): boolean {
  for (let at = lower.indexOf(cue, from); at >= 0 && at + cue.length <= to; at = lower.indexOf(cue, at + 1)) return true;
  return false;
}

/** Whether `cue` ends within `gap` characters before `at`, or starts within `gap` characters after it. */
function adjacent(lower: string, cue: string, at: number, side: 'before' | 'after', gap: number): boolean {
  if (side === 'before') {
    for (let end = at; end >= at - gap && end >= cue.length; end--) if (lower.startsWith(cue, end - cue.length)) return true;
    return false;
  }
  for (let start = at; start <= at + gap && start < lower.length; start++) if (lower.startsWith(cue, start)) return true;
  return false;
}

/**
 * Whether a trigger's frames hold in `lower` (the text, lower-cased): every `@frame` has one of its cues in the
 * required place, and no `@not` has one of its cues adjacent (at most `notWindow` characters away) or, for a `clause`
 * (`sentence`) one, anywhere in the trigger's clause (sentence).
 */
export function framesHold(lower: string, frames: readonly RiskFrame[], place: TriggerPlace, notWindow: number): boolean {
  for (const frame of frames) {
    const cues = frame.cues.map((c) => c.toLowerCase());
    if (frame.negative) {
      if (frame.where === 'clause' || frame.where === 'sentence') {
        const [from, to] = frame.where === 'clause' ? [place.clauseStart, place.clauseEnd] : [place.sentenceStart, place.sentenceEnd];
        if (cues.some((c) => occurs(lower, c, from, place.start) || occurs(lower, c, place.end, to))) return false;
        continue;
      }
      const side = frame.where === 'after' ? 'after' : 'before';
      if (cues.some((c) => adjacent(lower, c, side === 'before' ? place.start : place.end, side, notWindow))) return false;
      continue;
    }
    const [from, to] =
      frame.where === 'before'
        ? [place.clauseStart, place.start]
        : frame.where === 'after'
          ? [place.end, place.clauseEnd]
          : frame.where === 'clause'
            ? [place.clauseStart, place.clauseEnd]
            : [place.sentenceStart, place.sentenceEnd];
    const found = cues.some((c) =>
      frame.where === 'clause' || frame.where === 'sentence'
        ? occurs(lower, c, from, place.start) || occurs(lower, c, place.end, to)
        : occurs(lower, c, from, to),
    );
    if (!found) return false;
  }
  return true;
}
