/** Placeholders that replace personal data; segmentation drops them. */
export const PII_PLACEHOLDERS = {
  mobile: '<手机号>',
  landline: '<固话>',
  idCard: '<身份证号>',
  bankCard: '<银行卡号>',
  email: '<邮箱>',
  broadbandAccount: '<宽带账号>',
  number: '<号码>',
} as const;

/** Any placeholder written by {@link maskPii} (or a similar `<…>` tag), for the segmenter to skip. */
export const PLACEHOLDER = /<[^<>\s]{1,8}>/g;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// The account label stays so the sentence still says what was given; only the value goes.
const BROADBAND_ACCOUNT =
  /((?:宽带|上网|光纤|拨号|pppoe|PPPoE)(?:账号|帐号|账户|帐户|号码|号)\s*(?:是|为|:|=)?\s*)[A-Za-z0-9][A-Za-z0-9_.@-]{3,}/g;
// Numbers are fenced by "no digit" on either side only: a number touching a Latin letter (tel13812345678,
// 微信wx13812345678, QQ12345678901, an ID card glued to 号 after its X) is just as personal.
// Separators inside a number: blank, '-', '.', and the dashes U+2010-U+2015 (138.1234.5678, 138—1234—5678).
const SEP = '[ .\\-\\u2010-\\u2015]';
const ID_CARD = /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g;
const OLD_ID_CARD = /(?<!\d)[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g;
const BANK_CARD = new RegExp(`(?<!\\d)\\d{4}(?:${SEP}?\\d{4}){2}${SEP}?\\d{4,7}(?!\\d)`, 'g');
const MOBILE = new RegExp(`(?<!\\d)(?:(?:\\+|00)?86${SEP}?)?1[3-9]\\d(?:${SEP}?\\d{4}){2}(?!\\d)`, 'g');
const LANDLINE = new RegExp(`(?<!\\d)(?:\\(0\\d{2,3}\\)|0\\d{2,3})${SEP}?[2-9]\\d{6,7}(?:-\\d{1,5})?(?!\\d)`, 'g');
// Digits ASR writes out in Chinese (幺三八…): a phone number spoken aloud.
const SPOKEN_DIGITS = /[零〇一幺二两三四五六七八九]{7,}/g;
// Whatever long digit run is left (order numbers, foreign formats, numbers glued together) is treated as personal.
const LONG_DIGITS = new RegExp(`(?<!\\d)\\d(?:${SEP}?\\d){10,}(?!\\d)`, 'g');

/**
 * Replaces personal data by placeholders, keeping the sentence readable (`我的手机<手机号>一直没信号`):
 * e-mail, broadband account (label kept, value masked), 18/15-digit ID-card numbers (with X), 16-19 digit bank
 * cards (grouped or not), mobiles (with +86, blanks or dashes), landlines (区号-号码), numbers spoken digit by
 * digit, and any remaining run of 11+ digits. Run it on NFKC-normalized text, before anything is counted.
 */
export function maskPii(text: string): string {
  if (!mayHoldPii(text)) return text;
  return text
    .replace(EMAIL, PII_PLACEHOLDERS.email)
    .replace(BROADBAND_ACCOUNT, `$1${PII_PLACEHOLDERS.broadbandAccount}`)
    .replace(ID_CARD, PII_PLACEHOLDERS.idCard)
    .replace(BANK_CARD, (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 16 && digits <= 19 ? PII_PLACEHOLDERS.bankCard : m;
    })
    .replace(MOBILE, PII_PLACEHOLDERS.mobile)
    .replace(LANDLINE, PII_PLACEHOLDERS.landline)
    .replace(OLD_ID_CARD, PII_PLACEHOLDERS.idCard)
    .replace(SPOKEN_DIGITS, (m) =>
      m.length === 11 && /^[一幺]/.test(m) ? PII_PLACEHOLDERS.mobile : PII_PLACEHOLDERS.number,
    )
    .replace(LONG_DIGITS, PII_PLACEHOLDERS.number);
}

// A table rather than a Set: the scan looks up every character of every ticket.
const SPOKEN_DIGIT = new Uint8Array(0x10000);
for (const c of '零〇一幺二两三四五六七八九') SPOKEN_DIGIT[c.charCodeAt(0)] = 1;
const HAO = '号'.charCodeAt(0);
const HU = '户'.charCodeAt(0);
/** The separators {@link SEP} allows inside a number: blank, '.', '-', U+2010-U+2015. */
const isSeparator = (c: number): boolean => c === 0x20 || c === 0x2e || c === 0x2d || (c >= 0x2010 && c <= 0x2015);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const ACCOUNT_LABELS = ['宽带', '上网', '光纤', '拨号', 'pppoe', 'PPPoE'];

/**
 * False when none of the patterns of {@link maskPii} can match, decided in one scan: an e-mail needs an `@`;
 * every digit pattern a number of at least 7 ASCII digits, single separators allowed between digits (a landline's
 * number after its area code alone has 7); spoken digits a run of 7; a broadband account a label ending in 号 or 户,
 * an ASCII letter or digit, and one of the label's first words. Most tickets hold none, and the nine regex passes
 * cost ~4 µs per ticket. Counting digits per number rather than per text matters on reviews, where prices, dates
 * and room numbers add up to 7 digits in most longer texts.
 */
function mayHoldPii(text: string): boolean {
  let digits = 0;
  let spoken = 0;
  let label = false;
  let alnum = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      spoken = 0;
      if (isDigit(c)) {
        if (++digits >= 7) return true;
        alnum = true;
        continue;
      }
      // A number goes on across one separator between two digits.
      if (!(digits > 0 && isSeparator(c) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) digits = 0;
      if (c === 0x40) return true;
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) alnum = true;
      continue;
    }
    if (!isSeparator(c) || !(digits > 0 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) digits = 0;
    if (SPOKEN_DIGIT[c] === 1) {
      if (++spoken >= 7) return true;
      continue;
    }
    spoken = 0;
    if (c === HAO || c === HU) label = true;
  }
  return label && alnum && ACCOUNT_LABELS.some((l) => text.includes(l));
}
