import { parseTerbilang, terbilang } from '../model/terbilang.js';
import { forEachText } from './lib/data.js';
import type { ServiceRule } from './types.js';

/**
 * Digits followed by words in brackets: "14 (empat belas)", "Rp 50.000,00 (lima puluh ribu
 * rupiah)". The digits must not continue a longer token ("25/2009", "1.2.3") and a decimal part
 * other than zero is left alone.
 */
const PAIR = /(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:,-)?\s*\(([^()]{2,120})\)/g;
/**
 * What every pair holds, a digit before a bracket, found fast (PAIR's lookbehind is tried at every
 * position): most texts have none, and are passed over before matchAll copies its regex.
 */
const DIGIT_BRACKET = /\d(?:,\d+)?(?:,-)?\s*\(/;
/** Words after the number that make it something other than a whole number. */
const FRACTION = /^(koma|setengah|per|perseratus|persepuluh)\b/i;

/** "14 (lima belas) hari kerja" leaves the reader to guess which half is the promise. */
export const angkaDanHuruf: ServiceRule = {
  id: 'angka-dan-huruf',
  scope: 'service',
  severity: 'error',
  description: {
    id: 'Angka dan tulisan hurufnya harus sama: "14 (empat belas) hari kerja", "Rp50.000,00 (lima puluh ribu rupiah)".',
    en: 'Digits and the words that spell them must agree: "14 (empat belas) hari kerja", "Rp50.000,00 (lima puluh ribu rupiah)".',
  },
  messages: {
    mismatch: {
      message: {
        id: '"{kutipan}": angkanya {angka}, tetapi hurufnya berarti {nilaiHuruf}.',
        en: '"{kutipan}": the digits say {angka} but the words say {nilaiHuruf}.',
      },
      hint: {
        id: 'Bila angkanya benar, tulis "{angka} ({benar})"; bila hurufnya yang benar, ubah angkanya menjadi {nilaiHuruf}.',
        en: 'If the digits are right, write "{angka} ({benar})"; if the words are right, change the digits to {nilaiHuruf}.',
      },
    },
  },
  check(service, _ctx, report) {
    forEachText(service.data, (text, pointer) => {
      if (!text.includes('(') || !DIGIT_BRACKET.test(text)) return;
      for (const m of text.matchAll(PAIR)) {
        const [whole, digits, decimals, inside] = m as unknown as [string, string, string | undefined, string];
        if (decimals && /[1-9]/.test(decimals)) continue;
        const words = parseTerbilang(inside);
        if (!words) continue;
        if (FRACTION.test(words.rest)) continue;
        const value = Number(digits.replace(/\./g, ''));
        if (!Number.isSafeInteger(value) || value === words.value) continue;
        report({
          pointer: pointer(),
          message: 'mismatch',
          params: { kutipan: whole, angka: digits, nilaiHuruf: words.value.toLocaleString('id-ID'), benar: value < 1e15 ? [terbilang(value), words.rest].filter(Boolean).join(' ') : inside },
        });
      }
    });
  },
};
