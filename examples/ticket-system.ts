/**
 * Embedding: a ticket system classifies each new ticket as it arrives and warns the agent on high risk.
 * Run: npx tsx examples/ticket-system.ts [STATE_FILE]
 *
 * The known issues and topics come from the last nightly run kept in a state file (examples/nightly.sh); this
 * example makes one from the sample export first when no state file is given.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClassifier, loadModels, openDuckdbHistoryStore, runAnalysis } from 'complaint-hotspots';

const models = await loadModels();
let state = process.argv[2];
if (!state) {
  state = join(await mkdtemp(join(tmpdir(), 'hotspots-')), 'state.duckdb');
  await runAnalysis({ files: [new URL('./sample-export.csv', import.meta.url).pathname], state });
}
const store = await openDuckdbHistoryStore(state);
const classifier = createClassifier({ models, model: await store.loadModel() });
await store.close();

// Tickets as the ticket system creates them (time defaults to now).
const incoming = [
  { id: 'NEW-1', text: '丽景小区宽带又掉线了，从早上到现在一直连不上，客户电话13912345678', region: '济宁' },
  { id: 'NEW-2', text: '客户称营业厅取号后等了一上午，下午还要再来。', region: '潍坊' },
  { id: 'NEW-3', text: '套餐乱扣费三个月没人处理，再不解决我就投诉到工信部，还要找媒体曝光！', region: '济南' },
  { id: 'NEW-4', text: '我没有要投诉工信部的意思，就是想问下流量包怎么退订。', region: '青岛' },
];

for (const ticket of incoming) {
  const started = process.hrtime.bigint();
  const result = classifier.classify(ticket);
  const micros = Number(process.hrtime.bigint() - started) / 1000;
  const issue = result.issueLabel ? `已知问题 ${result.issueId}（${result.issueLabel}）` : '未归入已知问题';
  console.log(`${ticket.id}: 主题 ${result.topicId || '-'}，${issue}，${micros.toFixed(0)} µs`);
  if (result.riskLevel === 'red' || result.riskLevel === 'orange') {
    const flags = result.risks.map((r) => `${r.name}「${result.text.slice(r.start, r.end)}」${r.hypothetical ? '（条件式威胁）' : ''}`);
    console.log(`  ⚠ 提醒坐席：${result.riskLevel === 'red' ? '红色' : '橙色'}风险 — ${flags.join('，')}`);
  }
}
