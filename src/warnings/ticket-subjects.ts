import type { Issue, Topic } from '../report/report-schema.js';

/** Which issue and topic each ticket id belongs to. */
export interface TicketSubjects {
  issueOf: Map<string, Issue>;
  topicOf: Map<string, Topic>;
}

const memo = new WeakMap<readonly Issue[], WeakMap<readonly Topic[], TicketSubjects>>();

/**
 * Maps ticket ids to their issue and topic. Memoised by the identity of the two arrays (analyze and the warning
 * index both ask for the run's pair, and each build is two Maps over every ticket id): the maps returned are shared,
 * so callers must not change them nor the arrays afterwards.
 */
export function ticketSubjects(issues: readonly Issue[], topics: readonly Topic[] = []): TicketSubjects {
  let byTopics = memo.get(issues);
  if (!byTopics) memo.set(issues, (byTopics = new WeakMap()));
  let hit = byTopics.get(topics);
  if (!hit) byTopics.set(topics, (hit = buildTicketSubjects(issues, topics)));
  return hit;
}

function buildTicketSubjects(issues: readonly Issue[], topics: readonly Topic[]): TicketSubjects {
  return { issueOf: firstOwnerOf(issues), topicOf: firstOwnerOf(topics) };
}

/**
 * Ticket id → the first owner listing it. Walked backwards with a plain `set`, so a later write is an earlier
 * owner: one Map operation per id instead of `has` + `set` (at 300,000 tickets the two Maps took ~0.66 s, nearly all
 * in string-keyed Map calls). Only lookups are used, so the insertion order the backward walk gives does not matter.
 */
function firstOwnerOf<T extends { ticketIds: readonly string[] }>(owners: readonly T[]): Map<string, T> {
  const ownerOf = new Map<string, T>();
  for (let i = owners.length - 1; i >= 0; i--) {
    const owner = owners[i]!;
    const ids = owner.ticketIds;
    for (let j = ids.length - 1; j >= 0; j--) ownerOf.set(ids[j]!, owner);
  }
  return ownerOf;
}
