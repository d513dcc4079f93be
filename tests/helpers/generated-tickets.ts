import type { GeneratedExport } from '../../src/generate/generate-export.js';
import { parseTime } from '../../src/read/parse-time.js';
import type { TicketInput } from '../../src/core/ticket.js';

/** Turns a generated export's rows into tickets the way the CSV reader maps its Chinese headers. */
export function generatedTickets(generated: GeneratedExport, timeZone = 'Asia/Shanghai'): TicketInput[] {
  return generated.rows.map((row) => ({
    id: row['工单编号'] ?? '',
    text: row['投诉内容'] ?? '',
    time: parseTime(row['受理时间'] ?? '', timeZone) ?? 0,
    customerId: row['客户号码'] ?? '',
    region: row['地市'] ?? '',
    channel: row['受理渠道'] ?? '',
    category: row['投诉类型'] ?? '',
  }));
}
