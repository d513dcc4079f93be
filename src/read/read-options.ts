import { z } from 'zod';
import { isTimeZone } from '../core/periods.js';
import { fieldMapSchema } from './field-map.js';


/** Options of the read stage, with every default. */
export const readOptionsSchema = z.object({
  /**
   * Column mapping. Roles it names override auto-detection; roles it leaves out are auto-detected
   * from the remaining columns. Without it every role is auto-detected from the headers.
   */
  fields: fieldMapSchema.partial().optional(),
  /** IANA time zone of local times in the export (times without an offset). */
  timeZone: z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Asia/Shanghai' }).default('Asia/Shanghai'),
  /** XLSX sheet name; the first sheet when omitted. */
  sheet: z.string().min(1).optional(),
  /** Text encoding of CSV/TSV files; `auto` reads the BOM, else takes UTF-8 when valid, else GB18030. */
  encoding: z.enum(['auto', 'utf8', 'gb18030', 'utf16le']).default('auto'),
  /** Field delimiter of CSV/TSV files; `auto` picks from the header line (tab, comma, semicolon or bar). */
  delimiter: z.enum(['auto', ',', '\t', ';', '|']).default('auto'),
  /** Rows whose joined text is longer than this many characters are rejected as too long. */
  maxTextLength: z.number().int().positive().default(20_000),
  /**
   * Epoch ms given to every ticket when the export has no time column at all (one warning is pushed).
   * Without it such an export is an input error.
   */
  defaultTime: z.number().int().optional(),
  /** How many leading rows header detection looks at to prefer columns that hold values. */
  sampleRows: z.number().int().positive().default(200),
});

/** Options of the read stage as a caller passes them (every key optional). */
export type ReadOptions = z.input<typeof readOptionsSchema>;
/** Resolved read options. */
export type ResolvedReadOptions = z.output<typeof readOptionsSchema>;
