import { formatCsv } from '../report/format-csv.js';
import { EXPORT_COLUMNS, type GeneratedExport } from './generate-export.js';

/**
 * The generated export as CSV text: UTF-8 BOM (as ticket systems export for Excel), the Chinese header row,
 * RFC 4180 quoting. Cells are written as they are (no formula neutralisation): this is input data, not a report.
 */
export function formatGeneratedCsv(result: Pick<GeneratedExport, 'rows'>): string {
  return formatCsv(
    EXPORT_COLUMNS,
    result.rows.map((row) => EXPORT_COLUMNS.map((column) => row[column] ?? '')),
    { bom: true },
  );
}
