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
  const issueOf = new Map<string, Issue>();
  for (const issue of issues) for (const id of issue.ticketIds) if (!issueOf.has(id)) issueOf.set(id, issue);
  const topicOf = new Map<string, Topic>();
  for (const topic of topics) for (const id of topic.ticketIds) if (!topicOf.has(id)) topicOf.set(id, topic);
  return { issueOf, topicOf };
}
