import type { Lang } from '../core/ticket.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/**
 * Language of a text: `zh` when Han characters make up at least a fifth of the letters, a Han character
 * counting as much as four Latin letters (one English word); otherwise `en`. Empty text is `zh`.
 */
export function detectLang(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (han === 0 && latin > 0) return 'en';
  return han * 4 >= (han * 4 + latin) * 0.2 ? 'zh' : 'en';
}
