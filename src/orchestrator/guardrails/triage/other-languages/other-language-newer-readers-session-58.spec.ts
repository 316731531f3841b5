import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 58 (T110): readers for the languages none read before (Greek, Thai, Nepali beside Hindi in Devanagari), each
 * the 13 categories' commonest discriminators with its negation and its "if", and Japanese brothers and sisters. Written from the protocols (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG232 / NG225), never from a
 * labelled set, as people type them (no accents, capitals, mixed). Look-alikes share their words but are denied, asked,
 * past, mild or idioms. Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Greek: not breathing, unconscious, chest pain, a bleed that will not stop, a face fallen with no speech, a fit, a throat swollen after a sting, pills, wanting to die, a febrile infant, meningism; and denied, asked "if", past, mild, dying of hunger',
    emergencies: [
      ['el', 'ο γιος μου πηρε ολα τα χαπια της γιαγιας του'],
      ['el', 'θελω να πεθανω δεν αντεχω αλλο'],
      ['el', 'η κορη μου εχει πυρετο και δυσκαμψια στον αυχενα και εξανθημα'],
      ['el', 'το μωρο μου 3 εβδομαδων εχει πυρετο'],
      ['el', 'τον τσιμπησε μελισσα και πρηστηκε ο λαιμος του'],
      ['el', 'ο παππους μου ξαφνικα στραβωσε το στομα και δεν μπορει να μιλησει'],
      ['el', 'αιμορραγει πολυ και δεν σταματαει'],
      ['el', 'ο αντρας μου εχει σπασμους'],
      ['el', 'έχω πόνο στο στήθος που πάει στο χέρι'],
      ['el', 'Ο ΠΑΤΕΡΑΣ ΜΟΥ ΔΕΝ ΑΝΑΠΝΕΕΙ'],
      ['el', 'η γιαγιά μου έπεσε αναίσθητη'],
    ],
    lookAlikes: [
      ['el', 'δεν εχει πονο στο στηθος'],
      ['el', 'αν δεν μπορει να αναπνευσει τι κανω'],
      ['el', 'περσι ειχε σπασμους τωρα ειναι καλα'],
      ['el', 'ο γιος μου εχει λιγο πυρετο αλλα παιζει'],
      ['el', 'πονάει λίγο ο λαιμός μου'],
      ['el', 'ματωσε λιγο η μυτη του και σταματησε'],
      ['el', 'ο γιος μου λέει ότι θα πεθάνει από την πείνα αν δεν φάμε τώρα'],
    ],
  },
  {
    kind: 'Thai: an infant febrile and not feeding, chest pain with sweat, a face fallen with slurred speech, a sting then a swollen throat or face, suicide, a strip of pills, a bleed or a fit that will not stop; and denied, asked "if", past, slow, the toilet flush, heartache, a cough\'s pain, no fever',
    emergencies: [
      ['th', 'ลูกอายุ 2 เดือน มีไข้สูง ไม่กินนม'],
      ['th', 'แม่เจ็บหน้าอกมาก เหงื่อออก'],
      ['th', 'พ่อปากเบี้ยว พูดไม่ชัด แขนขวาอ่อนแรง'],
      ['th', 'ผึ้งต่อยแล้วคอบวม หายใจไม่ออก'],
      ['th', 'ฉันอยากฆ่าตัวตาย'],
      ['th', 'ลูกกินยาทั้งแผง'],
      ['th', 'เลือดออกไม่หยุด'],
      ['th', 'ผึ้งต่อย หน้าบวม'],
      ['th', 'ลูกชักไม่หยุด'],
      ['th', 'แม่หายใจไม่ออก ทำยังไงดี'],
    ],
    lookAlikes: [
      ['th', 'ไม่เจ็บหน้าอก แค่ไอ'],
      ['th', 'ถ้าหายใจไม่ออกต้องทำยังไง'],
      ['th', 'ลูกเป็นไข้นิดหน่อยแต่ยังเล่นได้'],
      ['th', 'ปีที่แล้วพ่อเคยชัก ตอนนี้หายแล้ว'],
      ['th', 'ชักช้าจัง รอหมอนานมาก'],
      ['th', 'ไม่มีไข้ ไม่มีผื่น'],
      ['th', 'ถ้าลูกชักต้องทำอย่างไร'],
      ['th', 'ชักโครกที่บ้านเสีย ลูกเลยไม่ยอมเข้าห้องน้ำ'],
      ['th', 'แฟนทิ้ง เจ็บอกเจ็บใจมาก'],
      ['th', 'ได้ยินข่าวแล้วจุกอกไปหมด'],
      ['th', 'ปวดอกเวลาไอ เป็นหวัดมาสามวัน'],
    ],
  },
  {
    kind: 'Nepali: chest pain with sweat, a face fallen with no speech, poison, a bleed that will not stop, wanting to die, unconscious, an infant in Devanagari digits; and denied, asked "if", past, a mild fever, the heat idiom, the doctor said',
    emergencies: [
      ['ne', 'बुबाको छाती दुखिरहेको छ पसिना आयो'],
      ['ne', 'आमाको मुख बाङ्गो भयो बोल्न सक्दैन'],
      ['ne', 'छोराले विष खायो'],
      ['ne', 'धेरै रगत बगिरहेको छ रोकिएन'],
      ['ne', 'मलाई मर्न मन छ'],
      ['ne', 'मेरो २ हप्ताको बच्चालाई ज्वरो आयो'],
      ['ne', 'बुबा बेहोस हुनुभयो बोलाउँदा पनि उठ्दैन'],
    ],
    lookAlikes: [
      ['ne', 'छाती दुखेको छैन'],
      ['ne', 'सास फेर्न गाह्रो भयो भने के गर्ने'],
      ['ne', 'गत वर्ष छारे रोग लागेको थियो अहिले ठिक छ'],
      ['ne', 'बच्चालाई हल्का ज्वरो छ तर खेलिरहेको छ'],
      ['ne', 'यो गर्मीले त मर्न मन लाग्यो, हाहा'],
      ['ne', 'डाक्टरले भने अहिले ठिक छ'],
      ['ne', 'ज्वरो छैन'],
    ],
  },
  {
    kind: 'Japanese: a brother or sister (兄, 姉, 弟, 妹) as the person a finding is told of; and their past fit, a nosebleed that stopped, no fever',
    emergencies: [
      ['ja', '兄が死にたいと言って薬を全部飲んだ'],
      ['ja', '姉が急に意識がない'],
      ['ja', '弟が息ができない'],
    ],
    lookAlikes: [
      ['ja', '兄は去年けいれんがあったが今は元気です'],
      ['ja', '兄弟げんかで兄が少し鼻血を出したけどすぐ止まった'],
      ['ja', '妹は熱がありません'],
    ],
  },
];

describeKindsFlaggedByProduct('other languages, session 58: the newer readers', KINDS);

describe('other-language detection, session 58: the scripts read since', () => {
  it.each([
    ['Greek', 'ο πατέρας μου δεν αναπνέει'],
    ['Thai', 'พ่อหายใจไม่ออก'],
  ])('%s: %s', (language, text) => {
    expect(otherLanguageReading(text)?.languages).toEqual([language]);
  });

  it('reads Nepali after Hindi in their shared script', () => {
    expect(otherLanguageReading('आमा बेहोस हुनुभयो')?.languages).toEqual(['Hindi', 'Nepali']);
  });
});
