import * as crypto from 'node:crypto';

// One-shot `crypto.hash` (Node >= 20.12) skips the Hash object per call; older Node 20 falls back to createHash.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/**
 * Salted hash of a customer id: the first 16 hex digits of SHA-256(salt, NUL, id). Blanks around the id are
 * ignored so the same customer typed twice hashes the same.
 */
export function hashCustomerId(id: string, salt: string): string {
  if (oneShot) return oneShot('sha256', `${salt}\u0000${id.trim()}`, 'hex').slice(0, 16);
  return crypto.createHash('sha256').update(salt).update('\u0000').update(id.trim()).digest('hex').slice(0, 16);
}
