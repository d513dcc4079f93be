/**
 * Measures topic clustering against a labelled CSV: prints NMI and ARI of `clusterTopics` against a label column.
 *
 *   tsx scripts/eval-topics.ts --file F --text COL --label COL [--topics K] [--limit N] [--seed S] [--encoding gbk]
 *
 * Segmentation: src/segment/ did not exist yet when this was written, so this script cuts with @node-rs/jieba
 * directly (HMM off, as the project's adapters) and drops a small stopword set and non-word tokens.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { createVocabulary, internTerm, type Corpus } from '../src/core/corpus.js';
import type { NormalizedTicket } from '../src/core/ticket.js';
import { clusterTopics } from '../src/cluster/cluster-topics.js';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/cluster/evaluate-clustering.js';

const STOPWORDS = new Set(
  '的 了 是 我 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 就 也 都 还 又 和 与 及 在 有 没 没有 不 很 太 非常 挺 比较 一个 一 个 啊 吧 呢 吗 呀 哦 嗯 哈 啦 么 着 过 给 让 被 把 对 说 要 会 能 可以 但 但是 而且 所以 因为 如果 就是 还是 或者 什么 怎么 这么 那么 这样 那样 已经 真的 自己 时候 东西 感觉 觉得 然后 一下 一直 一点 一些 没什么 不是 可能 应该 等 等等 上 下 中 里 后 前 之 为 以 从 到 而 其 该 再 才 只 更 最 好 很多 多 少 大 小'.split(' '),
);
const WORD = /[\p{Script=Han}a-zA-Z0-9]/u;

/** Segments texts into a Corpus with @node-rs/jieba. */
export function segmentForEval(texts: string[]): Corpus {
  const jieba = Jieba.withDict(dict);
  const vocab = createVocabulary();
  const tickets: NormalizedTicket[] = [];
  const docs = texts.map((text, i) => {
    tickets.push({ id: String(i), text, time: 0, lang: 'zh' });
    const ids: number[] = [];
    for (const raw of jieba.cut(text, false)) {
      const token = raw.trim().toLowerCase();
      if (token.length === 0 || STOPWORDS.has(token) || !WORD.test(token) || /^\d+$/.test(token)) continue;
      ids.push(internTerm(vocab, token));
    }
    const termIds = Uint32Array.from(ids);
    return { termIds, starts: new Uint32Array(ids.length), ends: new Uint32Array(ids.length) };
  });
  return { tickets, vocab, docs };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      text: { type: 'string' },
      label: { type: 'string' },
      topics: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string', default: '42' },
      encoding: { type: 'string', default: 'utf-8' },
    },
  });
  if (!values.file || !values.text || !values.label) {
    throw new Error('usage: tsx scripts/eval-topics.ts --file F --text COL --label COL [--topics K] [--limit N] [--seed S]');
  }
  const raw = iconv.decode(readFileSync(values.file), values.encoding).replace(/^\uFEFF/, '');
  let rows = parse(raw, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
  rows = rows.filter((r) => (r[values.text!] ?? '').trim().length > 0);
  if (values.limit) rows = rows.slice(0, Number(values.limit));
  const texts = rows.map((r) => (r[values.text!] ?? '').replace(/^\uFEFF/, ''));
  const labels = rows.map((r) => r[values.label!] ?? '');
  const t0 = performance.now();
  const corpus = segmentForEval(texts);
  const t1 = performance.now();
  const k = values.topics ? Number(values.topics) : undefined;
  const { assignments, topics } = clusterTopics(corpus, { ...(k === undefined ? {} : { k }), kmeans: { seed: Number(values.seed) } });
  const t2 = performance.now();
  const nmi = normalizedMutualInformation(assignments, labels);
  const ari = adjustedRandIndex(assignments, labels);
  console.log(`rows ${texts.length}  topics ${topics.length}  segment ${((t1 - t0) / 1000).toFixed(2)} s  cluster ${((t2 - t1) / 1000).toFixed(2)} s`);
  console.log(`NMI ${nmi.toFixed(4)}  ARI ${ari.toFixed(4)}`);
  for (const t of topics) console.log(`  ${t.id}  ${String(t.ticketIds.length).padStart(6)}  ${t.label}`);
}

if (process.argv[1]?.endsWith("eval-topics.ts")) main();
