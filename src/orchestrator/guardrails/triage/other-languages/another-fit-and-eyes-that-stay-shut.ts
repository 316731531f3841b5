import { toldAnywhere, toldNowhere, type LexiconPhrases } from './language-lexicon.js';

/**
 * Session 61 (T128): a second fit with no waking between, and eyes that stay shut, told in everyday Italian ("ha avuto
 * una crisi, poi un'altra senza svegliarsi in mezzo", "ora russa e non apre gli occhi"). NICE NG217: a second convulsion
 * without recovery of consciousness between is status epilepticus; Manchester Triage: a patient who does not open the
 * eyes to voice is unresponsive. The second fit is read only where a fit ("crisi", "convulsione", "attacco") is told in
 * the message and no crying, panic, anger or cough names the "crisi"; the eyes only where no eye illness, light, soap or
 * a newborn explains them ("non apre gli occhi per la congiuntivite"). Folded, as the lexicons are.
 */

/** A fit told anywhere, and no "crisi" of crying, panic, anger or cough. */
const BESIDE_A_FIT_ITALIAN = `${toldAnywhere('(?:convuls|crisi|attacc|epiless)')}${toldNowhere('(?:pianto|piangere|ansia|panico|rabbia|nervi|tosse|riso|asma|isteric)')}`;

/** Nothing that shuts the eyes but consciousness: an eye illness, light, soap, sleep or a newborn. */
const NOT_AN_EYE_CAUSE_ITALIAN = toldNowhere(
  '(?:congiuntiv|incollat|cispa|luce|sole|gonfi|lacrim|arross|sapone|shampoo|neonat|appena nat|dorme tranquill|sonno)',
);

export const ITALIAN_ANOTHER_FIT_AND_EYES_THAT_STAY_SHUT: LexiconPhrases = [
  [
    `un'? ?altra(?: crisi| convulsione)?,? (?:\\p{L}+ ){0,2}(?:senza|e non si e|non si e) (?:mai )?(?:svegliarsi|svegliat[oa]|riprendersi|ripres[oa]|riprendere conoscenza|rinvenire|rinvenut[oa]|aprire gli occhi)(?![\\p{L}])${BESIDE_A_FIT_ITALIAN}`,
    'another seizure without waking up in between',
  ],
  [
    `(?:(?:e )?non si e mai (?:ripres[oa]|svegliat[oa]|rinvenut[oa]) (?:tra|fra) (?:le due|i due|una e l'? ?altra))${BESIDE_A_FIT_ITALIAN}`,
    'did not wake up between the seizures',
  ],
  [`non apre (?:piu )?gli occhi(?![\\p{L}])${NOT_AN_EYE_CAUSE_ITALIAN}`, 'does not open his eyes'],
];

/**
 * Session 62 (T133): the eyes that stay shut told in Urdu ("اب آنکھیں نہیں کھول رہا"), read only after a fit, a fall, a
 * faint or beside a fever, and where no eye illness, light, soap or sleep explains them: a son asleep who does not open
 * his eyes is asleep.
 */
const AFTER_A_FIT_OR_A_FALL_URDU = toldAnywhere(
  '(?:دورہ|دورے|جھٹک|مرگی|بخار|گر گیا|گر گئی|گر گئے|گرا|گری|بےہوش|بیہوش|بے ہوش)',
);

const NOT_AN_EYE_CAUSE_URDU = toldNowhere('(?:سو رہا|سو رہی|سویا|سوئی|نیند|آشوب|روشنی|دھوپ|صابن|سوج|سوجی)');

export const URDU_EYES_THAT_STAY_SHUT: LexiconPhrases = [
  [
    `آنکھیں (?:بھی )?نہیں کھول (?:رہا|رہی|رہے|پا رہا|پا رہی|تا|تی)(?: ہے| ہیں| تھا| تھی)?${AFTER_A_FIT_OR_A_FALL_URDU}${NOT_AN_EYE_CAUSE_URDU}`,
    'does not open his eyes',
  ],
];
