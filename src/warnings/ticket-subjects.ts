import type { Issue, Topic } from '../report/report-schema.js';

/** Which issue and topic each ticket id belongs to. */
export interface TicketSubjects {
  issueOf: Map<string, Issue>;
  topicOf: Map<string, Topic>;
}

/**
 * The owner of a ticket by id, and (for a lookup built over a corpus) by corpus index: `ofDoc` spares the id → index
 * Map lookup to callers that hold the index (at a million tickets those lookups were seconds of the warnings).
 */
export interface OwnerLookup<T> {
  get(ticketId: string): T | undefined;
  ofDoc?(doc: number): T | undefined;
}

/** Issue and topic lookups by ticket id: what the warn-* functions need of {@link TicketSubjects}. */
export interface SubjectLookup {
  issueOf: OwnerLookup<Issue>;
  topicOf: OwnerLookup<Topic>;
}

const memo = new WeakMap<readonly Issue[], WeakMap<readonly Topic[], TicketSubjects>>();
const corpusMemo = new WeakMap<ReadonlyMap<string, number>, WeakMap<readonly Issue[], WeakMap<readonly Topic[], SubjectLookup>>>();

/**
 * {@link ticketSubjects} for the tickets of one corpus, through its id → index map: the first owner of each ticket
 * in an Int32Array instead of two Maps over every ticket id (at a million tickets those two Maps held ~140 MB).
 * Ids not in `ticketIndex` have no issue nor topic. Memoised by the identity of the three arguments.
 */
export function corpusSubjects(ticketIndex: ReadonlyMap<string, number>, issues: readonly Issue[], topics: readonly Topic[] = []): SubjectLookup {
  let byIssues = corpusMemo.get(ticketIndex);
  if (!byIssues) corpusMemo.set(ticketIndex, (byIssues = new WeakMap()));
  let byTopics = byIssues.get(issues);
  if (!byTopics) byIssues.set(issues, (byTopics = new WeakMap()));
  let hit = byTopics.get(topics);
  if (!hit) byTopics.set(topics, (hit = { issueOf: ownerLookup(ticketIndex, issues), topicOf: ownerLookup(ticketIndex, topics) }));
  return hit;
}

function ownerLookup<T extends { ticketIds: readonly string[] }>(ticketIndex: ReadonlyMap<string, number>, owners: readonly T[]): Required<OwnerLookup<T>> {
  // A corpus index maps n distinct ids to 0..n-1.
  const ownerOf = new Int32Array(ticketIndex.size).fill(-1);
  for (let i = owners.length - 1; i >= 0; i--) {
    const ids = owners[i]!.ticketIds;
    for (let j = 0; j < ids.length; j++) {
      const doc = ticketIndex.get(ids[j]!);
      if (doc !== undefined && doc < ownerOf.length) ownerOf[doc] = i;
    }
  }
  return {
    get(ticketId) {
      const doc = ticketIndex.get(ticketId);
      const owner = doc === undefined ? -1 : (ownerOf[doc] ?? -1);
      return owner < 0 ? undefined : owners[owner];
    },
    ofDoc(doc) {
      const owner = ownerOf[doc] ?? -1;
      return owner < 0 ? undefined : owners[owner];
    },
  };
}

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
