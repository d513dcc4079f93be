import { isPlaceOrProduct } from '../cluster/place-terms.js';

const PRODUCT_SUFFIX = /(套餐|卡|宽带)$/u;

/**
 * True when `term` names a place (丽景小区, 解放路, 金色家园), not a product (千兆宽带, 电视卡): a product term is in
 * every region's generic complaints, a place term pins a problem to one spot. A phrase `金色+家园` counts as its
 * joined words.
 */
export function isPlaceName(term: string): boolean {
  return isPlaceOrProduct(term) && !PRODUCT_SUFFIX.test(term.replaceAll('+', ''));
}
