/** Prefix of the pseudo-terms that count tickets per region (and per region and term) in period counts. */
export const REGION_PREFIX = 'region:';

/** The pseudo-term counting a region's tickets, `region:济宁`, or a term within it, `region:济宁|宽带+掉线`. */
export function regionKey(region: string, term?: string): string {
  return term === undefined ? `${REGION_PREFIX}${region}` : `${REGION_PREFIX}${region}|${term}`;
}

/** Splits a region pseudo-term back into region and term; undefined for an ordinary term. */
export function parseRegionKey(key: string): { region: string; term: string | undefined } | undefined {
  if (!key.startsWith(REGION_PREFIX)) return undefined;
  const rest = key.slice(REGION_PREFIX.length);
  const bar = rest.indexOf('|');
  return bar < 0 ? { region: rest, term: undefined } : { region: rest.slice(0, bar), term: rest.slice(bar + 1) };
}
