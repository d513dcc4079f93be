/**
 * The parts of a text written by the business, not the customer: from a reply marker (宾馆反馈, 商家回复, Company
 * response) to the next customer marker (补充点评, 追评) or the end. Returned as sorted `[start, end)` pairs; empty when
 * the text holds no reply marker. Markers match case-insensitively (Latin ones).
 */
export function businessReplies(text: string, replyMarkers: readonly string[], customerMarkers: readonly string[]): Array<[number, number]> {
  if (replyMarkers.length === 0) return [];
  const lower = text.toLowerCase();
  const next = (markers: readonly string[], from: number): number => {
    let best = -1;
    for (const m of markers) {
      const at = lower.indexOf(m.toLowerCase(), from);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  };
  const ranges: Array<[number, number]> = [];
  let at = next(replyMarkers, 0);
  while (at >= 0) {
    const back = next(customerMarkers, at + 1);
    const end = back < 0 ? text.length : back;
    ranges.push([at, end]);
    if (back < 0) break;
    at = next(replyMarkers, back + 1);
  }
  return ranges;
}

/** Whether `[start, end)` overlaps one of the sorted `ranges`. */
export function insideRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [from, to] of ranges) if (start < to && end > from) return true;
  return false;
}
