/**
 * `JSON.stringify(value, null, indent)` in pieces: the outer `depth` levels of objects and arrays are walked and
 * everything below is stringified one member at a time, so a report with a hundred thousand warnings is written
 * without ever holding its whole JSON text (a 100 MB string at a million tickets) in memory. The concatenated
 * pieces equal `JSON.stringify(value, null, indent)` for plain JSON data (objects, arrays, strings, finite numbers,
 * booleans, null; undefined members skipped as JSON.stringify skips them).
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 2): Generator<string> {
  yield* chunks(value, ' '.repeat(indent), '', depth);
}

function* chunks(value: unknown, unit: string, pad: string, depth: number): Generator<string> {
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
      yield* chunks(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, unit, inner, depth - 1);
    }
    yield `\n${pad}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunks(member, unit, inner, depth - 1);
  }
  yield first ? '{}' : `\n${pad}}`;
}
