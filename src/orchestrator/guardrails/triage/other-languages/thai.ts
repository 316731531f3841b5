import { THAI_INFANT_WEEKS_TOLD_WITH_THE_CHILD } from './infant-weeks-told-with-the-child.js';
import type { LanguageLexicon } from './language-lexicon.js';

/**
 * Session 58 (T110): Thai, which writes no spaces between its words, so its phrases are read anywhere, as Chinese and
 * Japanese are. The 13 categories' commonest discriminators (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG232 /
 * NG225). Its negation "ไม่" comes before the verb: a phrase reads the negated finding first ("หายใจไม่ออก": cannot
 * breathe, "ไม่รู้สึกตัว": unconscious), then "ไม่มี" (there is no) and "ไม่" are read as "no" and "not" before what they
 * deny; "ถ้า" (if) and "เมื่อปีที่แล้ว" (last year) as English reads them. A phrase listed first wins where two begin at
 * one place, so each negated finding is listed before the negation alone.
 */
const THAI_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // The chest by its full name, or tight: "เจ็บอก" and "จุกอก" are also a heart's hurt ("เจ็บอกเจ็บใจ": bitter).
  ['(?:เจ็บ|ปวด|แน่น)(?:แน่น)?(?:ที่)?หน้าอก|แน่นอก', 'chest pain'],
  ['หัวใจวาย|กล้ามเนื้อหัวใจตาย', 'heart attack'],
  ['หายใจไม่ออก|หายใจไม่ได้|ไม่หายใจ|หยุดหายใจ|หายใจไม่ทัน|หายใจติดขัด', 'cannot breathe'],
  ['หายใจลำบาก|หอบเหนื่อย|หายใจหอบ|เหนื่อยหอบ', 'shortness of breath'],
  ['(?:ริม)?ปากเขียว|ปากม่วง|ตัวเขียว', 'blue lips'],
  ['หมดสติ|ไม่รู้สึกตัว|ไม่ได้สติ|ไม่มีสติ|ไม่ตอบสนอง|(?:ปลุก|เรียก)(?:ยังไง)?(?:ก็)?ไม่ตื่น|ไม่ตื่น', 'unconscious and is not responding'],
  ['เป็นลม(?:ล้ม)?|ล้มฟุบ|ล้มลง(?:ไป)?(?:กับพื้น)?|ฟุบไป', 'collapsed'],
  ['เลือด(?:ออก|ไหล)(?:มาก|เยอะ|ไม่หยุด|ไม่ยอมหยุด)|เลือดไม่หยุด|ห้ามเลือดไม่อยู่|ตกเลือด', 'bleeding heavily and it will not stop'],
  ['เลือดออก|เลือดไหล', 'bleeding'],
  ['(?:ปาก|หน้า|มุมปาก)เบี้ยว|หน้าตก|มุมปากตก', 'face drooping'],
  ['พูดไม่ชัด|พูดไม่ได้|พูดไม่รู้เรื่อง|ลิ้นแข็ง|ลิ้นคับปาก|พูดไม่ออก', 'cannot speak and slurred speech'],
  [
    '(?:แขน|ขา|แขนขา)(?:ข้างหนึ่ง|ซีกหนึ่ง|ข้างเดียว)?(?:อ่อนแรง|ชา|ไม่มีแรง|ยกไม่ขึ้น)|(?:อ่อนแรง|ชา)ครึ่งซีก|ยกแขนไม่ขึ้น',
    'suddenly weak arm',
  ],
  ['อัมพฤกษ์|อัมพาต|เส้นเลือดในสมอง(?:แตก|ตีบ|อุดตัน)|โรคหลอดเลือดสมอง', 'stroke'],
  ['(?:คอ|ลิ้น|ปาก|ริมฝีปาก|หน้า)บวม|บวมที่(?:คอ|ลิ้น|ปาก)', 'throat swelling'],
  ['แพ้(?:อย่าง)?รุนแรง|ช็อกจากการแพ้', 'anaphylaxis'],
  ['(?:ผึ้ง|แตน|ต่อ)ต่อย', 'stung by bees'],
  ['(?:กำลัง)?ชัก(?:ไม่หยุด|เกร็ง|กระตุก|ตาค้าง|ตาเหลือก)|กำลังชัก', 'he is having a seizure'],
  ['ชัก(?!ช้า|จะ|ชวน|นำ|ว่าว|เย่อ|ใย|ธง|ไม่อยาก|โครก)|ลมบ้าหมู|ลมชัก', 'seizure'],
  ['(?:อยาก|จะ|คิด(?:จะ)?)ฆ่าตัวตาย|ไม่อยากมีชีวิตอยู่|ไม่อยากอยู่แล้ว|จะจบชีวิต(?:ตัวเอง)?|อยากตาย(?!ไปเลย)', 'i want to kill myself'],
  ['ทำร้ายตัวเอง|กรีดข้อมือ|กรีดแขน', 'cut himself on purpose'],
  ['ฆ่าตัวตาย', 'suicide'],
  [
    'กินยา(?:เกินขนาด|ทั้งแผง|ทั้งขวด|หมดแผง|หมดขวด|ไปหลายเม็ด|นอนหลับ(?:ไป)?(?:หลาย|ทั้ง|เยอะ))|ยาเกินขนาด',
    'took an overdose of pills',
  ],
  ['(?:กิน|ดื่ม)(?:ยาฆ่าแมลง|ยาฆ่าหญ้า|ยาเบื่อหนู|น้ำยาฟอกขาว|น้ำยาล้างห้องน้ำ|ยาพิษ)', 'drank bleach'],
  ['(?:หัว|ศีรษะ)(?:ฟาด|กระแทก|แตก|โดน)', 'hit his head'],
  ['อาเจียน|อ้วก', 'vomiting'],
  ['สับสน|จำใครไม่ได้', 'confused'],
  ['ไข้สูง|ตัวร้อนจัด', 'high fever'],
  ['(?:เป็น|มี)?ไข้|ตัวร้อน', 'fever'],
  ['คอแข็ง|คอตึง(?:ก้มไม่ได้)?', 'stiff neck'],
  ['ผื่น(?:แดง|ม่วง|จ้ำ)?|จ้ำเลือด', 'rash'],
  ['อายุ ?\\d+ ?(?:สัปดาห์|อาทิตย์)', '# weeks old'],
  ['อายุ ?\\d+ ?วัน', '# days old'],
  ['อายุ ?\\d+ ?เดือน', '# months old'],
  ['ไม่(?:ยอม)?(?:กินนม|ดูดนม)', 'not feeding'],
  ['ตัวอ่อนปวกเปียก|ปวกเปียก', 'floppy'],
  ['ทารก|เด็กแรกเกิด|ลูกอ่อน', 'baby'],
  ['ตั้งครรภ์|ตั้งท้อง|ท้อง ?\\d+ ?เดือน', 'pregnant'],
  ['(?:ถูก|โดน)?(?:น้ำร้อน|ไฟ)ลวก|ไฟไหม้ตัว', 'scalded by boiling water'],
];

/** Persons, negations, and what keeps a finding hypothetical, past or settled. */
const THAI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // As the English rules read a question asked about a finding that may come.
  ['ถ้า(?:เกิด)?|หาก|สมมติว่า', 'what do i do if'],
  ['(?:เมื่อ)?ปี(?:ที่แล้ว|ก่อน)|(?:หลาย|\\d+) ?ปี(?:ที่แล้ว|ก่อน)|ตอนเด็กๆ?', 'last year'],
  ['(?:ตอนนี้)?(?:หายแล้ว|ดีขึ้นแล้ว|หยุดแล้ว|ปกติแล้ว)', 'is fine now'],
  ['(?:ต้อง|ควร)?ทำ(?:ยังไง|อย่างไร)(?:ดี)?', 'what should i do'],
  ['เมื่อวาน(?:นี้)?', 'yesterday'],
  ['ไม่มี', 'no'],
  ['ไม่', 'not'],
  ['(?:กะทันหัน|ทันที|จู่ๆ|อยู่ๆ|ฉับพลัน)', 'suddenly'],
  ['คุณพ่อ|พ่อ', 'my father'],
  ['คุณแม่|แม่(?!น้ำ|ครัว|บ้าน|เหล็ก)', 'my mother'],
  ['ลูกสาว', 'my daughter'],
  ['ลูก(?:ชาย)?(?!บอล|ค้า|ชิ้น|อม|หนี้|น้อง|จ้าง)', 'my child'],
  ['สามี|แฟน', 'my husband'],
  ['ภรรยา|เมีย', 'my wife'],
  ['พี่ชาย|น้องชาย', 'my brother'],
  ['พี่สาว|น้องสาว', 'my sister'],
  ['คุณยาย|คุณย่า', 'my grandmother'],
  ['คุณตา|คุณปู่', 'my grandfather'],
  ['และ', 'and'],
  ['แต่', 'but'],
  ['ตอนนี้', 'now'],
];

export const THAI: LanguageLexicon = {
  language: 'Thai',
  script: 'thai',
  phrases: [...THAI_INFANT_WEEKS_TOLD_WITH_THE_CHILD, ...THAI_RED_FLAGS, ...THAI_MODIFIERS],
};
