/** The read stage: exports (CSV/TSV, JSONL, XLSX) in, tickets and rejects out. */
export { readOptionsSchema, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
export { fieldMapSchema, parseFieldsOption, type FieldMap, type PartialFieldMap } from './field-map.js';
export { detectFields, KNOWN_HEADERS } from './detect-fields.js';
export { parseTime } from './parse-time.js';
export { detectEncoding, detectDelimiter, type TextEncoding } from './detect-encoding.js';
export type { RawRow, RawTable, RawRowStream } from './raw-row.js';
export { parseCsv, type CsvParseOptions } from './parse-csv.js';
export { readCsv, type CsvReadOptions } from './read-csv.js';
export { parseJsonl } from './parse-jsonl.js';
export { readJsonl } from './read-jsonl.js';
export { readXlsx } from './read-xlsx.js';
export { rowToTicket, rowsToTickets, type RowMapping, type RowOutcome } from './rows-to-tickets.js';
export { readExports, streamExports, openExport, exportKind } from './read-exports.js';
