import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Vietnamese, with or without its marks (NICE NG225; NHS 111 mental health): a burden
 * ("gánh nặng") and better dead ("chết đi cho rồi"), a relative who said it, voices that order a killing. "Đói chết mất"
 * and "cười chết mất" are idioms of degree the Vietnamese lexicon reads first.
 */
export const VIETNAMESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    ['(?:la|thanh|chi la) (?:mot )?ganh nang (?:cho|cua) (?:moi nguoi|gia dinh|ca nha|bo me|tat ca)', 'i am a burden'],
    [
      '(?:chet di cho (?:roi|xong|xong chuyen)|chet cho (?:roi|xong)|minh chet (?:di )?thi (?:tot hon|hon))',
      'it would be better if i died',
    ],
    ['(?:noi|bao|nhan tin) (?:la )?(?:muon chet|muon tu tu|se tu tu|khong muon song)', 'he says he wants to die'],
    [
      '(?:nghe|nghe thay) (?:tieng|giong) (?:noi )?(?:bao|ra lenh|keu)(?: \\p{L}+){0,2} (?:giet|chet|nhay)',
      'hears voices telling him to kill',
    ],
    ['(?:cam|cam theo|cam dao|vac) (?:dao|con dao|rieu|dao phay)', 'holding a knife'],
  ],
  words: {},
};
