/** Application name written into the state file's meta table: a DuckDB file without it is someone else's. */
export const HISTORY_APP = 'complaint-hotspots';

/**
 * Version of the state file's tables; a file with a newer version is refused rather than misread. 2 added
 * `period_sketches`; a version 1 file gets that table (and version 2) in its next run's commit. 3 keeps `issues` and
 * `warnings` as versions, one row per id (key) and `last_period`, so a run can load them as they stood before its
 * periods; the single row per id of an older file is that id's one version, so the file is read as it is and
 * marked 3 by its next commit. 4 added `period_summaries` (what a roll-up needs of each period's report); an older
 * file reads as having none and gets the table (and version 4) in its next commit. 5 added `words` (the discovered
 * words a nightly run keeps); an older file reads as holding no words and gets the table (and version 5) in its next
 * commit.
 */
export const HISTORY_SCHEMA_VERSION = 5;

/** The table version 2 added: per period and export, a sketch of its ticket keys (JSON array of hashes). */
export const PERIOD_SKETCHES_SQL =
  'CREATE TABLE IF NOT EXISTS period_sketches (kind VARCHAR NOT NULL, period VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, sketch VARCHAR NOT NULL);';

/** The table version 4 added: per period and export, a bounded summary of its report for roll-ups (JSON). */
export const PERIOD_SUMMARIES_SQL =
  'CREATE TABLE IF NOT EXISTS period_summaries (kind VARCHAR NOT NULL, period VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, summary VARCHAR NOT NULL);';

/** The table version 5 added: discovered words, one row per word and `last_period` (versions, like `issues`). */
export const WORDS_SQL =
  'CREATE TABLE IF NOT EXISTS words (word VARCHAR NOT NULL, kind VARCHAR NOT NULL, first_period VARCHAR NOT NULL, last_period VARCHAR NOT NULL, tickets INTEGER NOT NULL, cohesion DOUBLE NOT NULL, entropy DOUBLE NOT NULL, score DOUBLE NOT NULL);';

/**
 * The state file's tables. Period counts are kept per run fingerprint so re-running an export replaces its rows;
 * rows are appended in time order, so DuckDB's per-row-group min/max (zone maps) on `period` skip old history
 * without an index. JSON columns hold the small nested values of issues.
 */
export const HISTORY_TABLES_SQL = `
CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL);
CREATE TABLE period_totals (kind VARCHAR NOT NULL, period VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, tickets BIGINT NOT NULL);
CREATE TABLE period_counts (kind VARCHAR NOT NULL, period VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, term VARCHAR NOT NULL, tickets INTEGER NOT NULL);
CREATE TABLE issues (id VARCHAR NOT NULL, label VARCHAR NOT NULL, terms VARCHAR NOT NULL, first_period VARCHAR NOT NULL, last_period VARCHAR NOT NULL, history VARCHAR NOT NULL);
CREATE TABLE warnings (key VARCHAR NOT NULL, level VARCHAR NOT NULL, tickets INTEGER NOT NULL, first_period VARCHAR NOT NULL, last_period VARCHAR NOT NULL);
CREATE TABLE customer_tickets (customer_hash VARCHAR NOT NULL, ticket_id VARCHAR NOT NULL, issue_id VARCHAR NOT NULL, topic_id VARCHAR NOT NULL, time BIGINT NOT NULL, simhash VARCHAR NOT NULL);
CREATE TABLE model (json VARCHAR NOT NULL);
${PERIOD_SKETCHES_SQL}
${PERIOD_SUMMARIES_SQL}
${WORDS_SQL}
`;
