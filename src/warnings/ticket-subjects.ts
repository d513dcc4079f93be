import type { Issue, Topic } from '../report/report-schema.js';

/** Which issue and topic each ticket id belongs to. */
export interface TicketSubjects {
  issueOf: Map<string, Issue>;
  topicOf: Map<string, Topic>;
}

/** Maps ticket ids to their issue and topic. */
export function ticketSubjects(issues: readonly Issue[], topics: readonly Topic[] = []): TicketSubjects {
  const issueOf = new Map<string, Issue>();
  for (const issue of issues) for (const id of issue.ticketIds) if (!issueOf.has(id)) issueOf.set(id, issue);
  const topicOf = new Map<string, Topic>();
  for (const topic of topics) for (const id of topic.ticketIds) if (!topicOf.has(id)) topicOf.set(id, topic);
  return { issueOf, topicOf };
}
