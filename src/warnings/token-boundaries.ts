import type { Segmenter } from '../segment/segmenter.js';

const CJK = /[\u3400-\u9fff]/;

/** Whether a trigger is checked against word boundaries: it holds Chinese (Latin and digits have their own checks). */
export function needsTokenCheck(term: string): boolean {
  return CJK.test(term);
}

/**
 * Whether `[start, end)` of `text` sits on the segmenter's token boundaries when the span `[from, to)` around it (its
 * clause) is cut: 着火 in 紧挨着火车站 (紧/挨着/火车站) does not, 着火 in 房间着火了 does. Two allowances for what the
 * dictionary joins: a hit may be the head of a longer word (敷衍 in 敷衍了事, 律师 in 律师事务所, 低保 in 低保户), and
 * a hit of four or more characters needs only one end on a boundary (发到网上 in 这/事发/到/网上): a phrase that long
 * rarely straddles words by accident, while a short hit at the tail of a word is the classic false match (老人 in 圣诞老人,
 * 电视台 in 中央电视台). `cuts` memoises the cut of each span within one text (several hits often share a clause).
 */
export function onTokenBoundaries(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  segmenter: Segmenter,
  cuts: Map<number, Uint8Array>,
): boolean {
  let bounds = cuts.get(from * 65536 + to);
  if (!bounds) {
    // 1: a token starts or ends here; 2: a token starts here (its start is recorded for the head-of-word allowance).
    bounds = new Uint8Array(to - from + 1);
    let at = 0;
    for (const token of segmenter.cut(text.slice(from, to))) {
      bounds[at] = 2;
      at += token.length;
      if (at <= to - from && bounds[at] === 0) bounds[at] = 1;
    }
    bounds[to - from] ||= 1;
    cuts.set(from * 65536 + to, bounds);
  }
  const startOk = bounds[start - from]! > 0;
  let endOk = bounds[end - from]! > 0;
  if (startOk && !endOk && bounds[start - from] === 2) {
    // The head of a longer word: no token boundary between the hit's start and its end.
    endOk = true;
    for (let i = start - from + 1; i < end - from; i++) if (bounds[i]! > 0) endOk = false;
  }
  return end - start >= 4 ? startOk || endOk : startOk && endOk;
}
