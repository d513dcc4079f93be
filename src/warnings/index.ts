/** The warnings stage: risk lexicon and matcher, TOP / repeat / high-risk / mass-fault warnings, suppression, routing. */
export { buildAhoCorasick, type AhoCorasick } from './aho-corasick.js';
export { binomialTail } from './binomial-tail.js';
export { buildCustomerTickets, docTerms } from './build-customer-tickets.js';
export { createRiskMatcher, type MatcherPattern, type PatternRole, type RiskMatcher } from './create-risk-matcher.js';
export { detectRisk, scanRiskText, type DetectRiskOptions, type RiskScan, type TextSpan } from './detect-risk.js';
export {
  evaluateRisk,
  parseLabelledRiskSentences,
  type LabelledRiskSentence,
  type RiskEvaluation,
  type RiskScore,
} from './evaluate-risk.js';
export { findTermEvidence, ticketEvidence } from './find-evidence.js';
export { isPlaceName } from './is-place-name.js';
export { jaccard } from './jaccard.js';
export { parseRiskLexicon } from './parse-risk-lexicon.js';
export { parseRoutingTable } from './parse-routing-table.js';
export { isWarningLevel, levelRank, maxLevel, type RiskCategory, type RiskEntry, type RiskLexicon, type WarningLevel } from './risk-lexicon.js';
export type { RiskMatch } from './risk-match.js';
export { routeWarning, type RouteContext } from './route-warning.js';
export type { RoutingRule, RoutingTable } from './routing-table.js';
export { createTermHashTable, hammingDistance64, simhash64, simhash64OfIds, simhashBands, type TermHashTable } from './simhash.js';
export { corpusSimhash } from './corpus-simhashes.js';
export { suppressWarnings } from './suppress-warnings.js';
export { corpusSubjects, ticketSubjects, type SubjectLookup, type TicketSubjects } from './ticket-subjects.js';
export { burstLevel, burstWarningId, burstWarningKey, warnBursts } from './warn-bursts.js';
export { warnHighRisk } from './warn-high-risk.js';
export { warnMassFault } from './warn-mass-fault.js';
export { warnNearDuplicates } from './warn-near-duplicates.js';
export { warnPersistentIssues } from './warn-persistent-issues.js';
export { warnRepeats, type RepeatHistory } from './warn-repeats.js';
export { warnSameCustomer } from './warn-same-customer.js';
export { issueEvidence, warnTopIssues } from './warn-top-issues.js';
export { indexTickets, warningIndexOf, type WarningContext } from './warning-context.js';
export { createWarningIndex, type WarningIndex } from './warning-index.js';
export type { CustomerDocs } from './customer-docs.js';
export { makeWarningId, warningKey } from './warning-id.js';
export {
  riskOptionsSchema,
  warningsOptionsSchema,
  type ResolvedWarningsOptions,
  type RiskOptions,
  type WarningsOptions,
} from './warnings-options.js';
