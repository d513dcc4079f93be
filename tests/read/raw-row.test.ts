import { describe, expect, it } from 'vitest';
import { cellsToRow, emptyValues } from '../../src/read/raw-row.js';

describe('emptyValues', () => {
  it('emptyValues() inherits nothing: constructor, toString and __proto__ read as undefined and store as columns', () => {
    const values = emptyValues();
    expect(values['constructor']).toBeUndefined();
    expect(values['toString']).toBeUndefined();
    expect(values['__proto__']).toBeUndefined();
    expect('hasOwnProperty' in values).toBe(false);
    values['__proto__'] = 'a';
    values['constructor'] = 'b';
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
    expect(values['__proto__']).toBe('a');
    expect(JSON.stringify(values)).toBe('{"__proto__":"a","constructor":"b"}');
    // Each record is its own: the shared prototype never holds a value.
    expect(emptyValues()['__proto__']).toBeUndefined();
  });
});

describe('cellsToRow', () => {
  it('cellsToRow(headers, cells, row) maps trimmed cells by header, odd columns named like Object members included', () => {
    const row = cellsToRow(['id', 'constructor', 'text'], ['1', ' x ', '宽带'], 3);
    expect(row).toEqual({ row: 3, values: expect.objectContaining({ id: '1', constructor: 'x', text: '宽带' }) });
    expect(Object.keys(row.values)).toEqual(['id', 'constructor', 'text']);
    expect(cellsToRow(['a', 'b'], ['1'], 4).problem).toBe('wrong column count: expected 2 fields, got 1');
  });
});
