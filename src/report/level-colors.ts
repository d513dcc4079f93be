import type { Warning } from './report-schema.js';

/** Level colours of warnings (also used for the heat bars of issues that carry a warning). */
export const LEVEL_COLORS: Record<Warning['level'], string> = { red: '#d93025', orange: '#f29900', yellow: '#e5b800' };
