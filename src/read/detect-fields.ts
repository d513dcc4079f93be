import { InputError } from '../core/errors.js';
import type { FieldMap, PartialFieldMap, SingleFieldRole } from './field-map.js';

type Role = 'id' | 'text' | SingleFieldRole;

/** Header names each role is recognised by, best first (compared case-, space-, '_' and '-'-insensitively). */
export const KNOWN_HEADERS: Record<Role, readonly string[]> = {
  id: ['工单编号', '工单号', '投诉编号', '投诉单号', '留言编号', '来信编号', '信件编号', '诉求编号', '受理编号', '流水号', '单号', '编号', '序号', 'id', 'ticket_id', 'Complaint ID'],
  text: [
    '投诉内容', '问题描述', '工单内容', '受理内容', '通话内容', '录音文本', '内容', '描述',
    'desc', 'review', 'text', 'content', 'description', 'Consumer complaint narrative',
  ],
  title: ['留言主题', '工单标题', '投诉主题', '问题简述', '主题', '标题', 'subject', 'title', 'Issue'],
  entity: [
    '投诉对象', '被投诉对象', '被投诉方', '被投诉企业', '被投诉单位', '被投诉商家', '被投诉店铺', '涉诉企业', '商家名称', '企业名称', '商家',
    '店铺名称', '店铺', '店名', '门店名称', '门店', '商户名称', '商户', 'merchant', 'company', 'shop_name', 'shop', 'store_name', 'store', 'seller',
  ],
  time: ['受理时间', '投诉时间', '创建时间', '时间', '日期', 'datetime', 'Date received', 'date', 'time', 'created_at'],
  customer: ['客户号码', '用户号码', '手机号', '来电号码', '主叫号码', '客户编号', '客户ID', '用户ID', '用户标识', '客户标识', '用户编号', '留言用户', '来信人', '来电人', '投诉人', 'customer', 'customer_id'],
  region: ['地市', '区县', '县区', '所属地市', '区域', '地区', '归属地', 'region', 'city', 'State'],
  channel: ['渠道', '受理渠道', '来源', 'channel', 'Submitted via'],
  category: ['投诉类型', '业务类型', '分类', 'category', 'Product'],
};

/** Header fragments that mark a column as a role when no known name matches (e.g. `投诉内容详情`, `受理日期`). */
const FRAGMENTS: Partial<Record<Role, readonly string[]>> = {
  text: ['内容', '描述', '详情', 'content', 'narrative', 'description', 'text'],
  time: ['时间', '日期', 'date', 'time'],
};

/** Headers named in an error message at most; an export with 100,000 columns would make a megabyte-long line. */
const LISTED_HEADERS = 30;

/** Headers for an error message: the first {@link LISTED_HEADERS}, then how many more there are. */
export function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, LISTED_HEADERS).join(', ');
  return headers.length > LISTED_HEADERS ? `${shown}, … (${headers.length - LISTED_HEADERS} more)` : shown;
}

const ROLE_ORDER: readonly Role[] = ['id', 'text', 'title', 'entity', 'time', 'customer', 'region', 'channel', 'category'];

/** Header folded for matching: `Complaint ID`, `complaint_id` and `id_` match `complaintid` / `id`. */
const fold = (header: string): string => header.toLowerCase().replace(/[\s_\-]+/g, '');

/**
 * Picks the best column for a role: known names by priority, then fragments. Among candidates, columns with a
 * value in the sample win over empty ones (one real export has an empty `id` and the ids in `id_`).
 */
function pick(role: Role, headers: readonly string[], filled: Map<string, number>, used: Set<string>, hasSample: boolean): string | undefined {
  const candidates: Array<{ header: string; rank: number }> = [];
  const names = KNOWN_HEADERS[role].map(fold);
  const fragments = (FRAGMENTS[role] ?? []).map(fold);
  headers.forEach((header, column) => {
    if (used.has(header)) return;
    const f = fold(header);
    const exact = names.indexOf(f);
    if (exact >= 0) return void candidates.push({ header, rank: exact * 1000 + column });
    const frag = fragments.findIndex((x) => f.includes(x));
    if (frag >= 0) candidates.push({ header, rank: 1_000_000 + frag * 1000 + column });
  });
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.rank - b.rank);
  if (hasSample) {
    const withValues = candidates.find((c) => (filled.get(c.header) ?? 0) > 0);
    if (withValues) return withValues.header;
  }
  return candidates[0]?.header;
}

/**
 * Auto-detects the columns of an export from its headers (the usual Chinese and English names, see
 * {@link KNOWN_HEADERS}), preferring columns that hold values in `sampleRows`. Roles given in `fixed` are kept
 * and their columns are not reused. Throws {@link InputError} naming the headers when no text column is found.
 */
export function detectFields(
  headers: readonly string[],
  sampleRows: ReadonlyArray<Record<string, string>>,
  fixed: PartialFieldMap = {},
  file = 'input',
): FieldMap {
  const filled = new Map<string, number>();
  for (const values of sampleRows) {
    for (const [key, value] of Object.entries(values)) if (value !== '') filled.set(key, (filled.get(key) ?? 0) + 1);
  }
  const used = new Set<string>([...(fixed.text ?? []), ...ROLE_ORDER.flatMap((r) => (r === 'text' ? [] : [fixed[r]]).filter((c): c is string => c !== undefined))]);
  const map: PartialFieldMap = { ...fixed };
  for (const role of ROLE_ORDER) {
    if (role === 'text') {
      if (map.text !== undefined) continue;
      const column = pick('text', headers, filled, used, sampleRows.length > 0);
      if (column === undefined) {
        throw new InputError(file, `expected a text column (e.g. 投诉内容, 问题描述, content, text), got headers: ${listHeaders(headers)}; map it with --fields text=COL`);
      }
      map.text = [column];
      used.add(column);
    } else if (map[role] === undefined) {
      const column = pick(role, headers, filled, used, sampleRows.length > 0);
      if (column !== undefined) {
        map[role] = column;
        used.add(column);
      }
    }
  }
  return map as FieldMap;
}
