export { detectLang } from './detect-lang.js';
export { hashCustomerId } from './hash-customer-id.js';
export { maskPii, PII_PLACEHOLDERS, PLACEHOLDER } from './mask-pii.js';
export { normalizeOptionsSchema, type NormalizeOptions, type ResolvedNormalizeOptions } from './normalize-options.js';
export { normalizeText, type NormalizedText } from './normalize-text.js';
export { normalizeTicket, normalizeTickets, pushNormalizeMessages, type NormalizeModels } from './normalize-tickets.js';
export { boilerplatePattern, removeBoilerplate } from './remove-boilerplate.js';
export { splitTurns, type Speaker, type Turn } from './split-turns.js';
export { hasTraditional, toSimplified } from './to-simplified.js';
