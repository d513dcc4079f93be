/** Who speaks a turn of a transcript. */
export type Speaker = 'agent' | 'customer' | 'unknown';

/** One speaker turn: the text after the speaker label. */
export interface Turn {
  speaker: Speaker;
  text: string;
}

const AGENT_LABEL = '客服(?:人员|代表|专员)?|坐席|座席|话务员|工号\\s*\\d+|agent|Agent|AGENT';
const CUSTOMER_LABEL = '客户|用户|来电人|来电者|主叫|customer|Customer|CUSTOMER|caller|Caller';
const LETTER_LABEL = '[AB甲乙]';
const LABEL = `(${AGENT_LABEL}|${CUSTOMER_LABEL}|${LETTER_LABEL})`;
// A label is bracketed ([客服] 【客户】) or followed by a colon (客服: 客户说：A:), at the start of the text
// or after a line break, blank or sentence punctuation, so "用户反映" inside a sentence is not a label.
const LABEL_AT = new RegExp(
  `(?<=^|[\\s。.!?！？;；,，])(?:[\\[【(（]\\s*${LABEL}\\s*[\\]】)）]\\s*[:：]?|${LABEL}\\s*(?:说)?\\s*[:：])`,
  'g',
);
const MAY_HOLD_LABEL = /[:：[【(（]/;
const AGENT = new RegExp(`^(?:${AGENT_LABEL})$`);
const CUSTOMER = new RegExp(`^(?:${CUSTOMER_LABEL})$`);

/**
 * Splits a transcript into speaker turns: 客服/坐席/话务员/工号NNNN are the agent, 客户/用户/来电人 the customer,
 * labels as `客服:`, `客服：`, `[客服]`, `【客户】`. Letter labels (`A:`/`B:`, `甲:`/`乙:`) are resolved by content:
 * the letter whose turns match more of `agentPhrases` is the agent; on a tie, the first speaker (agents open
 * calls). Text before the first label, or a text without labels, is one `unknown` turn.
 */
export function splitTurns(text: string, agentPhrases: RegExp | undefined = undefined): Turn[] {
  // Every label has a colon or an opening bracket; most tickets have neither and are one turn.
  if (!MAY_HOLD_LABEL.test(text)) {
    const whole = text.trim();
    return whole === '' ? [] : [{ speaker: 'unknown', text: whole }];
  }
  const turns: Array<Turn & { label: string }> = [];
  let last = 0;
  let label = '';
  for (const m of text.matchAll(LABEL_AT)) {
    pushTurn(turns, label, text.slice(last, m.index));
    label = (m[1] ?? m[2] ?? '').replace(/\s+/g, '');
    last = m.index + m[0].length;
  }
  pushTurn(turns, label, text.slice(last));
  resolveLetters(turns, agentPhrases);
  return turns.map(({ speaker, text: t }) => ({ speaker, text: t }));
}

function pushTurn(turns: Array<Turn & { label: string }>, label: string, raw: string): void {
  const text = raw.trim();
  if (text === '' && label === '') return;
  const speaker: Speaker = AGENT.test(label) ? 'agent' : CUSTOMER.test(label) ? 'customer' : 'unknown';
  if (text !== '') turns.push({ speaker, text, label });
}

function resolveLetters(turns: Array<Turn & { label: string }>, agentPhrases: RegExp | undefined): void {
  const letters = [...new Set(turns.filter((t) => /^[AB甲乙]$/.test(t.label)).map((t) => t.label))];
  if (letters.length === 0) return;
  const hits = new Map<string, number>(letters.map((l) => [l, 0]));
  if (agentPhrases) {
    for (const t of turns) {
      if (!hits.has(t.label)) continue;
      const count = t.text.match(new RegExp(agentPhrases.source, 'g'))?.length ?? 0;
      hits.set(t.label, (hits.get(t.label) ?? 0) + count);
    }
  }
  let agent = letters[0] ?? '';
  for (const l of letters) if ((hits.get(l) ?? 0) > (hits.get(agent) ?? 0)) agent = l;
  for (const t of turns) if (hits.has(t.label)) t.speaker = t.label === agent ? 'agent' : 'customer';
}
