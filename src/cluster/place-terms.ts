/**
 * Place and product names, the usual anchor of one concrete problem ("丽景小区 + 断网", "5G套餐 + 降档"): a
 * word of at least three characters ending in a place or product suffix.
 */
const PLACE_OR_PRODUCT = /^.+(小区|花园|家园|苑|公寓|大厦|广场|新村|路|街道|大街|街|巷|村|镇|乡|区|县|市|套餐|卡|宽带)$/u;

/** True when `term` looks like a place or product name. */
export function isPlaceOrProduct(term: string): boolean {
  return term.length >= 3 && PLACE_OR_PRODUCT.test(term.replaceAll('+', ''));
}
