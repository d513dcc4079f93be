import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { EXPORT_COLUMNS, generateExport } from '../../src/generate/generate-export.js';
import { groundTruthSchema } from '../../src/generate/ground-truth.js';

const small = { n: 400, seed: 11 };
const result = generateExport(small);
const byId = new Map(result.rows.map((row) => [row['工单编号'] ?? '', row]));
const textOf = (id: string): string => byId.get(id)?.['投诉内容'] ?? '';
const dayOf = (id: string): string => (byId.get(id)?.['受理时间'] ?? '').slice(0, 10).replaceAll('/', '-');

describe('generateExport', () => {
  it('generateExport({ n, seed }) returns n rows with every export column', () => {
    expect(result.rows).toHaveLength(400);
    for (const row of result.rows) expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS]);
    expect(byId.size).toBe(400);
  });

  it('generateExport(options) is deterministic per seed and differs across seeds', () => {
    expect(generateExport(small)).toEqual(result);
    expect(generateExport({ ...small, seed: 12 }).rows).not.toEqual(result.rows);
  });

  it('generateExport writes 受理时间 as local YYYY/MM/DD HH:mm:ss within the requested days', () => {
    const days = new Set(result.rows.map((row) => dayOf(row['工单编号'] ?? '')));
    for (const row of result.rows) expect(row['受理时间']).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect([...days].sort()).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`));
  });

  it('generateExport truth matches the schema and every planted ticket id exists in the rows', () => {
    const truth = groundTruthSchema.parse(result.truth);
    const ids = [
      ...truth.bursts.flatMap((b) => [...b.ticketIds, ...b.baselineTicketIds]),
      ...truth.recurring.flatMap((r) => r.ticketIds),
      ...truth.repeats.flatMap((r) => r.ticketIds),
      ...truth.highRisk.map((r) => r.ticketId),
      ...truth.negatedRisk.map((r) => r.ticketId),
    ];
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(byId.has(id), id).toBe(true);
  });

  it('generateExport bursts hold the phrase on the burst day in the burst region, from distinct customers', () => {
    expect(result.truth.bursts.length).toBeGreaterThanOrEqual(3);
    for (const burst of result.truth.bursts) {
      expect(burst.ticketIds.length).toBeGreaterThanOrEqual(6);
      for (const id of burst.ticketIds) {
        expect(textOf(id)).toContain(burst.phrase);
        expect(dayOf(id)).toBe(burst.day);
        expect(byId.get(id)?.['地市']).toBe(burst.region);
      }
      const customers = new Set(burst.ticketIds.map((id) => byId.get(id)?.['客户号码']));
      expect(customers.size).toBe(burst.ticketIds.length);
      expect(burst.customers).toBe(customers.size);
      // The burst must stand clearly above the phrase's count on any other day.
      const elsewhere = result.rows.filter((row) => (row['投诉内容'] ?? '').includes(burst.phrase) && !burst.ticketIds.includes(row['工单编号'] ?? ''));
      expect(elsewhere.map((row) => row['工单编号']).sort()).toEqual([...burst.baselineTicketIds].sort());
      const perDay = new Map<string, number>();
      for (const id of burst.baselineTicketIds) perDay.set(dayOf(id), (perDay.get(dayOf(id)) ?? 0) + 1);
      expect(burst.ticketIds.length).toBeGreaterThanOrEqual(3 * Math.max(1, ...perDay.values()));
    }
    expect(result.truth.bursts[0]).toMatchObject({ day: '2026-11-09', dayIndex: 9, region: '济宁', phrase: '丽景小区宽带掉线' });
  });

  it('generateExport plants a recurring issue on every day', () => {
    const [recurring] = result.truth.recurring;
    expect(recurring?.days).toHaveLength(14);
    for (const id of recurring?.ticketIds ?? []) expect(textOf(id)).toContain(recurring?.phrase);
    expect(new Set(recurring?.ticketIds.map(dayOf)).size).toBe(14);
  });

  it('generateExport repeat complainers have 2-4 tickets of one customer within a few days, all with the phrase', () => {
    expect(result.truth.repeats.length).toBeGreaterThanOrEqual(2);
    for (const repeat of result.truth.repeats) {
      expect(repeat.ticketIds.length).toBeGreaterThanOrEqual(2);
      expect(repeat.ticketIds.length).toBeLessThanOrEqual(4);
      for (const id of repeat.ticketIds) {
        expect(byId.get(id)?.['客户号码']).toBe(repeat.customer);
        expect(textOf(id)).toContain(repeat.phrase);
      }
      const spanDays = (Date.parse(repeat.days.at(-1) ?? '') - Date.parse(repeat.days[0] ?? '')) / 86_400_000;
      expect(spanDays).toBeLessThanOrEqual(6);
      // Nobody outside the planted repeats shares this customer number.
      expect(result.rows.filter((row) => row['客户号码'] === repeat.customer)).toHaveLength(repeat.ticketIds.length);
    }
  });

  it('generateExport high-risk tickets carry their trigger and negated twins carry the negated clause', () => {
    const categories = new Set(result.truth.highRisk.map((r) => r.category));
    expect([...categories].sort()).toEqual(['attitude', 'churn', 'legal', 'mass', 'media', 'regulator', 'safety']);
    for (const risk of result.truth.highRisk) expect(textOf(risk.ticketId)).toContain(risk.phrase);
    expect(result.truth.negatedRisk.length).toBeGreaterThanOrEqual(7);
    for (const twin of result.truth.negatedRisk) {
      expect(textOf(twin.ticketId)).toContain(twin.phrase);
      expect(twin.phrase).toMatch(/没有|不|并非|没打算/);
    }
  });

  it('generateExport puts real-looking personal data into the raw export', () => {
    expect(result.truth.pii.length).toBeGreaterThan(40);
    const texts = result.rows.map((row) => row['投诉内容'] ?? '').join('\n');
    expect(texts).toMatch(/1[3-9]\d{9}/);
    expect(texts).toMatch(/\d{17}[\dX]/);
    expect(texts).toMatch(/[\w.]+@[\w.]+\.com/);
    for (const row of result.rows) expect(row['客户号码']).toMatch(/^1[3-9]\d{9}$/);
  });

  it('generateExport writes transcripts with speaker turns and some traditional-Chinese texts', () => {
    const transcripts = result.truth.transcriptTicketIds.map(textOf);
    expect(transcripts.length).toBeGreaterThan(50);
    for (const text of transcripts) expect(text).toMatch(/^客服：.*客[户戶]：/);
    const traditional = result.truth.traditionalTicketIds.map(textOf);
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional.join('')).toMatch(/[寬帶網費營廳號戶]/);
  });

  it('generateExport honours shares of zero', () => {
    const plain = generateExport({ n: 200, seed: 3, transcriptShare: 0, traditionalShare: 0, piiDensity: 0 });
    expect(plain.truth.transcriptTicketIds).toEqual([]);
    expect(plain.truth.traditionalTicketIds).toEqual([]);
    expect(plain.truth.pii).toEqual([]);
    for (const row of plain.rows) expect(row['投诉内容']).not.toMatch(/\d{11}|@/);
  });

  it('generateExport rejects bad options and an n too small for the planted events with ConfigError', () => {
    expect(() => generateExport({ n: 10 })).toThrow(ConfigError);
    expect(() => generateExport({ n: 10 })).toThrow(/generate\.n: expected at least \d+ rows/);
    expect(() => generateExport({ start: '2026/11/01' })).toThrow(/generate\.start/);
  });
});
