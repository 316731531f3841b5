/**
 * What a model answer must not say to a patient. Patterns run on `normalizeText` output (lower
 * case, contractions spelled out), so "don't" is "do not" here.
 *
 * `replace` rules mark an answer that could hurt someone if followed - a definitive diagnosis,
 * advice to stop or change medicines, advice not to seek care - and the whole answer is
 * withheld. `annotate` rules mark hedged diagnostic language, which stays but gains a note.
 */
export type SafetyRuleId =
  'definitive_diagnosis' | 'stop_medication' | 'dosage_change' | 'discourage_care' | 'diagnostic_language';

export interface AnswerSafetyRule {
  readonly id: SafetyRuleId;
  readonly action: 'replace' | 'annotate';
  readonly patterns: readonly RegExp[];
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
