/**
 * `JSON.stringify(value, null, indent)` in pieces: the outer `depth` levels of objects and arrays are walked and
 * everything below is stringified one member at a time, so a report with a hundred thousand warnings is written
 * without ever holding its whole JSON text (a 100 MB string at a million tickets) in memory. Long arrays are
 * walked at any depth, a few hundred members per piece, so no piece is big (a topic's million ticket ids would
 * otherwise be one 20 MB string, allocated straight into V8's old generation). The concatenated
 * pieces equal `JSON.stringify(value, null, indent)` for plain JSON data (objects, arrays, strings, finite numbers,
 * booleans, null; undefined members skipped as JSON.stringify skips them).
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 2): Generator<string> {
  yield* chunks(value, ' '.repeat(indent), '', depth);
}

/** Values JSON.stringify leaves out of objects and writes as null in arrays. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Arrays longer than this are walked whatever the depth. */
const LONG_ARRAY = 256;

function* chunks(value: unknown, unit: string, pad: string, depth: number): Generator<string> {
  if (depth <= 0 && Array.isArray(value) && value.length > LONG_ARRAY) {
    yield* longArray(value, unit, pad);
    return;
  }
  if (depth <= 0 && holdsLongArray(value, 2)) depth = 1;
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Strings hold no raw newline in JSON, so every newline of the stringified member starts an indented line.
    yield (JSON.stringify(value, null, unit) ?? 'null').replaceAll('\n', `\n${pad}`);
    return;
  }
  const inner = pad + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = value[i];
      yield* chunks(skipped(item) ? null : item, unit, inner, depth - 1);
    }
    yield `\n${pad}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (skipped(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunks(member, unit, inner, depth - 1);
  }
  yield first ? '{}' : `\n${pad}}`;
}

/** Whether an object or short array holds a long array within `levels` levels of members. */
function holdsLongArray(value: unknown, levels: number): boolean {
  if (levels <= 0 || value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const member of Array.isArray(value) ? value : Object.values(value)) {
    if (Array.isArray(member) ? member.length > LONG_ARRAY : holdsLongArray(member, levels - 1)) return true;
  }
  return false;
}

/** A long array in pieces of {@link LONG_ARRAY} members, each member stringified whole. */
function* longArray(value: readonly unknown[], unit: string, pad: string): Generator<string> {
  const inner = pad + unit;
  const parts: string[] = [];
  for (let from = 0; from < value.length; from += LONG_ARRAY) {
    parts.length = 0;
    if (from === 0) parts.push('[');
    for (let i = from; i < Math.min(value.length, from + LONG_ARRAY); i++) {
      const item: unknown = value[i];
      parts.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      // Ids and numbers (nearly every long array of a report) have no lines to indent.
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' || item === null) parts.push(JSON.stringify(item));
      else if (skipped(item)) parts.push('null');
      else parts.push((JSON.stringify(item, null, unit) ?? 'null').replaceAll('\n', `\n${inner}`));
    }
    yield parts.join('');
  }
  yield `\n${pad}]`;
}
