import dns from 'node:dns';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every network attempt made while the guard is on: which API, and where to. */
const attempts: string[] = [];
const restore: Array<() => void> = [];

/** Replaces `owner[key]` by a function that records the attempt and throws, so no request can leave. */
function guard(owner: object, key: string, label: string): void {
  const target = owner as Record<string, unknown>;
  const original = target[key];
  target[key] = (...args: unknown[]): never => {
    attempts.push(`${label}(${JSON.stringify(args[0] ?? null)?.slice(0, 80) ?? ''})`);
    throw new Error(`network access attempted: ${label}`);
  };
  restore.push(() => {
    target[key] = original;
  });
}

beforeAll(() => {
  guard(net.Socket.prototype, 'connect', 'net.Socket.connect');
  guard(net, 'connect', 'net.connect');
  guard(net, 'createConnection', 'net.createConnection');
  guard(tls, 'connect', 'tls.connect');
  guard(http, 'request', 'http.request');
  guard(http, 'get', 'http.get');
  guard(https, 'request', 'https.request');
  guard(https, 'get', 'https.get');
  guard(dns, 'lookup', 'dns.lookup');
  guard(dns, 'resolve', 'dns.resolve');
  guard(dns.promises, 'lookup', 'dns.promises.lookup');
  guard(globalThis, 'fetch', 'fetch');
  // Named ESM imports of builtins (`import { request } from 'node:http'`) see the patched functions only after this.
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const undo of restore.reverse()) undo();
  syncBuiltinESMExports();
});

const dir = mkdtempSync(join(tmpdir(), 'hotspots-no-network-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no network', () => {
  it('the guard itself catches fetch, http, https, dns and raw sockets', async () => {
    const before = attempts.length;
    await expect(Promise.resolve().then(() => fetch('https://example.com'))).rejects.toThrow(/network access/);
    expect(() => http.request('http://example.com')).toThrow(/network access/);
    expect(() => https.get('https://example.com')).toThrow(/network access/);
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/network access/);
    expect(() => new net.Socket().connect(80, 'example.com')).toThrow(/network access/);
    expect(attempts.length - before).toBe(5);
    attempts.length = before;
  });

  it('importing the public modules and running read → normalize → segment → terms → report makes no network request', async () => {
    // Imported only now, with the guard on, so module-load side effects are watched too.
    const read = await import('../../src/read/index.js');
    const normalize = await import('../../src/normalize/index.js');
    const segment = await import('../../src/segment/index.js');
    const terms = await import('../../src/terms/index.js');
    const report = await import('../../src/report/index.js');
    const generate = await import('../../src/generate/index.js');
    const { loadModels } = await import('../../src/models/load-models.js');
    const { Messages } = await import('../../src/core/messages.js');
    const { sampleReport } = await import('../report/sample-report.js');
    await import('../../src/cluster/index.js');
    await import('../../src/warnings/index.js');

    const models = await loadModels();
    const exported = generate.generateExport({ n: 60, seed: 7 });
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, generate.formatGeneratedCsv(exported));
    const messages = new Messages();
    const result = await read.readExports([csv], {}, messages);
    expect(result.tickets.length).toBeGreaterThan(0);
    const normalized = normalize.normalizeTickets(result.tickets, {}, models.text, messages);
    const corpus = segment.segmentTickets(normalized, segment.createNodeRsSegmenter(models.text.userDict), models.text);
    const hot = terms.rankHotTerms(corpus, terms.findPhrases(corpus));
    expect(hot.length).toBeGreaterThan(0);
    const r = sampleReport({ hotTerms: hot.slice(0, 10) });
    expect(report.renderMarkdown(r)).toMatch(/\S/);
    report.renderHtml(r);
    report.renderWarningsCsv(r);
    await report.writeReport(join(dir, 'out'), r, result.rejects);
    await generate.writeGeneratedExport(join(dir, 'gen', 'g.csv'), exported);

    expect(attempts).toEqual([]);
  });

  it('a whole nightly run (runAnalysis with a state file and report) and classify make no network request', async () => {
    const { runAnalysis } = await import('../../src/run-analysis.js');
    const { createClassifier } = await import('../../src/classify.js');
    const { loadModels } = await import('../../src/models/load-models.js');
    const generate = await import('../../src/generate/index.js');
    const csv = join(dir, 'nightly.csv');
    writeFileSync(csv, generate.formatGeneratedCsv(generate.generateExport({ n: 600, seed: 3, days: 5 })));
    const run = await runAnalysis({ files: [csv], state: join(dir, 'state.duckdb'), out: join(dir, 'nightly-out') });
    const classifier = createClassifier({ models: await loadModels(), model: run.update.model });
    classifier.classify({ id: 'n1', text: '再不解决就投诉到工信部' });
    expect(attempts).toEqual([]);
  });
});
