/** Tokens of a small two-topic corpus: broadband faults and billing disputes, a few tickets each. */
export const twoTopics: string[][] = [
  ['宽带', '断网', '网速', '慢'],
  ['宽带', '掉线', '网速', '路由器'],
  ['宽带', '断网', '掉线', '维修'],
  ['网速', '慢', '宽带', '路由器'],
  ['掉线', '断网', '宽带', '维修'],
  ['话费', '扣费', '套餐', '退费'],
  ['扣费', '话费', '不明', '退费'],
  ['套餐', '扣费', '话费', '账单'],
  ['账单', '扣费', '退费', '不明'],
  ['话费', '账单', '套餐', '退费'],
];

/** A planted issue (one place + one fault, five customers) among unrelated tickets. */
export function plantedIssue(): Array<{ tokens: string[]; customerHash: string; time: number; id: string }> {
  const day = Date.UTC(2026, 10, 21, 2);
  const issue = [
    ['丽景小区', '宽带', '断网', '每晚'],
    ['丽景小区', '宽带', '断网', '晚上'],
    ['丽景小区', '断网', '宽带', '投诉'],
    ['丽景小区', '宽带', '每晚', '断网', '维修'],
    ['丽景小区', '宽带', '断网'],
  ].map((tokens, i) => ({ tokens, customerHash: `c${i}`, time: day + i * 3_600_000, id: `issue-${i}` }));
  const noise = [
    ['话费', '扣费', '不明'],
    ['营业厅', '态度', '差'],
    ['5G套餐', '降档', '拒绝'],
    ['信号', '弱', '地下室'],
    ['流量', '超出', '提醒'],
    ['宽带', '安装', '预约'],
    ['国际', '漫游', '开通'],
    ['积分', '兑换', '失败'],
  ].map((tokens, i) => ({ tokens, customerHash: `n${i}`, time: day + i * 3_600_000, id: `noise-${i}` }));
  return [...issue, ...noise];
}
