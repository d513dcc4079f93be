import type { TextSpan } from './detect-risk.js';

/** How sure a ticket is that it repeats an earlier one: `strong` (上次反映, 再次投诉, 第三次来电) or `weak` (a bare 又, 再次). */
export type DeclaredRepeat = 'strong' | 'weak';

/** A self-declared repeat found in a text: its strength and the words that say so. */
export interface SelfDeclaredRepeat {
  strength: DeclaredRepeat;
  span: TextSpan;
}

// A cue for "again" followed by what the customer does again (反映, 投诉, 来电, 报修 …) or what happens again (出现, 断网
// …): 上次反映, 再次投诉, 第三次来电, 又一次出现. A bare 再次 or 第二次 is weak: in reviews it is mostly 再次光临 or 第二次购买.
const ACTS = '(?:来|去)?(?:反映|投诉|来电|致电|打(?:过)?电话|报修|报障|反馈|说过|提过|找过|联系(?:过)?|申请|提出|出现|发生|断网|掉线|扣费|扣款)';
const STRONG = new RegExp(
  `(?:上次|上回|之前|以前|前几天|前天|昨天|上个月|上周)(?:已经|就|也|都)?${ACTS}|(?:再次|再一次|又一次|第(?:[二三四五六七八九十两]|[2-9]|\\d{2,})[次回遍])(?:向你们|给你们|跟你们)?${ACTS}|\\b(?:complain(?:ed|ing)? again|(?:second|third|fourth|fifth) time (?:i|we) (?:have )?(?:called|contacted|complained|reported|written))\\b`,
  'giu',
);
// A bare 又 (这个月又乱扣费了) is "again"; 又…又 (又慢又贵) is "both … and", and 又不/又没 often "yet not".
const WEAK = /又|再次|再一次|第(?:[二三四五六七八九十两]|[2-9])[次回遍]|\bagain\b/giu;

/**
 * Whether a ticket says it repeats an earlier complaint, in its own words: a strong cue (上次反映的问题没有处理,
 * 再次投诉, 第三次来电, complained again) or, failing one, a weak one: a bare 再次, 第二次, again, or a 又 (又乱扣费了)
 * that is not the 又…又 of 又慢又贵. The span is the
 * first cue. Only worth asking for a customer with earlier tickets.
 */
export function findSelfDeclaredRepeat(text: string): SelfDeclaredRepeat | undefined {
  STRONG.lastIndex = 0;
  const strong = STRONG.exec(text);
  if (strong) return { strength: 'strong', span: { term: strong[0], start: strong.index, end: strong.index + strong[0].length } };
  WEAK.lastIndex = 0;
  for (let m = WEAK.exec(text); m; m = WEAK.exec(text)) {
    if (m[0] === '又') {
      const near = text.slice(m.index + 1, m.index + 6);
      const before = text.slice(Math.max(0, m.index - 5), m.index);
      if (near.includes('又') || before.includes('又')) continue;
    }
    return { strength: 'weak', span: { term: m[0], start: m.index, end: m.index + m[0].length } };
  }
  return undefined;
}
