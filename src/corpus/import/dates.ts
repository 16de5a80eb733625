// Dates as maslikhat decisions print them: "2022 жылғы 29 наурыздағы", "29 марта 2022 года", "11.09.2025".
import { isCalendarDate } from '../schema.js';

// Month stems (kk, then ru), in calendar order.
const MONTHS: [RegExp, number][] = [
  [/^(қаңтар|январ)/i, 1], [/^(ақпан|феврал)/i, 2], [/^(наурыз|март)/i, 3], [/^(сәуір|апрел)/i, 4],
  [/^(мамыр|ма[йя])/i, 5], [/^(маусым|июн)/i, 6], [/^(шілде|июл)/i, 7], [/^(тамыз|август)/i, 8],
  [/^(қыркүйек|сентябр)/i, 9], [/^(қазан|октябр)/i, 10], [/^(қараша|ноябр)/i, 11], [/^(желтоқсан|декабр)/i, 12],
];

export function monthOf(word: string): number | undefined {
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

export function isoOf(y: number, m: number, d: number): string | undefined {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** "2022 жылғы 29 наурыздағы" or "29 марта 2022 года" at the start of `s`. */
export const KK_DATE = /(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)/u;
export const RU_DATE = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s+года/u;
export const DOTTED_DATE = /(\d{2})\.(\d{2})\.(\d{4})/;

export function kkDate(m: RegExpMatchArray): string | undefined {
  const month = monthOf(m[3]!);
  return month ? isoOf(Number(m[1]), month, Number(m[2])) : undefined;
}

export function ruDate(m: RegExpMatchArray): string | undefined {
  const month = monthOf(m[2]!);
  return month ? isoOf(Number(m[3]), month, Number(m[1])) : undefined;
}

export function dottedDate(m: RegExpMatchArray): string | undefined {
  return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
