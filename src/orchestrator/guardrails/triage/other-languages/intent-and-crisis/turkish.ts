import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/**
 * Suicidal intent and self-harm in Turkish typed without ş ğ ı ö ü (NICE NG225; NHS 111 mental health; ALO 182): the
 * wish in two words with no other marker ("ölmek istiyorum", "yaşamak istemiyorum", "intihar edeceğim"), and a
 * relative's wish told in the reported form ("kendini öldürmek istediğini söyledi").
 */
export const TURKISH_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'oldurecegini',
    'veda',
    'acmiyor',
    'ulasamiyorum',
    'olmek',
    'istiyorum',
    'istemiyorum',
    'yasamak',
    'intihar',
    'kendini',
    'oldurmek',
    'oldurecegim',
    'asacagim',
  ],
  phrases: [
    // Session 52 (T82): the wish denied ("kendimi öldürmek istemiyorum": I do not want to kill myself), read before the
    // wish's own phrases so the denial is not read as the wish; never where an act or a means is told after it ("... ama
    // ilaçların hepsini içtim": but I took all the pills, review V34 14:50), which is read as the wish was.
    [
      '(?:(?:kendimi|kendini) (?:oldurmek|asmak) (?:istemiyorum|istemiyor|istemem|istemedim|istemez)|(?:olmek|intihar etmek) istemiyorum)(?= ?(?:[,.;!?]|$| (?:ama|sadece|yalnizca)))(?![^]*(?:ictim|icti|icmis|yuttum|yuttu|yutmus|kestim|kesti|atla|astim|asti|ilac|hap|jilet|bicak|ip |ipi|zehir|veda))',
      'i do not want to die',
    ],
    // A threat to kill and the weapon it is told with (UK Mental Health Triage Scale A), read apart for the English rule.
    [
      '(?:hepimizi|bizi|annemi|babami|herkesi|karisini|kocasini|beni) (?:oldurecegini|oldurecek|oldururum|keserim|kesecegini)',
      'says he will kill us',
    ],
    [`(?:elinde )?bicak(?:la)?(?: tutuyor)?${toldAnywhere('(?:oldur|tehdit|kesecegim|keserim)')}`, 'holding a knife'],
    [
      `veda (?:mesaji|mesajı|mektubu|notu)${toldNowhere('emekli|ogretmen|is yeri|isyeri|mezun|tasin|dugun|tatil|veda partisi|veda yemegi')}`,
      'a goodbye message',
    ],
    ['telefon(?:u|unu)? (?:acmiyor|cevap vermiyor|kapali)|ulasamiyorum|ulasamiyoruz', 'his phone is off'],
    // Not wanting to live in a place is a move ("bu şehirde yaşamak istemiyorum, taşınmak istiyorum").
    ['\\p{L}+(?:de|da|te|ta) yasamak (?:istemiyorum|istemedigini|istemiyor)', 'would rather move house'],
    [
      'kendini (?:oldurmek|asmak|oldurecegini|asacagini|oldurmek istedigini|oldurecek|asacak)|(?:olmek|intihar etmek) (?:istedigini|istiyor)|intihar edecegini',
      'he says he wants to kill himself',
    ],
    ['yasamak (?:istemedigini|istemiyor)', 'he does not want to live'],
    ['intihar (?:edecegim|edicem|etmek istiyorum)', 'i want to kill myself'],
    ['(?:herkese|aileme|herkes icin) (?:yuk|bir yuk|yuk oluyorum)|(?:ben )?(?:bir )?yukum', 'i am a burden'],
    ['(?:ben )?olsem (?:daha iyi|herkes rahat eder)|olsem de kurtulsam', 'it would be better if i died'],
    [
      '(?:kollarini|kolunu|kollarimi|bacaklarini|kendini) (?:jiletle |bicakla )?(?:kesiyor|kesti|kesiyorum)',
      'she is cutting herself',
    ],
  ],
  words: {
    jilet: 'blade',
  },
};
