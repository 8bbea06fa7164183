/**
 * One key per person across the ways a name is written. Vietnamese names
 * reach a corpus with the tone mark on either vowel (`Thuỷ`/`Thủy`,
 * `Hoà`/`Hòa`), with `y` or `i` after a consonant (`Lý`/`Lí`, `Kỳ`/`Kì`),
 * with `Ð` (U+00D0) for `Đ`, in NFC or NFD and in any case — all the same
 * person. Different letters stay apart (`Hùng` is not `Hưng`).
 */
import { foldKey } from '../article/normalize.js';

// a syllable-final y after a consonant reads as i: "Lý" = "Lí"; "Quý", "Duy", "Tây" keep theirs
const FINAL_Y = /(?<=[bcdđghklmnprstvx])[yýỳỷỹỵ](?![\p{L}\p{M}])/gu;
const Y_AS_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

export function personKey(name: string): string {
  return foldKey(name.replace(/[Ðð]/g, (c) => (c === 'Ð' ? 'Đ' : 'đ')))
    .replace(/[-‐–.]+/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(FINAL_Y, (c) => Y_AS_I[c] ?? c);
}

