import { PET_ANIMAL } from '../pet-animals.js';

/**
 * What a model answer must not say to a patient. Patterns run on `normalizeText` output (lower
 * case, contractions spelled out), so "don't" is "do not" here.
 *
 * `replace` rules mark an answer that could hurt someone if followed - a definitive diagnosis,
 * advice to stop or change medicines, advice not to seek care, the amount of something that kills -
 * and the whole answer is withheld. `annotate` rules mark hedged diagnostic language, which stays but gains a note.
 */
export type SafetyRuleId =
  | 'definitive_diagnosis'
  | 'stop_medication'
  | 'dosage_change'
  | 'discourage_care'
  | 'lethal_quantity'
  | 'diagnostic_language';

export interface AnswerSafetyRule {
  readonly id: SafetyRuleId;
  readonly action: 'replace' | 'annotate';
  readonly patterns: readonly RegExp[];
  /**
   * Read only on a turn that asked for a lethal amount or a means of dying (`lethal-means-question.ts`). On other turns
   * an amount told with its danger is poisoning-prevention and medicine-safety advice ("even 2 iron tablets can be
   * deadly for a toddler", "2 tramadol with alcohol can be fatal") that the patient needs (review CR2, F2); and since
   * only those turns hold the model's draft back from the stream, a replacement elsewhere would come after the
   * patient had read the draft (F1).
   */
  readonly onlyOnLethalMeansTurns?: true;
}

const r = String.raw;

/**
 * Where an instruction starts: a sentence or clause opening, or a lead-in that makes what
 * follows advice ("you can", "I recommend", "it is safe to"). Requiring it keeps "do not stop
 * taking your medication" and "your doctor may increase your dose" out of the rules.
 */
const DIRECTIVE = r`(?:^|[.!?;:,]\s*|\b(?:you\s+(?:should|can|could|may|must|need\s+to|ought\s+to|just|might\s+want\s+to|will\s+want\s+to)|just|simply|go\s+ahead\s+and|feel\s+free\s+to|i\s+(?:would\s+)?(?:recommend|suggest|advise)(?:\s+that)?(?:\s+you)?|try\s+to|it\s+is\s+(?:safe|fine|ok|okay|best)\s+to|and|then|so|now|instead|please)\s+)(?:(?:safely|simply|just|now|also|then|immediately|gradually)\s+)?`;

const MEDICINES = r`(?:medications?|medicines?|meds|pills|tablets|prescriptions?|insulin|treatment|antidepressants?|blood\s+thinners?|inhalers?|doses?|dosage)`;
const CLINICIANS = r`(?:doctor|physician|gp|clinician|specialist|healthcare|health\s+care|hospital|er|emergency|a\s+and\s+e|nurse|medical|professional|pharmacist|urgent\s+care|clinic)`;

/** Serious conditions a patient must never learn of from a chatbot's flat statement. */
const GRAVE_CONDITIONS = r`(?:cancer|tumou?r|leuk(?:a)?emia|lymphoma|melanoma|carcinoma|sarcoma|hiv|aids|als|multiple\s+sclerosis|parkinson'?s(?:\s+disease)?|alzheimer'?s(?:\s+disease)?|dementia|heart\s+failure|cirrhosis|sepsis|meningitis|appendicitis|an?\s+(?:stroke|heart\s+attack|brain\s+bleed|blood\s+clot|aneurysm))`;

/**
 * "you have cancer" said as a finding, not restated from the record ("your records show you
 * have ..."), asked ("do you have ..."), or supposed ("if you have ...").
 */
const NOT_A_FINDING = r`(?<!\b(?:if|whether|unless|when|once|do|did|because|since|as|in\s+case|that|show|shows|showed|indicate|indicates|note|notes|list|lists|mention|mentions|say|says|state|states|confirm|confirms)\s)`;

const GENUINE_CERTAINTY_EXCEPTIONS = r`(?!not\b|worth\b|important\b|a\s+good\b|good\b|reasonable\b|possible\b|something\b|a\s+question\b|best\b|advisable\b|recommended\b|safe\s+to\b|a\s+conversation\b|understandable\b|normal\s+to\b|a\s+topic\b|helpful\b|a\s+reason\s+to\b|time\s+to\b|a\s+sign\s+(?:that\s+)?you\s+should\b|concerning\b|a\s+concern\b|an?\s+(?:medical\s+)?emergency\b|urgent\b)`;

/**
 * An amount of a medicine or substance: "1,000 mg", "10-15 g", "150 mg/kg", "twenty tablets", "a whole pack". Grays
 * and sieverts are not here: a lethal dose of radiation is physics, no means a patient could take.
 */
const AMOUNT = r`(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds\s+of|dozens\s+of)\s*(?:(?:-|to|or)\s*\d[\d,.]*\s*)?(?:mg\s*\/\s*kg|g\s*\/\s*kg|milligrams?|mg|grams?|g|micrograms?|mcg|millilit(?:re|er)s?|ml|units?|tablets?|pills?|capsules?|packs?|packets?|boxes|bottles?|times\s+the\s+(?:normal|usual|recommended|maximum)\s+dose)|a\s+(?:whole|full|single)\s+(?:pack|packet|box|bottle|strip))\b`;

/**
 * The safe-use limits an answer rightly gives ("no more than 8 tablets in 24 hours", "the maximum daily dose is 4 g"):
 * told of an amount or between it and its danger, the amount is the limit, not the amount that kills.
 */
const SAFE_USE_LIMIT = r`(?:recommended|maximum|max|usual|normal|daily|prescribed|safe|starting|typical|in\s+24\s+hours|(?:a|per)\s+day)`;
const NO_LIMIT_BETWEEN = r`(?:(?!\b${SAFE_USE_LIMIT}\b)[^.;!?\n]){0,60}?`;
const NOT_A_LIMIT = r`(?<!\b${SAFE_USE_LIMIT}\s+(?:[\w-]+\s+){0,2})`;
const LETHAL = r`(?:fatal|lethal|deadly|enough\s+to\s+(?:kill|die|cause\s+death|be\s+fatal))`;

/**
 * A sentence whose amount is an animal's ("20 g of chocolate per kg can be fatal to dogs", "the lethal dose for a cat"):
 * the vet's answer a pet owner needs, no means a person takes; the lethal-means reading sets the same pets aside. Tested
 * after a match, back and forth over its sentence, so an answer that states no amount pays nothing for it.
 */
const FOR_AN_ANIMAL = r`(?:to|for|in|kill)\s+(?:(?:an?|your|the|their|small|most|many|some)\s+)*${PET_ANIMAL}\b`;
const NOT_FOR_AN_ANIMAL = r`(?<!\b${FOR_AN_ANIMAL}[^.;!?\n]*)(?![^.;!?\n]*\b${FOR_AN_ANIMAL})`;

export const ANSWER_SAFETY_RULES: readonly AnswerSafetyRule[] = [
  {
    id: 'definitive_diagnosis',
    action: 'replace',
    patterns: [
      r`\byou\s+(?:definitely|certainly|clearly|surely|obviously|undoubtedly|absolutely)\s+(?:do\s+not\s+)?(?:have|are\s+suffering\s+from|are\s+having|got|are\s+(?:diabetic|pregnant|anemic|anaemic))\b`,
      r`\b(?:there\s+is\s+no\s+doubt|i\s+am\s+(?:certain|sure|confident))\s+(?:that\s+)?you\s+(?:have|are\s+suffering\s+from)\b`,
      r`\bi\s+(?:can\s+|will\s+|hereby\s+)?(?:diagnose|am\s+diagnosing)\s+you\s+with\b`,
      r`\bmy\s+diagnosis\s+is\b`,
      r`\bi\s+can\s+confirm\s+(?:that\s+)?you\s+have\b`,
      r`\bthe\s+diagnosis\s+is\s+(?:definitely|clearly|certainly)\b`,
      r`\b(?:this|it|that)\s+is\s+(?:certainly|definitely|undoubtedly|without\s+(?:a\s+)?doubt|clearly|100%|for\s+sure)\s+${GENUINE_CERTAINTY_EXCEPTIONS}`,
      r`${NOT_A_FINDING}\byou\s+have\s+(?:[a-z'-]+\s+){0,2}?${GRAVE_CONDITIONS}\b`,
    ].map((source) => new RegExp(source)),
  },
  {
    id: 'stop_medication',
    action: 'replace',
    patterns: [
      r`${DIRECTIVE}(?:stop|quit|discontinue|cease|come\s+off|get\s+off|skip)\s+(?:taking\s+|using\s+)?(?:all\s+(?:of\s+)?)?(?:your|the|these|those|this)\s+(?:[\w-]+\s+){0,2}?${MEDICINES}\b`,
      r`\byou\s+(?:no\s+longer|do\s+not)\s+need\s+(?:to\s+(?:take|keep\s+taking|use)\s+)?(?:your|the|any)\s+(?:[\w-]+\s+){0,2}?${MEDICINES}\b`,
    ].map((source) => new RegExp(source)),
  },
  {
    id: 'dosage_change',
    action: 'replace',
    patterns: [
      r`${DIRECTIVE}(?:double|triple|halve|increase|decrease|reduce|raise|lower|cut|up)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:dose|dosage|doses|insulin|medication|meds|pills?|tablets?)\b`,
      r`${DIRECTIVE}(?:take|use|give)\s+(?:twice|double|two\s+times|three\s+times|extra|more|an\s+extra|a\s+double|an\s+additional)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:dose|dosage|doses|amount|pills?|tablets?|puffs|units)\b`,
      r`${DIRECTIVE}double\s+up\s+(?:on\s+)?(?:your|the)\b`,
    ].map((source) => new RegExp(source)),
  },
  {
    id: 'discourage_care',
    action: 'replace',
    patterns: [
      r`\b(?:do|does)\s+not\s+need\s+(?:to\s+)?(?:see|visit|consult|go\s+to|call|contact|bother)\s+(?:a|an|your|the|any)\s+(?:[\w-]+\s+)?${CLINICIANS}\b`,
      r`\b(?:do|does)\s+not\s+need\s+(?:medical\s+(?:attention|care|help|advice)|a\s+doctor|to\s+seek\s+(?:medical|professional|emergency))\b`,
      r`\bno\s+need\s+(?:to\s+(?:see|visit|consult|go\s+to|call|contact|seek|get|bother)\s+(?:a|an|your|the|any|medical|professional|emergency)?\s*(?:[\w-]+\s+)?${CLINICIANS}|for\s+(?:a\s+|an\s+)?(?:${CLINICIANS}|appointment))`,
      r`${DIRECTIVE}(?:skip|avoid|cancel|ignore)\s+(?:going\s+to\s+)?(?:the\s+|your\s+|a\s+)?(?:doctor|hospital|er|emergency\s+room|appointment|check-?up|gp)\b`,
      r`\b(?:you\s+can|it\s+is\s+safe\s+to|just)\s+ignore\s+(?:these|this|your|the|those)\s+(?:symptoms?|pain|signs?)\b`,
      r`\bnot\s+worth\s+(?:seeing|calling|visiting|bothering)\s+(?:a|an|your|the)\s+(?:doctor|gp|clinician|nurse)\b`,
    ].map((source) => new RegExp(source)),
  },
  {
    // The amount that kills, which the model must never hand out to whoever asks for it, whatever for (NICE NG225:
    // means restriction); what it may say is that an overdose is dangerous and where to get help.
    id: 'lethal_quantity',
    action: 'replace',
    onlyOnLethalMeansTurns: true,
    patterns: [
      // "The lethal dose of amitriptyline is around 1,000 mg", "a fatal amount can be as little as 10 tablets".
      r`\b(?:lethal|fatal|deadly|killing)\s+(?:dose|doses|amount|amounts|quantity|level|threshold|overdose)\b${NO_LIMIT_BETWEEN}${NOT_A_LIMIT}${AMOUNT}`,
      // "20 tablets can be fatal", "10 g or more is usually lethal", "50 pills would kill an adult", "more than 20
      // tablets may result in death".
      r`${NOT_A_LIMIT}${AMOUNT}${NO_LIMIT_BETWEEN}\b(?:(?:is|are|can\s+be|could\s+be|may\s+be|might\s+be|would\s+be|will\s+be)\s+(?:\w+\s+)?${LETHAL}|(?:can|could|may|might|will|would)\s+(?:\w+\s+)?(?:kill|cause\s+death|(?:result|end)\s+in\s+death|lead\s+to\s+death))\b`,
      // "Death has been reported after as little as 10 g", "people have died after taking 30 tablets": the amount, told
      // as what deaths followed.
      r`\b(?:deaths?|died|fatalities|fatal\s+cases)\b${NO_LIMIT_BETWEEN}\b(?:after|following)\s+(?:(?:taking|swallowing|ingesting|doses?\s+of|as\s+(?:few|little)\s+as|only|just|about|around|roughly|approximately)\s+){0,2}${AMOUNT}`,
      // "It takes about 50 tablets to die", "you would need at least 30 to be fatal".
      r`\b(?:takes?|took|need|needs|needed|requires?|required)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|at\s+least\s+|only\s+|just\s+|as\s+(?:few|little)\s+as\s+)?${AMOUNT}${NO_LIMIT_BETWEEN}\bto\s+(?:die|kill|be\s+(?:fatal|lethal)|cause\s+death)\b`,
    ].map((source) => new RegExp(`${source}${NOT_FOR_AN_ANIMAL}`)),
  },
  {
    id: 'diagnostic_language',
    action: 'annotate',
    patterns: [
      r`\byou\s+(?:most\s+|very\s+)?(?:likely|probably|possibly|may|might|could)\s+(?:have|be\s+suffering\s+from|be\s+having|be\s+experiencing|be\s+developing)\b(?!\s+(?:questions?|heard|noticed|seen|read|been\s+told|concerns?|to\b|an?\s+appointment|access|already|some\s+questions|a\s+question|other\s+questions|more\s+questions|time|the\s+option))`,
      r`\b(?:this|that|it|these(?:\s+symptoms)?|your\s+symptoms?)\s+(?:sounds?|looks?|seems?)\s+(?:a\s+lot\s+|very\s+much\s+)?like\b(?!\s+(?:you\s+are\s+(?:worried|concerned|feeling|going\s+through|having\s+a\s+(?:hard|tough|difficult|rough))|a\s+(?:good|great|reasonable|sensible)\s+(?:idea|plan|question|step)|you\s+have\s+(?:a\s+|some\s+)?(?:question|questions|concerns?)))`,
      r`\b(?:it|this|that)\s+is\s+(?:probably|likely|most\s+likely|almost\s+certainly|very\s+likely|possibly)\b(?!\s+(?:a\s+good\s+idea|best|worth|wise|safe|fine\s+to|sensible|helpful))`,
      r`\b(?:symptoms?|findings?|this|it|that|presentation|picture|rash|image|results?)\s+(?:is|are|seems?|appears?)\s+(?:consistent|compatible)\s+with\b`,
      r`\bsuggests?\s+(?:that\s+)?you\s+(?:have|may\s+have|might\s+have)\b`,
      r`\bindicative\s+of\b`,
      r`\b(?:this|it)\s+appears\s+to\s+be\s+(?:a|an)\b`,
    ].map((source) => new RegExp(source)),
  },
];
