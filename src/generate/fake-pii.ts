import type { Random } from '../core/random.js';
import type { PiiKind } from './ground-truth.js';
import { intBetween, pick } from './random-pick.js';

const PHONE_PREFIXES = ['130', '131', '132', '155', '156', '166', '175', '176', '185', '186', '138', '139', '158', '187'];
const AREA_CODES = ['370102', '370203', '370811', '370602', '370702', '371302'];
const MAIL_NAMES = ['zhangwei', 'liuyang', 'wangfang', 'lixia', 'chenjing', 'zhaolei', 'sunli', 'zhouqiang'];
const MAIL_DOMAINS = ['163.com', 'qq.com', '126.com', 'sina.com', 'gmail.com'];

const digits = (random: Random, count: number): string => {
  let s = '';
  for (let i = 0; i < count; i++) s += String(random.int(10));
  return s;
};

/** A mainland mobile number (11 digits). */
export function fakePhone(random: Random): string {
  return pick(random, PHONE_PREFIXES) + digits(random, 8);
}

/** An 18-digit resident ID number with a valid GB 11643 check digit, so detectors that verify it still match. */
export function fakeIdCard(random: Random): string {
  const birth = `${intBetween(random, 1955, 2004)}${String(intBetween(random, 1, 12)).padStart(2, '0')}${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
  const body = pick(random, AREA_CODES) + birth + digits(random, 3);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  return body + ('10X98765432'[sum % 11] ?? '0');
}

/** A 16- or 19-digit UnionPay-style card number with a valid Luhn digit. */
export function fakeBankCard(random: Random): string {
  const length = random.next() < 0.5 ? 16 : 19;
  const body = pick(random, ['622202', '621700', '622848', '623668']) + digits(random, length - 7);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** An e-mail address. */
export function fakeEmail(random: Random): string {
  return `${pick(random, MAIL_NAMES)}${intBetween(random, 1, 999)}@${pick(random, MAIL_DOMAINS)}`;
}

/** A clause that carries one piece of personal data, as customers dictate it. */
export function piiClause(random: Random, kind: PiiKind): string {
  switch (kind) {
    case 'phone':
      return pick(random, ['联系电话', '回电请打', '我的另一个号码是']) + fakePhone(random);
    case 'idCard':
      return pick(random, ['我的身份证号是', '机主身份证', '身份证号码']) + fakeIdCard(random);
    case 'bankCard':
      return pick(random, ['扣款的银行卡号是', '绑定的银行卡']) + fakeBankCard(random);
    case 'email':
      return pick(random, ['结果发到我邮箱', '邮箱是', '请发邮件到']) + fakeEmail(random);
  }
}
