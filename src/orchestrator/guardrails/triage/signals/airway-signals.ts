/**
 * Airway compromise and cyanosis: the first discriminators of the Manchester Triage System
 * ("airway compromise", "stridor", "drooling", "inadequate breathing", "cyanosis") and of the
 * Schmitt-Thompson breathing-difficulty protocol, in the words a parent or bystander uses.
 */

import {
  type SignalDefinition,
  define,
  CANNOT,
  GAP_WITHOUT_NEGATION,
  POSSESSIVE,
  WORDS_WITHOUT_NEGATION,
  r,
} from './signal-definition.js';
import { BLUE_TOLD_BY_A_LIKENESS_SIGNALS } from './blue-told-by-a-likeness.js';
import { PERSON } from '../triage-vocabulary.js';
import { BABY_UNDER_ONE } from '../urgent-after-resolution.js';
import { ACROCYANOSIS } from './acrocyanosis.js';
import { BLUE_EXPLAINED_GUARD } from './blue-explained.js';

/** Blue told where it is no finding: cold water, a dye or a food, a bruise, Raynaud's, warming up again. */
const CYANOSIS_ORDINARY_CONTEXT =
  /\b(?:cold\s+(?:water|pool|sea|outside|weather)|swimming|paint|dye|ink|marker|blueberr\w*|lipstick|pepto|bismuth|liquorice|licorice|charcoal|bruise|acrocyanosis|warm(?:s|ed)?\s+up\s+(?:fine|ok|quickly|again)|cold\s+shower|raynaud\w*|white\s+then\s+blue|(?:fingers|toes|fingertips|hands|feet)\b[^.;]{0,40}\b(?:in|from|with)\s+the\s+cold|every\s+winter)\b/;

/**
 * Croup's noise told as heard when the child was upset or crying, with no word of it at rest (NICE CKS croup, Westley
 * score: stridor with agitation only is mild, stridor at rest is not): "a noisy breath in when she got upset".
 */
const HEARD_WHEN_UPSET = String.raw`when\s+(?:he|she|they|the\s+baby)\s+(?:got|gets|was|is|were|became|started)\s+(?:upset|crying|agitated|worked\s+up|cross)\b(?![^.;]*\b(?:at\s+rest|all\s+the\s+time|constant\w*|when\s+(?:calm|resting|asleep|sleeping|settled|quiet))\b)`;

const BREATH_VERB = r`(?:breathes?|breathing|breath|inhales?|inhaling|breathes\s+in|breathing\s+in)`;

export const AIRWAY_SIGNALS: readonly SignalDefinition[] = [
  ...BLUE_TOLD_BY_A_LIKENESS_SIGNALS,
  // Stridor: a high-pitched noise on breathing in; gurgling or snoring in a drowsy person is a blocked airway.
  define(
    'airway_noise',
    [
      r`\bstridor\w*\b`,
      r`\b(?:high[- ]pitched|squeaky|whistling|whistly|squeaky|crowing|wheezy|strange|weird|funny|horrible|scary|rattly|rattling|gurgling|gurgly|snoring|grunting|croaky|crackly)\s+(?:\w+\s+){0,2}?(?:noise|sound|squeak|whistle|breathing)\b[^.;]{0,30}\b${BREATH_VERB}\b`,
      r`\b(?:noise|sound|squeak|whistle)s?\s+(?:\w+\s+){0,3}?(?:when|as|every\s+time|while)\s+(?:he|she|they|i|the\s+baby)\s+${BREATH_VERB}`,
      r`\b(?:gurgling|rattling|rattly|snoring|grunting|noisy|raspy|rasping|whistling|squeaky|crowing)\s+(?:noisy\s+)?(?:breathing|breaths?|with\s+(?:each|every)\s+breath)\b`,
      r`\bbreathing\s+(?:is\s+|sounds\s+)?(?:very\s+|really\s+|so\s+)?(?:noisy|gurgly|gurgling|rattly|raspy|squeaky|whistly)\b`,
      r`\bgrunt(?:s|ing)?\s+(?:with|on|at\s+the\s+end\s+of)\s+(?:each|every)\s+breath\b`,
    ],
    {
      // Noisy breathing since birth is laryngomalacia's course; new stridor is the emergency. Stridor heard only when a
      // child cries or is upset, none at rest, is mild croup (NICE CKS croup, Westley score): stridor at rest is not.
      graded: 'course',
      ordinaryWhen: new RegExp(
        String.raw`\b(?:laryngomalacia|floppy\s+(?:larynx|voice\s+box|airway)|breath\w*\s+(?:normally|fine|ok)|feed(?:s|ing)?\s+(?:well|great|fine|normally|ok)|pooing|straining|blocked\s+nose|stuffy|snuffl\w*|snort\w*|through\s+(?:his|her|the|their)\s+nose|piglet|no\s+effort|otherwise\s+(?:fine|well|happy)|(?:only|just)\s+(?:\w+\s+)?when\s+(?:(?:he|she|they|the\s+baby)\s+(?:is\s+|are\s+|gets\s+|get\s+)?)?(?:cries|cry|crying|upset|agitated|screaming|screams|coughs|coughing)|(?:none|no\s+(?:stridor|noise))\s+at\s+rest|${HEARD_WHEN_UPSET})\b`,
      ),
    },
  ),
  define('barking_cough', [
    r`\b(?:barking|barky|bark-like|seal[- ]like)\s+(?:cough|noise)\b`,
    r`\b(?:sounds?|sounding)\s+like\s+a\s+(?:seal|dog)\s+bark`,
  ]),
  // Drooling, unable to swallow saliva, sitting forward to breathe: epiglottitis and upper-airway obstruction.
  define(
    'drooling',
    [
      // Dribbling blood from a cut is a bleed, not saliva the throat cannot clear.
      r`\b(?:drooling|dribbling)\b(?!\s+(?:blood|urine|wee|pee)\b)`,
      r`\b${CANNOT}\s+swallow\s+(?:his\s+|her\s+|my\s+|their\s+)?(?:own\s+)?(?:spit|saliva|anything)\b`,
      r`\b(?:will\s+not|cannot|refuses\s+to)\s+lie\s+(?:down|flat|back)\b`,
      r`\b(?:sitting|leaning)\s+forward\s+(?:to\s+breathe|and\s+(?:drooling|struggling))\b`,
    ],
    // Saliva running from one corner of the mouth is a weak lip seal (a facial palsy), not a throat that cannot clear it.
    {
      ordinaryWhen:
        /\b(?:teeth\w*|tooth|chewing|asleep\s+on|in\s+(?:his|her|my)\s+sleep|pillow|(?:from|out\s+of)\s+(?:the\s+|his\s+|her\s+|my\s+|that\s+)?(?:(?:left|right|l|r)(?:[- ]sided?)?\s+|one\s+|affected\s+)?(?:side|corner)\s+of\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?mouth)\b/,
    },
  ),
  // Complete obstruction: cannot speak, cough or breathe; the universal choking sign.
  define('airway_obstructed', [
    // Told now; told of an episode ("could not cough or make a sound"), see choking-episode-signals.ts.
    r`(?<!\b(?:was|were)\s)\b(?!could\s+not\b)${CANNOT}\s+(?:talk|speak|cough|cry|make\s+(?:a|any)\s+(?:sound|noise))\s+or\s+(?:cough|breathe|talk|speak|cry|make\s+(?:a|any)\s+(?:sound|noise))\b`,
    // RCUK: an ineffective cough - silent, no sound coming out, mouth open and nothing.
    r`\b(?:ineffective|silent|weak\s+and\s+silent)\s+cough\b|\bcough\s+(?:has\s+)?(?:gone|is|went)\s+(?:silent|quiet|weak)\b|\bno\s+(?:sound|noise|air)\s+(?:is\s+)?(?:coming|comes|came)\s+out\b|\bunable\s+to\s+vocali[sz]e\b`,
    r`\b(?:holding|clutching|grabbing|gripping|pointing\s+at)\s+${POSSESSIVE}\s+(?:throat|neck)\b`,
    r`\b(?:swallowed|inhaled)\s+(?:a|an|the|some)\s+(?:\w+\s+){0,2}?(?:and|now)\s+(?:is\s+)?(?:coughing\s+and\s+)?(?:cannot|struggling|gasping|choking|turning)`,
    r`\b(?:food|sweet|grape|coin|toy|bone|piece\s+of\s+\w+|something)\s+(?:is\s+|got\s+|has\s+got\s+)?(?:stuck|lodged)\s+in\s+${POSSESSIVE}\s+(?:throat|windpipe|airway)\b`,
  ]),
  // Central cyanosis: blue, grey or dusky lips, tongue, face or skin (MTS "cyanosis"; NICE traffic-light red).
  // Blue hands and feet with pink lips in a cold baby is acrocyanosis, normal (Schmitt-Thompson).
  define(
    'cyanosis',
    [
      r`\b(?:lips?|tongue|face|skin|mouth|fingers|fingertips|fingernails|nails|toes)\b${GAP_WITHOUT_NEGATION(25)}\b(?:blue|bluish|blue-?ish|purple|purplish|purple-?ish|dusky|gr[ae]y|grey-blue|gray-blue|ashen|dark|black)\b`,
      r`\b(?:blue|bluish|blueish|purple|dusky|gr[ae]y|ashen)\s+(?:\w+\s+)?(?:lips|tongue|face|around\s+(?:the|his|her|their)\s+(?:lips|mouth))\b`,
      r`\b(?:blue|bluish|purple|dusky)\s+(?:around|round)\s+(?:the|his|her|their|my)\s+(?:lips|mouth|nose)\b`,
      r`\b(?:he|she|they|${PERSON})\s+${WORDS_WITHOUT_NEGATION(3)}(?:is|are|turned|turns|turning|going|goes|go|gone|went|looks?|looking|became|becomes|gets|getting|has\s+gone)\s+(?:(?:red|pale|white|grey|gray)\s+(?:then|and\s+then|and)\s+)?(?:a\s+bit\s+|slightly\s+|very\s+|all\s+)?(?:blue|purple|bluish|dusky|grey-blue|ashen)\b`,
      r`\bcyanos\w+\b|\bcyanotic\b`,
    ],
    {
      persistsWhenResolvedIn: BABY_UNDER_ONE,
      // Blue hands and feet with a pink centre is acrocyanosis (see acrocyanosis.ts); a central part told
      // blue stays cyanosis however pink the rest.
      ordinaryWhen: new RegExp(`${ACROCYANOSIS.source}|${CYANOSIS_ORDINARY_CONTEXT.source}`),
      ordinaryUnlessElsewhere: BLUE_EXPLAINED_GUARD,
    },
  ),
];
