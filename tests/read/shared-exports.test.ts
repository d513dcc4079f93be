import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFieldsOption } from '../../src/read/field-map.js';
import { readExports } from '../../src/read/read-exports.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/chezhiwang_car_complaints');
const DAVID = join(DATA, 'David-YYJ+DataEngine/car_complain.csv'); // GBK
const SODA = join(DATA, 'sodagreen-qf+hack_exercise1/car_complain.csv'); // plain UTF-8
const WO = join(DATA, 'wo580+BI-/car_complain.csv'); // UTF-8 with BOM, other column order, ids in id_
const localMidnight = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) - 8 * 3_600_000;

describe.runIf(existsSync(DATA))('readExports on the shared car-complaint exports', () => {
  it.each([
    ['auto-detected', {}, {}],
    ['explicit --fields', { fields: parseFieldsOption('id=id,text=desc,time=datetime,category=brand') }, { fields: parseFieldsOption('id=id_,text=desc,time=datetime,category=brand') }],
  ])('readExports(three exports, %s) accepts 600 rows each with the right text and dates', async (_name, options, woOptions) => {
    const david = await readExports([DAVID], options);
    const soda = await readExports([SODA], options);
    const wo = await readExports([WO], woOptions);
    for (const result of [david, soda, wo]) {
      expect(result.tickets).toHaveLength(600);
      expect(result.rejects).toEqual([]);
      expect(result.rowsRead).toBe(600);
    }
    expect(david.tickets[0]).toMatchObject({ id: '482028', text: '一汽马自达阿特兹B柱异响 车内异响严重', time: localMidnight(2020, 6, 8) });
    expect(david.tickets[0]?.fields.brand ?? david.tickets[0]?.category).toBe('一汽马自达');
    expect(soda.tickets[0]).toMatchObject({ id: '568936', text: '一汽大众速腾发动机运转时汽油箱存在异响', time: localMidnight(2021, 1, 30) });
    expect(wo.tickets[0]).toMatchObject({ id: '515601', text: '启辰T60多次电瓶亏电无法启动希望处理', time: localMidnight(2020, 8, 29) });
    // A trailing tab in the export is trimmed, not part of the text.
    expect(wo.tickets[1]?.text).toBe('长安马自达昂克赛拉发动机变速箱漏油');
  });

  it('readExports(all three at once) keeps distinct ids and counts no duplicates', async () => {
    const result = await readExports([DAVID, SODA, WO]);
    expect(result.tickets.length + result.duplicates).toBe(1800);
    expect(result.rowsRead).toBe(1800);
    expect(new Set(result.tickets.map((t) => t.id)).size).toBe(result.tickets.length);
  });
});
