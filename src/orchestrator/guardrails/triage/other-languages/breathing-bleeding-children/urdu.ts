import type { FindingsReading } from './findings-reading.js';

/**
 * Urdu: the glass test of a rash told in parts (NICE NG143): red spots that do not go when pressed with a glass ("گلاس سے
 * دبانے پر ختم نہیں ہوتے").
 */
export const URDU_FINDINGS: FindingsReading = {
  ownWords: [],
  phrases: [
    [
      '(?:گلاس|شیشے کے گلاس|کپ) سے (?:دبانے|دبا نے|دبائیں|دباؤ) (?:پر|سے)(?: بھی)? (?:ختم|غائب|ہلکے|ہلکا) (?:نہیں|نہ) (?:ہوتے|ہوتا|ہوتی|ہو رہے|ہوئے)',
      'that do not fade when pressed with a glass',
    ],
    ['(?:لال|سرخ) (?:دانے|دھبے|نشان)', 'red spots'],
  ],
  words: {},
};
