/** One routing rule: `*` matches anything. Rules are tried in file order; the first match wins. */
export interface RoutingRule {
  kind: string;
  category: string;
  /** A literal that must occur in the warning's title or topic terms, or `*`. */
  keyword: string;
  department: string;
  /** Why this department owns it (shown in the report). */
  reason?: string;
  /** 1-based line in the routing file, for messages. */
  line: number;
}

/** A parsed routing table. */
export interface RoutingTable {
  rules: RoutingRule[];
}
