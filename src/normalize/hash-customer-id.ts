import { createHash } from 'node:crypto';

/**
 * Salted hash of a customer id: the first 16 hex digits of SHA-256(salt, NUL, id). Blanks around the id are
 * ignored so the same customer typed twice hashes the same.
 */
export function hashCustomerId(id: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(id.trim()).digest('hex').slice(0, 16);
}
