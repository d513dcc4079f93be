import type { Random } from '../core/random.js';
import { COUNTRIES, HALLS, PLANS, VAS } from './complaint-catalogue.js';
import { intBetween, pick } from './random-pick.js';

/** Fills the `{slot}` placeholders of a phrase-bank template; `{place}` is the caller's compound name. */
export function fillTemplate(random: Random, template: string, place: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, slot: string) => {
    switch (slot) {
      case 'place':
        return place;
      case 'hall':
        return pick(random, HALLS);
      case 'amount':
        return String(intBetween(random, 20, 300));
      case 'small':
        return String(intBetween(random, 2, 30));
      case 'speed':
        return pick(random, ['100', '200', '300', '500', '1000']);
      case 'gb':
        return pick(random, ['5', '10', '20', '30']);
      case 'pkg':
        return pick(random, PLANS);
      case 'vas':
        return pick(random, VAS);
      case 'country':
        return pick(random, COUNTRIES);
      case 'date':
        return `${intBetween(random, 1, 28)}号`;
      default:
        return whole;
    }
  });
}
