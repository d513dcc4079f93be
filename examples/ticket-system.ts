/**
 * Embedding: a ticket system classifies each new ticket as it arrives and warns the agent on high risk.
 * Run: npx tsx examples/ticket-system.ts [STATE_FILE]   (the state the nightly run keeps; made from the sample if none)
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, runAnalysis } from 'complaint-hotspots';

const state = process.argv[2] ?? join(tmpdir(), 'hotspots-example-state.duckdb');
if (!process.argv[2]) await runAnalysis({ files: [fileURLToPath(new URL('sample-export.csv', import.meta.url))], state });
const classifier = await createClassifier({ state });

for (const [id, text] of Object.entries({ N1: '丽景小区宽带又掉线了，一直连不上，电话13912345678', N2: '营业厅取号后等了一上午，下午还要再来。',
  N3: '套餐乱扣费三个月没人处理，再不解决我就投诉到工信部，还要找媒体曝光！', N4: '我没有要投诉工信部的意思，就是想问下流量包怎么退订。' })) {
  const r = classifier.classify({ id, text });
  console.log(`${id} ${r.text}\n   主题 ${r.topicId || '-'}，${r.issueLabel ? `已知问题 ${r.issueId}（${r.issueLabel}）` : '未归入已知问题'}`);
  if (r.riskLevel === 'red' || r.riskLevel === 'orange') console.log(`   ⚠ 提醒坐席（${r.riskLevel}）：${r.risks.map((f) => `${f.name}「${f.term}」`).join('，')}`);
}
