import { z } from 'zod';
import { ConfigError } from '../core/errors.js';

/**
 * Which export column plays which role. `text` lists one or more columns joined with '\n' into the ticket text;
 * every column not named here is kept in the ticket's `fields`.
 */
export const fieldMapSchema = z.object({
  id: z.string().min(1).optional(),
  text: z.array(z.string().min(1)).min(1, 'expected at least one text column'),
  /** A short subject line (留言主题, 工单标题, Issue): put before the text, and weighed above it by grouping and labels. */
  title: z.string().min(1).optional(),
  /**
   * Who or what the complaint is against, as the export names it (投诉对象, 被投诉方, 商家, Company): put before the
   * subject line, and taken as the ticket's entity by grouping (a firm the text may not name again).
   */
  entity: z.string().min(1).optional(),
  time: z.string().min(1).optional(),
  customer: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  channel: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
});

/** Column roles of an export: `{ id?, text: string[], title?, entity?, time?, customer?, region?, channel?, category? }`. */
export type FieldMap = z.output<typeof fieldMapSchema>;

/** The single-column roles of a {@link FieldMap} (every role but `text`). */
export const SINGLE_FIELD_ROLES = ['id', 'title', 'entity', 'time', 'customer', 'region', 'channel', 'category'] as const;

/** A single-column role of a {@link FieldMap}. */
export type SingleFieldRole = (typeof SINGLE_FIELD_ROLES)[number];

/** A field map whose roles may all be missing: what `--fields` gives when it names only some roles. */
export type PartialFieldMap = Partial<FieldMap>;

const isSingleRole = (key: string): key is SingleFieldRole => (SINGLE_FIELD_ROLES as readonly string[]).includes(key);

/**
 * Parses the CLI's `--fields id=COL,text=COL[+COL...],title=COL,entity=COL,time=COL,customer=COL,region=COL,channel=COL,category=COL`.
 * Roles left out are auto-detected by the reader. Throws {@link ConfigError} (`--fields`) on an unknown key,
 * a part without `=`, an empty column or a key given twice.
 */
export function parseFieldsOption(spec: string): PartialFieldMap {
  const map: PartialFieldMap = {};
  const parts = spec.split(',').map((p) => p.trim());
  if (parts.every((p) => p === '')) throw new ConfigError('--fields', 'expected key=COL pairs, got an empty value');
  const seen = new Set<string>();
  for (const part of parts) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new ConfigError('--fields', `expected key=COL, got "${part}"`);
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (seen.has(key)) throw new ConfigError('--fields', `key "${key}" given twice`);
    seen.add(key);
    if (key === 'text') {
      const columns = value.split('+').map((c) => c.trim());
      if (columns.some((c) => c === '')) throw new ConfigError('--fields', `expected text=COL[+COL...], got "${part}"`);
      map.text = columns;
    } else if (isSingleRole(key)) {
      if (value === '') throw new ConfigError('--fields', `expected ${key}=COL, got "${part}"`);
      map[key] = value;
    } else {
      throw new ConfigError(
        '--fields',
        `unknown key "${key}": expected one of id, text, title, entity, time, customer, region, channel, category`,
      );
    }
  }
  return map;
}
