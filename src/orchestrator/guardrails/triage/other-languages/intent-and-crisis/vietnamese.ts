import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Vietnamese, with or without its marks (NICE NG225; NHS 111 mental health): a burden
 * ("gánh nặng") and better dead ("chết đi cho rồi"), a relative who said it, voices that order a killing. "Đói chết mất"
 * and "cười chết mất" are idioms of degree the Vietnamese lexicon reads first.
 */
export const VIETNAMESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [],
  phrases: [
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    ['(?:doi|doa|de doa|noi se|se|hua) giet (?:ca nha|het|moi nguoi|toi|vo|chong|me|bo|con)', 'says he will kill us'],
    [
      '(?:nhan tin|gui tin|de lai thu|viet thu|nhan|gui loi) (?:\\p{L}+ ){0,2}vinh biet(?![^]*(?:dam tang|tang le|qua doi|ong noi|ba noi|ong ngoai|ba ngoai))',
      'a goodbye message',
    ],
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
