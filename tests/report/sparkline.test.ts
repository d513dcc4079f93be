import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/report/sparkline.js';

describe('sparkline(values)', () => {
  it('draws each value as one of eight blocks from zero to the series\' highest', () => {
    expect(sparkline([0, 7, 14, 3])).toBe('▁▅█▃');
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(sparkline([])).toBe('');
  });
});
