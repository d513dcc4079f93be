import { ModelError } from '../core/errors.js';
import type { RoutingRule, RoutingTable } from './routing-table.js';

const KINDS = new Set(['*', 'top', 'repeat', 'high-risk', 'burst']);

/**
 * Parses `models/routing.tsv`: `kind<TAB>category<TAB>keyword<TAB>department[<TAB>reason]`, `*` for any, `#`
 * comments. Keywords are literals. Throws {@link ModelError} naming the line at fault.
 */
export function parseRoutingTable(text: string, file = 'routing.tsv'): RoutingTable {
  const rules: RoutingRule[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
      const cols = raw.split('\t').map((c) => c.trim());
      const [kind, category, keyword, department, reason] = cols;
      if (cols.length < 4 || cols.length > 5 || !kind || !category || !keyword || !department) {
        throw new ModelError(file, `expected "kind<TAB>category<TAB>keyword<TAB>department[<TAB>reason]", got "${raw}"`, line);
      }
      if (!KINDS.has(kind)) throw new ModelError(file, `expected kind top|repeat|high-risk|burst|*, got "${kind}"`, line);
      rules.push(reason ? { kind, category, keyword, department, reason, line } : { kind, category, keyword, department, line });
    });
  if (rules.length === 0) throw new ModelError(file, 'expected at least one routing rule, got none');
  return { rules };
}
