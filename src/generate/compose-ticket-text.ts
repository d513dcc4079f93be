import type { Random } from '../core/random.js';
import { AGENT_TURNS, FILLERS, SUMMARY_CLOSINGS, SUMMARY_OPENINGS } from './complaint-catalogue.js';
import { chance, pick } from './random-pick.js';

/** The greeting every hotline transcript opens with. */
export const AGENT_GREETING = '客服：您好，很高兴为您服务，请问有什么可以帮您？';

/**
 * A ticket summary (工单摘要) written by the agent from the customer's clauses. Clauses are joined whole, so a
 * planted phrase inside one clause stays intact.
 */
export function composeSummary(random: Random, clauses: readonly string[]): string {
  return pick(random, SUMMARY_OPENINGS) + clauses.join('，') + pick(random, SUMMARY_CLOSINGS);
}

/**
 * A hotline call transcript with speaker turns and ASR fillers (嗯/那个/就是说) at the start of customer turns,
 * never inside a clause. The customer says the clauses one or two per turn; the agent answers in between.
 */
export function composeTranscript(random: Random, clauses: readonly string[]): string {
  const turns: string[] = [AGENT_GREETING];
  let i = 0;
  while (i < clauses.length) {
    const take = i + 1 < clauses.length && chance(random, 0.4) ? 2 : 1;
    const said = clauses.slice(i, i + take).join('，');
    const filler = chance(random, 0.6) ? pick(random, FILLERS) : '';
    turns.push(`客户：${filler}${said}。`);
    i += take;
    if (i < clauses.length) turns.push(`客服：${pick(random, AGENT_TURNS)}`);
  }
  turns.push('客服：好的，已经为您登记，会尽快安排处理。', `客户：${chance(random, 0.5) ? '嗯，' : ''}好的，谢谢。`);
  return turns.join(' ');
}
