/** Severe allergic reactions, overdoses, poisoning and venomous bites. */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { LOW_TOXICITY_OR_MOUTHED_GUARD, ONLY_LICKED_OR_MOUTHED_GUARD } from './mouthed-not-swallowed.js';
import { THIRD_PERSON, episodeNow } from '../triage-vocabulary.js';
import { HOUSEHOLD_POISON_SIGNALS } from './household-poison-signals.js';
import { INSULIN_TOLD_BY_ITS_UNITS_SIGNALS } from './insulin-told-by-its-units.js';
import { BATTERY_GONE_FROM_A_DEVICE_SIGNALS } from './battery-gone-from-a-device.js';
import {
  A_CHILDS_DOSE_GIVEN_ONCE_TOO_OFTEN,
  ONE_DOSE_COUNTED_TWICE,
  ORDINARY_DOSE_SLIP,
  ORDINARY_EXTRA_DOSE,
} from './ordinary-dose-slips.js';
import { ALLERGEN_EATEN_BY_ACCIDENT } from './allergen-eaten-by-accident.js';

/**
 * A sore throat of an infection told as swollen, and nothing else: "my throat is sore and swollen, I can swallow fine"
 * (NHS tonsillitis; NICE NG84). A swelling that is only the sore throat's own is no allergic airway: it sets the
 * throat finding aside only where the sentence tells no lips, tongue, face or mouth, no rash, and none of a sore
 * throat's red flags (NHS: difficulty breathing or swallowing, drooling, a muffled or hoarse voice, noisy breathing).
 * A food or a sting told beside it is read by the allergen's own triggers.
 */
const SORE_THROAT_ALONE =
  /^(?![^]*\b(?:lips?|tongue|face|mouth|eyes?|eyelids?|hives|welts|rash|wheez\w*|drool\w*|dribbl\w*|spit|saliva|hoarse|voice|muffled|noisy|stridor|tight\w*|closing|(?:cannot|can\s+not|could\s+not|struggl\w*|difficult\w*|difficulty|trouble|hard\s+to|unable\s+to)\s+(?:\w+\s+)?(?:breath\w*|swallow\w*))\b)[^]*?\b(?:(?:sore|scratchy|painful|raw)\s+(?:and\s+swollen\s+|swollen\s+)?throat|throat\s+(?:is\s+|feels\s+)?(?:(?:so|very|really)\s+)?(?:(?:swollen|red)\s+and\s+)?(?:sore|scratchy|painful|raw)|tonsils|tonsillitis)\b/;

/**
 * "Twice a day", "two times daily": how a medicine is prescribed, not a dose given twice (BNF: "twice daily" is a
 * regimen; TOXBASE's concern is an extra dose, "twice this morning", "gave it twice by mistake").
 */
const NOT_A_REGIMEN = r`(?!\s+(?:a|per|each|every)\s+(?:day|night)|\s+daily)`;

export const PILLS = r`(?:(?:heart|blood\s+pressure|bp|water|sleeping|diabetes|thyroid|seizure|epilepsy)\s+(?:pills?|tablets?|meds|medicines?)|pills?|tablets?|tabs|capsules?|methadone|fentanyl|buprenorphine|heroin|meds|medications?|medicines?|painkillers?|calpol|nurofen|oxycodone|bisoprolol|ramipril|zopiclone|quetiapine|olanzapine|mirtazapine|pregabalin|gabapentin|sertraline|amitriptyline|citalopram|fluoxetine|codeine|tramadol|morphine|diazepam|propranolol|amlodipine|digoxin|warfarin|lithium|metformin|iron|sleeping\s+pills|paracetamol|co[- ]?codamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|insulin|gliclazide|glibenclamide|glipizide|glimepiride|antidepressants?|opioids?|oxycodone|xanax|benzos?)`;
/** Quantities that turn "took pills" into an overdose; doses in mg or units are ordinary. */
const OVERDOSE_QUANTITY = r`(?:whole|entire|too\s+many|too\s+much|handful|bottles?|packs?|packets?|box(?:es)?|strips?|lots\s+of|a\s+lot\s+of|bunch\s+of|loads?\s+of|\d{2,}(?!\s*(?:mg|ml|mcg|g|milligrams?|units?|iu|days?|weeks?|months?|years?|hours?|minutes?|am|pm)\b)|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozens?)`;
const HOUSEHOLD_POISON = r`(?:bleach|ammonia|anti-?freeze|drain\s+cleaner|oven\s+cleaner|toilet\s+cleaner|detergent|laundry\s+(?:pods?|detergent|capsules?)|dishwasher\s+(?:pods?|tablets?|detergent)|tide\s+pods?|button\s+batter(?:y|ies)|batter(?:y|ies)|magnets?|rat\s+poison|poison|pesticide|insecticide|weed\s*killer|herbicide|cleaning\s+(?:products?|fluid|liquid|spray|chemicals?)|chemicals?(?!\s+peel)|lighter\s+fluid|gasoline|petrol|kerosene|(?:wild|unknown|strange|poisonous|garden)\s+(?:berries|plants?|leaves|seeds|mushrooms)|(?:berries|leaves|seeds|mushrooms|flowers)\s+(?:from|off|on|in)\s+(?:a|the|our|my)\s+(?!(?:strawberry|raspberry|blueberry|blackberry|gooseberry|tomato|currant|fruit|apple|vegetable|veg)\b)(?:\w+\s+)?(?:bush|hedge|tree|garden|plant|shrub|park|woods)|toadstools?|paraffin|paint\s+thinner|turpentine|windshield\s+(?:washer\s+)?fluid|methanol|lamp\s+oil|essential\s+oils?|nail\s+polish\s+remover|e-?liquid|vape\s+(?:juice|liquid)|nicotine\s+liquid|wild\s+mushrooms?|mushrooms?\s+(?:from|in)\s+the\s+(?:yard|garden|woods|forest|park)|(?:bottle|liquid|stuff)\s+(?:of|for)\s+(?:the\s+)?(?:cleaning|toilet|washing|drains?)|unlabel+ed\s+(?:bottle|container|jar|drink|liquid))`;

/** A learner's subject for a child: "he", "she", "baby", "son" (the bare present tells the past). */
const LEARNER_CHILD = r`(?:he|she|baby|son|daughter|boy|girl|child|toddler)`;
/** Not asked ("can he take", "can my son take", "if she eat"), nor habitual ("she always take"). */
/**
 * "By mistake" or "accidentally" is a medicine error only where the sentence tells a medicine, a dose or a swallow
 * (Schmitt-Thompson, TOXBASE: "gave him his Calpol twice by mistake", "accidentally drank from the bleach bottle").
 * An everyday mishap with no medicine or swallow in it is not one: "my son headbutted me by accident", "he accidentally
 * broke the window". Anything else told "by accident" still counts (review V20, 20:30: "accidentally licked the e-cig
 * refill, now vomiting" was silenced when only a listed medicine or swallow word let it count).
 */
const MEDICINE_OR_SWALLOW = r`(?:doses?|dosed|dosing|medicines?|medication|meds|tablets?|pills?|capsules?|calpol|nurofen|paracetamol|ibuprofen|syrup|ml|mls|insulin|units|inhaler|puffs|drops|patch|injection|jab|swallow\w*|drank|drunk|drink\w*|ate|eaten|eat|gave|given|give|took|taken|take|bottle|sachet|liquid|bleach|cleaner|detergent|capsule|battery|magnet|lick\w*|chew\w*|suck\w*|bit|bitten|mouth\w*|e-?cigs?|e-?liquid|vape\w*|refill|nicotine|pouch\w*|snus|pods?|gum|poison\w*)`;
const EVERYDAY_MISHAP = r`(?:headbutt\w*|broke|broken|break|breaks|smashed|kicked|kicks|hit|hits|bumped|banged|knocked|elbowed|punched|scratched|poked|trod|stood\s+on|sat\s+on|spilled|spilt|dropped|deleted|sent|locked|shut|slammed|tripped|pushed|deleted|ripped|tore|lost)`;
/**
 * Water swallowed by accident in a pool, a bath or the sea is no medicine taken by mistake (TOXBASE): the submersion is
 * read by its own signs (drowning-signals). Read only where the sentence names no medicine, product or dose.
 */
const WATER_SWALLOWED_BY_ACCIDENT =
  /^(?![^]*\b(?:doses?|medicines?|medication|meds|tablets?|pills?|capsules?|calpol|nurofen|paracetamol|ibuprofen|syrup|insulin|bleach|cleaner|detergent|battery|magnets?|e-?liquid|nicotine|poison\w*|chemicals?|pods?)\b)[^]*\b(?:pool|bath|sea|lake|river|swimming|salt|salty|tap|paddling\s+pool)\s+water\b/;
const A_MISTAKE_WITH_A_MEDICINE = r`(?<=\b${MEDICINE_OR_SWALLOW}\b[^.;]{0,60})\b(?:by\s+mistake|by\s+accident|accidentally)\b|\b(?:by\s+mistake|by\s+accident|accidentally)\b(?=[^.;]{0,60}\b${MEDICINE_OR_SWALLOW}\b)|(?<!\b${EVERYDAY_MISHAP}\b[^.;]{0,60})\b(?:by\s+mistake|by\s+accident|accidentally)\b(?![^.;]{0,60}\b${EVERYDAY_MISHAP}\b)`;

const NOT_ASKED = r`(?<!\b(?:can|could|should|would|will|does|did|do|may|might|must|let|make|if|to|not|when|always|usually)\s(?:(?:my|our|the|your)\s)?)`;
/** An owner other than the child: "my", "grandma's", "her father" (learners drop the 's). */
const SOMEONE_ELSES = r`(?:my|[\w-]+(?:'s|s')|(?:grand)?(?:mum|mom|mother|mama|dad|father|papa|ma|pa|nan|nana|nanny|granny|grandma|grandpa|grandmother|grandfather|brother|sister|uncle|aunt|auntie)(?:'s)?)`;
/** What a dose is taken for: a complaint, not a length of time or a count ("for 2 days", "for an hour"). */
const FOR_A_COMPLAINT = r`(?:the\s+|his\s+|her\s+|a\s+|my\s+|their\s+)?(?!(?:\d|one|two|three|few|an?|hours?|days?|minutes?|weeks?|months?|fun|no|nothing)\b)[a-z]{3,}`;

/** Breathing told slow or shallow: a sign of its own, and one of a toxic dose's effects. */
const SLOW_OR_SHALLOW_BREATHING = r`\bbreathing\s+(?:is\s+|feels\s+|seems\s+|has\s+gone\s+|got\s+)?(?:really\s+|very\s+|so\s+)?(?:slow|shallow)\b|\b(?:slow|shallow)\s+breathing\b|\bbreathing\s+(?:very\s+|really\s+|so\s+)?(?:slowly|shallowly)\b`;

/**
 * The strength patterns of an excess dose share their telling: a taking verb earlier in the clause, a few tablets told
 * just before the number being their count (TOXBASE counts the tablets: "took three 400 mg ibuprofen", "2 x 200 mg"),
 * and the tablets or medicine the number is told of.
 */
const TAKEN_BEFORE_IT = r`\b(?:took|taken|taking|swallowed|had|popped)\b[^.;]{0,60}\b`;
const NOT_AFTER_A_FEW = r`(?<!\b(?:[1-4]|one|two|three|four|a\s+couple\s+of)\s+(?:x\s+)?)`;
const TABLETS_OF_A_STRENGTH = r`(?:pills|tablets|capsules|paracetamol|co-codamol|ibuprofen)`;

/** An overdose told as remote history: "when I was 19", "years ago" (the temporal filter skips timeless signals). */
const REMOTE_HISTORY =
  /\bwhen\s+(?:i|he|she|they)\s+(?:was|were)\s+(?:\d+|a\s+teen\w*|young|younger|at\s+(?:school|uni|university|college))\b|\b(?:(?:\d+|many|several|few|two|three|four|five|ten)\s+)?years\s+ago\b|\bin\s+(?:19|20)\d\d\b/;

/**
 * The gap between a part of the face and its swelling, holding no negation ("lips never swelled", "lips and tongue are
 * not swollen"), though it may hold a list's commas ("lips, eyes and face, all swollen").
 */
const GAP_NOT_NEGATED = (most: number): string => String.raw`(?:(?!\b(?:not|never|no)\b)[^.;]){0,${most}}`;

const ALLERGY = [
  define('anaphylaxis_now', [
    ...episodeNow(r`anaphylaxis|anaphylactic\s+(?:shock|reaction|attack)|anaphylactic`),
    r`\banaphylactic\s+shock\b`,
    r`\bin\s+anaphyla(?:xis|ctic)\b`,
  ]),
  // Adrenaline from an auto-injector means anaphylaxis was treated: hospital for a second phase
  // (Resuscitation Council UK 2021), however well the person feels now ("used his EpiPen, he's fine now").
  define(
    'adrenaline_given',
    [
      r`\b(?:(?:used|use|using|gave|give|giving|inject|injected|injecting|jabbed|stabbed)\s+|(?:needed|need)\s+(?!an?\s))(?:(?:myself|himself|herself|him|her|them)\s+)?(?:(?:with\s+)?(?:my|his|her|their|an|the|a)\s+)?(?:epi[- ]?pens?|adrenaline\s+(?:pen|auto-?injector|shot|jab|injection)s?|auto-?injectors?|jext|emerade)\b`,
      r`\b(?:epi[- ]?pens?|adrenaline(?:\s+(?:pen|auto-?injector|shot|jab))?|epinephrine|jext|emerade)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|been\s+|just\s+)?(?:given|used|injected|administered|went\s+in|in\s+(?:his|her|my|their)\s+(?:leg|thigh))\b|\b(?:had|needed|used)\s+to\s+use\s+(?:an?\s+|the\s+|his\s+|her\s+|my\s+|two\s+)?epi[- ]?pens?\b`,
    ],
    { persistsWhenResolved: true },
  ),
  // Symptoms that settled after adrenaline are anaphylaxis treated, still to be watched in hospital
  // for a second phase (Resuscitation Council UK 2021), however well the person feels now.
  define(
    'settled_after_adrenaline',
    [
      r`\b(?:settled|eased|calmed|better|improved|went\s+down|cleared)\s+(?:\w+\s+){0,3}?(?:after|with)\s+(?:the\s+|an?\s+|his\s+|her\s+|my\s+|their\s+)?(?:epi[- ]?pens?|adrenaline|epinephrine|jext|emerade|auto-?injector)\b`,
    ],
    { persistsWhenResolved: true },
  ),
  define('airway_swelling', [
    r`\bthroat\b[^.;]{0,20}\b(?:closing|tightening|swelling)\s+(?:up|shut|over)\b`,
    r`\b(?:throat|airway|windpipe)\s+(?:is\s+|feels\s+(?:like\s+(?:it\s+is\s+)?)?)?(?:closing|tightening|swelling\s+(?:up|shut|closed)|swelled\s+(?:up|shut)|shutting)\b`,
    r`\btongue\s+(?:is\s+)?(?:swelling\s+up|swelled\s+up|so\s+swollen|huge|swollen\s+and)\b`,
    r`\btongue\s+(?:swelling|swollen)\b|\btongue\s+(?:feels|is|looks)\s+(?:\w+\s+)?(?:big|huge|thick|swollen|fat)\b`,
    // The tongue told swelling with the lips or face: "his tongue and lips are swelling" (RCUK 2021: an airway sign).
    r`\btongue\s+and\s+(?:(?:his|her|my|the)\s+)?(?:lips?|face|mouth|throat)\s+(?:are\s+|have\s+|both\s+)*(?:swelling|swollen|swelled|puffing\s+up|puffed\s+up)\b`,
  ]),
  define('allergic_swelling', [
    r`\b(?:lips?|face|tongue|eyes?|eyelids?|mouth)\b[^.;]{0,25}\b(?:blown\s+(?:right\s+|all\s+|totally\s+)?up|ballooned|twice\s+(?:the|their|its|his|her)\s+(?:normal\s+)?size|gone\s+(?:massive|huge|fat))\b`,
    // The gap holds no negation: "lips never swelled", "face is red and itchy, no swelling" tell it absent.
    r`\b(?:tongue|lips?|face|mouth|eyes?|eyelids?|throat)\b${GAP_NOT_NEGATED(25)}\b(?:swelling|swollen|swelled|puffing\s+up|puffed\s+up|blowing\s+up)\b`,
    r`\b(?:swollen|swelling\s+(?:of|in)\s+(?:the\s+|my\s+|his\s+|her\s+)?)\s*(?:tongue|lips?|face|throat)\b`,
    r`\bthroat\s+(?:is\s+|feels\s+)?(?:so\s+|very\s+|really\s+)?(?:tight|itchy\s+and\s+tight|weird|funny|strange|thick)\b`,
    r`\b(?:lips?|face|eyes?|tongue)\s+(?:\w+\s+){0,3}?(?:getting|gone|going|look|looks|are|is)\s+(?:really\s+|so\s+)?(?:big|bigger|huge|fat|puffy)\b|\bhoarse\b|\b(?:struggling|difficulty|trouble|hard)\s+(?:to\s+)?swallow\w*\b|\blips?\s+(?:are\s+)?tingling\b`,
    r`\b(?:cannot|could\s+not|unable\s+to|can\s+(?:hardly|barely))\s+swallow\b|\b(?:eyes?|face)\s+(?:\w+\s+)?(?:swollen|swelled|puffed)\s+(?:up\s+)?(?:shut|closed)\b`,
  ]),
  // A known food or a sting with throat symptoms: the airway is involved (WAO, NICE CG134).
  define(
    'food_or_sting_allergen',
    [
      r`\b(?:ate|eaten|eating|after(?:\s+eating)?|tasted|had|bit\s+into)\s+(?:\w+\s+){0,3}?(?:peanuts?|peanut\s+butter|tree\s+nuts?|nuts?|cashews?|almonds?|walnuts?|pistachios?|hazelnuts?|pecans?|satay|shellfish|shrimp|prawns?|mussels|scallops|squid|paella|sesame|crab|lobster|kiwi|eggs?|fish|soya?|mustard|celery|lupin)\b|\b(?:stung|bitten)\s+by\s+(?:a\s+)?(?:bee|wasp|hornet|insect)\b|\b(?:bee|wasp|hornet|insect)\s+sting\b`,
    ],
    { timeless: true },
  ),
  define('throat_tight', [r`\bthroat\s+(?:is\s+|feels\s+)?(?:so\s+|really\s+|very\s+)?(?:tight|closing|tightening)\b`]),
  define(
    'allergic_throat',
    [
      r`\bthroat\s+(?:feels?\s+|is\s+|going\s+)?(?:thick|full|narrow|narrowing|swollen|like\s+it\s+is\s+closing)\b|\bkeeps?\s+clearing\s+(?:his|her|my|their)\s+throat\b`,
      r`\bthroat\s+(?:is\s+|feels\s+)?(?:hurts?|hurting|sore|itchy|itching|scratchy|burning|funny|weird|prickly|tingl\w*)\b|\b(?:itchy|scratchy|tingly)\s+throat\b|\b(?:voice|cry)\s+(?:\w+\s+)?(?:croaky|hoarse|changed|different|squeaky)\b`,
    ],
    { ordinaryWhen: SORE_THROAT_ALONE },
  ),
  // Swelling of the lips, tongue or face seen, with swallowing or breathing trouble: angioedema at the airway.
  define('visible_swelling', [
    // Swelling as people see it: a face 'blowing up like a balloon', eyes 'shutting'.
    r`\b(?:face|lips?|eyes?|tongue|throat|mouth|head)\b[^.;]{0,15}\b(?:blowing\s+up|blown\s+up|ballooning|puffing\s+up|swelling\s+shut|swollen\s+shut|shutting|closing\s+up)\b`,
    r`\b(?:tongue|lips?|face|mouth)\b${GAP_NOT_NEGATED(20)}\b(?:swelling|swollen|swelled|puffing\s+up|puffed\s+up|blowing\s+up)\b`,
  ]),
  define('swallow_or_breath_trouble', [
    r`\b(?:cannot|can\s+not|could\s+not|unable\s+to|struggling\s+to|hard\s+to|difficult\s+to|trouble|difficulty)\s+(?:\w+\s+)?(?:swallow\w*|breath\w*)\b`,
  ]),
  define('hives', [
    r`\b(?:hives|welts|urticaria|flushing|itchy\s+all\s+over)\b`,
    r`\b(?:rash|blotchy|blotches)\s+all\s+over\b|\bwhole\s+body\s+(?:is\s+)?(?:blotchy|red|itchy)\b`,
    r`\b(?:covered|come\s+up|came\s+up|coming\s+up|broken\s+out|broke\s+out)\s+in\s+(?:big\s+|red\s+|raised\s+|itchy\s+|angry\s+)*(?:hives|welts|weals|wheals|blotches|nettle\s+rash|lumps\s+and\s+bumps)\b`,
  ]),
  define(
    'allergen_exposure',
    [
      r`\b(?:allergic|allergy|allergies|allergen|(?:bad|severe|serious)\s+reaction)\b`,
      r`\b(?:started|starting|took|taken|after|received|given|gave|give|giving|had|injected)\s+(?:(?:him|her|them|me|my\s+[\w-]+|his\s+[\w-]+|her\s+[\w-]+|the\s+[\w-]+)\s+)?(?:a\s+|my\s+|the\s+|some\s+|an?\s+)?(?:new\s+|first\s+)?(?:iv\s+|hair\s+|scan\s+|x-ray\s+|ct\s+)?(?:antibiotics?|penicillin|amoxicillin|amoxil|augmentin|co-amoxiclav|flucloxacillin|cefalexin|cephalexin|clarithromycin|erythromycin|trimethoprim|septrin|sulfa\w*|medication|medicine|injections?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|booster|contrast|dye|anaesthetic|anesthetic|local|infusion)\b`,
      r`\b(?:hair|contrast|scan|x-ray|ct)\s+dye\b|\bcontrast\s+(?:for|in|at)\s+(?:the|a|my|his|her)\s+(?:scan|ct|mri|x-ray)\b`,
      r`\bstung\b|\bsting\b`,
      r`\b(?:stung|bitten)\s+by\s+(?:a\s+)?(?:bee|wasp|hornet|jellyfish|insect|fire\s+ants?)\b`,
      r`\b(?:bee|wasp|hornet|insect)\s+sting\b`,
      r`\b(?:ate|eaten|eating|after(?:\s+eating)?|tasted|had)\s+(?:\w+\s+){0,3}?(?:peanuts?|peanut\s+butter|tree\s+nuts?|nuts?|cashews?|almonds?|walnuts?|pistachios?|hazelnuts?|pecans?|satay|shellfish|shrimp|prawns?|mussels|scallops|squid|paella|sesame|crab|lobster|kiwi|eggs?|fish|soya?|mustard|celery|lupin)\b`,
    ],
    { timeless: true },
  ),
  // A medicine newly started: with swelling of the lips, tongue or face it is angioedema (ACE
  // inhibitors, NICE CKS), though dizziness after it is the expected side effect.
  define(
    'new_medicine',
    [
      r`\b(?:started|starting|began|begun|new)\s+(?:on\s+)?(?:a\s+|some\s+|the\s+|his\s+|her\s+|my\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:tablets?|pills?|meds|medications?|ace\s+inhibitors?|lisinopril|ramipril|enalapril|perindopril)\b`,
    ],
    { timeless: true },
  ),
  define('faint_or_dizzy', [
    // "a faint pink tinge", "the faint line on the test", "a faint smell of gas": after a determiner and
    // before a colour or a thing seen, smelt or heard, "faint" describes that thing. Told of a person
    // it stays faintness, whatever follows: "I feel faint black spots", "heart rate 38 and faint white".
    r`\b(?:dizzy|lightheaded|light-headed|faint(?<!\b(?:a|an|the|some|this|that)\s+(?:(?:very|really|quite|slightly)\s+)?faint(?=\s+(?:(?:pink|red|brown|yellow|green|blue|purple|grey|gray|white|black|orange)\w*|bloody|line|lines|trace|traces|tinge|tint|hint|smell|odou?r|whiff|taste|mark|marks|streak|streaks|spot|spots|rash|bruise|scar|outline|glow|sound|noise|click|ringing|positive|shadow)\b))|fainting|about\s+to\s+pass\s+out|going\s+to\s+pass\s+out|(?:nearly|almost|practically)\s+(?:passed\s+out|fainted|blacked\s+out|keeled\s+over))\b`,
    r`\b(?:feel|feels|feeling|felt)\s+like\s+(?:i\s+am\s+|he\s+is\s+|she\s+is\s+|i\s+will\s+be\s+)?(?:passing|going\s+to\s+pass)\s+out\b`,
    r`\b(?:everything|the\s+room|the\s+world|it\s+all)\s+(?:is\s+|was\s+|keeps\s+)?(?:going|gone|went|turning|turned|goes)\s+(?:\w+\s+)?(?:grey|gray|black|dark|white|fuzzy|distant)\b`,
  ]),
];

const POISONING = [
  define(
    'overdose',
    [
      r`\b(?:an?\s+)?overdose\s+of\s+(?:his\s+|her\s+|my\s+|their\s+)?(?!the\s+(?:sun|caffeine))[a-z]{4,}\b`,
      r`\b(?:overdosed|overdosing)\b(?!\s+on\s+(?:chocolate|sugar|candy|sweets|netflix|tv|caffeine|coffee|love|work|drama|sun|cake))`,
      r`\b(?:took|taken|take|taking|had|has\s+had|done|did)\s+(?:an?\s+)?overdose\b`,
      r`\b(?:intentional|deliberate|accidental|staggered|suspected|mixed|paracetamol|acetaminophen|opioid|opiate|tricyclic|insulin|drug|medication|tablet)\s+overdose\b|\boverdose\s+of\s+(?:~\s*)?(?:\d{2,}|about\s+\d+)\b`,
      r`\b(?:ingest\w*|ingestion\s+of|swallowed|took|taken|ate|eaten|drank|had)\s+(?:an?\s+)?(?:unknown|unclear|uncertain|unspecified|large|significant|huge)\s+(?:quantity|amount|number|dose|doses)\s+of\b`,
      r`\b(?:think|thinks|might\s+have|may\s+have|could\s+have)\s+(?:\w+\s+)?overdosed\b`,
      r`\b(?:took|taken|swallowed|ate|eaten|downed|has\s+taken|have\s+taken|just\s+took)\b[^.;]{0,30}\b${OVERDOSE_QUANTITY}\b[^.;]{0,30}\b${PILLS}\b`,
      // The tablets taken told as a total after the taking: "took the lot after breakfast, which is 14 gliclazide".
      r`\b(?:took|taken|swallowed|had|ate|eaten)\b[^.;]{0,80}\b(?:which|that)\s+(?:is|was|makes|made)\s+(?:about\s+|around\s+|at\s+least\s+)?${OVERDOSE_QUANTITY}\s+(?:of\s+(?:his|her|my|their|the)\s+)?(?:\w+\s+)?${PILLS}\b`,
      r`\b(?:took|swallowed|taken)\s+all\s+(?:of\s+)?(?:my|his|her|their|the)\s+(?:\w+\s+){0,2}?${PILLS}\s+(?:at\s+once|in\s+one\s+go|together|(?:in|from)\s+the\s+(?:bottle|box|pack|packet))\b`,
      // "took all my sertraline and some of my mum's sleeping pills": every tablet there was, not a day's medicines.
      r`\b(?:took|swallowed|taken|necked)\s+all\s+(?:of\s+)?(?:my|his|her|their|the)\s+(?!(?:morning|evening|night|daily|usual|regular)\b)(?:\w+\s+)?(?:pills|tablets|sertraline|amitriptyline|citalopram|fluoxetine|codeine|tramadol|diazepam|paracetamol|sleeping\s+pills|painkillers|antidepressants|lithium|quetiapine|zopiclone|insulin|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril|apine|idone|oxetine|codamol))\b(?!\s+(?:as|for\s+(?:the|today)|this\s+morning|today))`,
      r`\b(?:took|taken|swallowed|necked)\s+(?:my|his|her|their|a)\s+(?:whole|entire|full)\s+(?:week|month|fortnight|weeks|months)(?:'s)?\s+(?:worth\s+)?(?:of\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|prescription)\b`,
      r`${THIRD_PERSON}\s+(?:[\w-]+\s+){0,3}?(?:swallowed|ate|eaten|drank|chewed|got\s+into|ingested)\s+(?:some\s+(?:of\s+)?|several\s+|a\s+few\s+|a\s+handful\s+of\s+|all\s+(?:of\s+)?|my\s+|(?:[\w-]+(?:'s|s')\s+))(?:[\w'-]+\s+){0,2}?${PILLS}\b`,
    ],
    { timeless: true, ordinaryWhen: REMOTE_HISTORY },
  ),
  // Quantities told as counts: "took 20 paracetamol", "16 x 500mg", "about 30 of my sertraline".
  define(
    'overdose_quantity',
    [
      r`\b(?:took|taken|swallowed|ingested|ingestion\s+of|overdose\s+of|had|necked|downed)\s+(?:\w+\s+){0,3}?(?:[89]|[1-9]\d|\d{3}|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:x\s+)?(?:\d+\s*mg\s+)?(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:${PILLS}|[a-z]{4,}(?:ine|ol|am|pam|lam|pril|sartan|olol|dipine|statin|cillin|oxetine|aline|amine|azole|done|profen|fen|xin|ium|one))\b`,
      r`\b(?:took|taken|take|swallowed|ate|eaten|had|downed|necked|has\s+taken|gave\s+(?:him|her|them|my\s+\w+))\s+(?:\w+\s+){0,3}?(?:[89]|[1-9]\d|\d{3}|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?!(?:mg|mgs|mcg|g|ml|milligrams?|micrograms?)\b)(?:x\s+)?(?:\w+\s+){0,3}?${PILLS}\b`,
      r`\b(?:[89]|[1-9]\d|eight|nine|ten|twelve|fifteen|twenty|thirty)\s+(?:x\s+)?(?:\d+\s*mg\s+)?${PILLS}\b[^.;]{0,30}\b(?:at\s+once|in\s+one\s+go|together|all\s+at\s+once|on\s+purpose|an\s+hour\s+ago|earlier|last\s+night|this\s+morning)\b`,
      // Grams read whole: "3.5 g" is no 5 g, and "5.5 g" is over 5 g.
      r`(?<![\d.,])\b(?:(?:[5-9]|\d{2})(?:[.,]\d{1,2})?\s*(?:g|grams)|(?:[5-9]\d{3}|\d{5})\s*mg)\s+(?:of\s+)?(?:paracetamol|acetaminophen|tylenol|ibuprofen|aspirin)\b`,
      // A write-up's count times a drug: "24x paracetamol 500mg", "30 x 5mg diazepam".
      r`\b(?:[1-9]\d|\d{3})\s*x\s*(?:\d+\s*(?:mg|g|mcg)\s+)?(?:${PILLS}|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril|sartan|statin|oxetine|codamol|profen|done))\b`,
      r`\b(?:whole|entire|full|half\s+(?:a|the))\s+(?:bottle|pack|packet|box|strip|blister\s+pack|tub)\s+of\s+(?:my\s+|his\s+|her\s+|the\s+)?(?!wine|vodka|beer|water|juice|coke|crisps|biscuits|chocolate|sweets|cider|gin|lucozade|squash|milk|lemonade|pop|cola|fizzy|energy|sports|tea|coffee|smoothie|ketchup|sauce)[a-z]+\b`,
    ],
    { timeless: true },
  ),
  // Medication errors that are dangerous: an insulin or child's-dose mistake, or a child into adult medicines.
  define(
    'medication_error',
    [
      r`\b(?:digoxin|warfarin|methotrexate|lithium|insulin|opioids?|morphine|oxycodone|fentanyl|methadone|buprenorphine|amitriptyline|nortriptyline|propranolol|amlodipine|verapamil|diltiazem|clonidine|flecainide|sulfonylurea|gliclazide|carbamazepine|theophylline)\b[^.;]{0,60}\b(?:twice${NOT_A_REGIMEN}|double|(?:two|2|both|3|three)\s+(?:doses|lots|times)${NOT_A_REGIMEN}|extra\s+dose|every\s+day\s+(?:\w+\s+){0,2}?instead|by\s+mistake|accidentally|wrong\s+dose|too\s+much)\b`,
      r`\b(?:twice${NOT_A_REGIMEN}|double|(?:two|2|3|three)\s+(?:doses|times)${NOT_A_REGIMEN}|by\s+mistake|accidentally)\b[^.;]{0,60}\b(?:digoxin|warfarin|methotrexate|lithium|insulin|morphine|oxycodone|fentanyl|methadone|buprenorphine|amitriptyline|propranolol|amlodipine|verapamil)\b`,
      r`\b(?:double|doubled|two|twice\s+(?:my|his|her|the)|extra|wrong|too\s+much|ten\s+times\s+(?:the|his|her|my))\s+(?:\w+\s+){0,2}?(?:insulin|dose\s+of\s+(?:insulin|methotrexate|warfarin|digoxin|lithium|opioid|morphine|oxycodone|fentanyl|methadone|buprenorphine)|methadone|buprenorphine|long[- ]acting|lantus|levemir|tresiba|novorapid|humalog)\b`,
      r`\b(?:insulin|lantus|levemir|novorapid|humalog|tresiba)\b[^.;]{0,40}\b(?:twice${NOT_A_REGIMEN}|double|by\s+mistake|wrong\s+(?:one|pen|dose|insulin)|instead\s+of|too\s+much|extra|\d+\s+units\s+instead)\b`,
      // One time of day's insulin given at another time too: "injected my nighttime dose in the morning too" (a double
      // basal dose; Diabetes UK / TOXBASE: monitor for a delayed, prolonged hypo). Only a time told between the dose and
      // its "too" makes it a second dose: "took her morning dose and ate breakfast too" is a meal (review V19).
      r`\b(?:insulin|lantus|levemir|tresiba|toujeo|abasaglar|novorapid|humalog|fiasp|humulin|semglee)\b[^.;]{0,60}\b(?:injected|did|done|took|taken|gave|given|jabbed)\s+(?:my|his|her|their|the)\s+(?:night\s*time|nighttime|night|evening|bedtime|morning|long[- ]acting|basal|daily|background)\s+(?:dose|insulin|units|jab|injection|shot)\s+(?:(?:in\s+the|this|at|last)\s+(?:morning|afternoon|evening|night|bedtime|lunchtime|teatime)\s+|(?:tonight|today)\s+)?(?:by\s+mistake\s+|accidentally\s+)?(?:too|as\s+well|again|also)\b`,
      r`\b(?:gave|given|give)\s+(?:him|her|them|my\s+\w+|the\s+\w+)\s+(?:\d+\s*ml|\w+\s+(?:spoons|syringes))\s+instead\s+of\s+(?:\d|\w+)`,
      // A measure given for a smaller one ("10 ml instead of 2.5"), not tablets counted two for one ("two omeprazole
      // 20mg instead of one each": an adult's own dose twice, read by ORDINARY_EXTRA_DOSE's medicines).
      r`\b(?:(?:\d+|ten|five)\s*(?:ml|mg))\s+instead\s+of\s+(?:\d+(?:[.,]\d)?|half\s+a|one|a)\s*(?:ml|mg)?\b(?!\s*(?:each|of\s+each|tablet|pill|capsule))`,
      r`\b(?:fentanyl|methadone|buprenorphine|opioid|morphine)\s+(?:patch|patches|lollipop|dose)\b[^.;]{0,30}\b(?:swallowed|chewed|ate|ate\s+one|found|stuck\s+on)\b`,
    ],
    { timeless: true, ordinaryWhen: ORDINARY_EXTRA_DOSE },
  ),
  define(
    'child_ingestion',
    [
      r`\b(?:got\s+into|into|got\s+hold\s+of|found\s+(?:him|her|them)\s+with|chewing|chewed|eating|ate|eaten|swallowed|drank|drunk|ingest\w*|ingestion\s+of|had\s+some\s+of|bit\s+into|sucked\s+on)\s+(?:(?!(?:and|but|then|between|in\s+between)\b)\w+\s+){0,4}?(?:(?:my|his|her|our|[\w-]+(?:'s|s')|the)\s+)?(?:\w+\s+)?(?:${PILLS}|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril)|calpol|pills|tablets|meds|medicines?|medication|vitamins|iron\s+tablets|gummies|edibles|cannabis|weed|vape|e-cig\w*|alcohol|vodka|gin|wine|beer|whisky|spirits|mouthwash|hand\s+sanitiser|hand\s+sanitizer|perfume|methadone|nicotine)\b`,
      r`\b(?:drank|drunk|swallowed|ate|had|downed)\s+(?:most|half|all|some|the\s+rest)\s+of\s+(?:a|the|her|his|my)\s+(?:new\s+|full\s+|whole\s+)?(?:bottle|pack|packet|box|tub|jar|tube)\s+of\b`,
      // A child who "got some of" another person's tablets has had them in reach, if not in the mouth (NPIS: any possible
      // ingestion by a child is assessed now): "got some of nana's tablets", "got one of her gran's heart tablets". Not
      // a supply fetched ("got some of my tablets from the chemist").
      r`\bgot\s+(?:some|a\s+few|a\s+couple|one|two|three|\d+|hold\s+of\s+some)\s+of\s+(?:(?:his|her|their|the)\s+)?(?:${SOMEONE_ELSES}|(?:nan|nana|nanny|gran|granny|grandma|grandad|grandpa)s)\s+(?:[\w-]+\s+){0,2}?(?:${PILLS}|pills|tablets|tabs|capsules|meds|medicines?|medication)\b(?![^.;]{0,20}\b(?:from|at)\s+(?:the\s+)?(?:chemist|pharmacy|gp|doctor|surgery|hospital|shop|clinic)\b)`,
      // A learner's bare present for the past (not a question: "can he take all the tablets", "can my son take").
      // A large amount of any medicine ("he drink all the bottle of my medicine", "she eat many of her grandma heart
      // tablet"), whatever it is for.
      r`${NOT_ASKED}\b${LEARNER_CHILD}\s+(?:drink|eat|swallow|take|chew)\s+(?:all\s+(?:the\s+|of\s+(?:the\s+)?)?|many\s+(?:of\s+)?|much\s+(?:of\s+)?|a\s+lot\s+of\s+|lots\s+of\s+|the\s+whole\s+)(?:(?!own\b)\w+\s+){0,4}?(?:${PILLS}|pill|tablet|medicines?|medication|syrup|calpol)\b`,
      // Someone else's tablets eaten, swallowed, chewed or drunk: the child got into them, and what they are for
      // names the owner's complaint ("he eat some of my tablet for pain, maybe 10", "eat her father tablet for
      // diabetes"; review V8, session 27).
      r`${NOT_ASKED}\b${LEARNER_CHILD}\s+(?:drink|eat|swallow|chew)\s+(?:(?:some|half|part|bits|one|two|three|a\s+few)\s+of\s+)?(?:(?:his|her|their|the)\s+)?${SOMEONE_ELSES}\s+(?:\w+\s+){0,3}?(?:${PILLS}|pill|tablet|medicines?|medication|syrup|calpol)\b`,
      // A part, or someone else's taken: not his own tablet, nor a dose taken for a complaint ("take half of his
      // tablet for the allergy", "she take my tablet for headache"; review V8).
      r`${NOT_ASKED}\b${LEARNER_CHILD}\s+(?:drink|eat|swallow|take|chew)\s+(?:some\s+of\s+|half\s+of\s+|my\s+|(?:[\w-]+(?:'s|s')\s+))(?:(?!(?:his|her|their|own)\b)\w+\s+){0,4}?(?:${PILLS}|pill|tablet|medicines?|medication|syrup|calpol)\b(?![^.;]{0,30}\bfor\s+${FOR_A_COMPLAINT})|\b${LEARNER_CHILD}\s+(?:drink|eat|swallow|take|took|ate|swallowed)\s+the\s+(?:${PILLS}|pills?|tablets?|medicines?)\s+of\s+(?:his|her|my|the)\s+\w+`,
      // Tablets counted and found short after a child got to them: "when I counted, 3 or maybe 4 are gone".
      r`\bcounted\b[^.;]{0,30}\b(?:\d|one|two|three|four|five|six|a\s+few|some)\b(?:\s+or\s+(?:maybe\s+|possibly\s+)?(?:\d|two|three|four|five|six|seven))?\s+(?:are|is|were|was)\s+(?:gone|missing)\b`,
      r`\b(?:\d+\s*ml|\d+\s*mg|\w+\s+(?:doses|spoons))\s+(?:\w+\s+){0,3}?by\s+mistake\b|\b(?:gave|give|given)\s+(?:\w+\s+){0,4}?by\s+mistake\b|\bdouble\s+dose\b`,
    ],
    { timeless: true, ordinaryWhen: ORDINARY_DOSE_SLIP },
  ),
  // Empty packets found beside someone unwell or a child (Schmitt-Thompson: assume the worst count).
  define(
    'empty_medicine_pack',
    [
      r`\b(?:open|empty|emptied|nearly\s+empty|half[- ]empty)\s+(?:\w+\s+)?(?:bottles?|packs?|packets?|box(?:es)?|tubs?|blisters?|blister\s+packs?|strips?)\b|\b(?:bottle|pack|packet|box|strip)\s+(?:is\s+|was\s+)?(?:now\s+)?(?:nearly\s+|almost\s+|half\s+)?empty\b`,
      // Tablets told by the count missing from a pack (NPIS / TOXBASE: an unknown count is taken at its
      // most): "five tablets popped out and missing", "up to 4 tabs missing", "twelve are missing", "reckon
      // 8-10 gone", "six of my sleeping tablets missing from the strip", "7 popped out". A count of weeks
      // or days gone ("8 weeks gone") is no count of tablets.
      // What the count is of, told, is a medicine: "a few of the little beads are missing" from a silica gel sachet is
      // no count of tablets (TOXBASE: silica gel is non-toxic).
      r`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+few|several)(?:\s*(?:-|to|or)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty))?\s+(?:of\s+(?:my|his|her|their|the|our)\s+(?:[\w-]+\s+){0,2}?(?=(?:tablets?|tabs?|pills?|capsules?|caps|meds|medicines?|medication|${PILLS}|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril|sartan|statin|done|profen|mol))\b))?(?:(?:tablets?|tabs?|pills?|capsules?|caps|meds|medicines?|medication|${PILLS}|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril|sartan|statin|done|profen|mol))\s+)?(?:are\s+|were\s+|is\s+|have\s+been\s+|had\s+been\s+)?(?:(?:popped\s+out|gone|missing|unaccounted\s+for)(?:\s+and\s+(?:missing|gone))?)(?!\s+(?:down|up|off|away|through|back|well|quiet|home|out|by)\b)`,
    ],
    { timeless: true },
  ),
  define(
    'poison_ingestion',
    [
      r`\b(?:co|carbon\s+monoxide|gas|boiler)\s+(?:alarm|detector)\s+(?:is\s+|was\s+|has\s+been\s+|keeps\s+)?(?:going\s+off|beeping|sounding|went\s+off|ringing|bleeping)\b`,
      // Non-native writers tell it in the present: "he drink some liquid from the bottle of cleaning".
      r`\b(?:drank|drunk|drinking|drink|drinks|swallowed|swallowing|swallow|swallows|took|taken|ate|eaten|eating|eat|eats|ingested|licked|chewed|inhaled|got\s+into|got\s+hold\s+of|bit\s+into|sucked\s+on|sprayed)\s+(?:\w+\s+){0,4}?${HOUSEHOLD_POISON}\b`,
      // Found with it, or with it on the mouth: a suspected ingestion counts as one (Schmitt-Thompson).
      r`\bfound\s+(?:him|her|them|my\s+\w+|the\s+\w+)\s+(?:\w+\s+){0,3}?(?:with|holding|playing\s+with|next\s+to|beside|chewing|sucking)\s+(?:\w+\s+){0,4}?${HOUSEHOLD_POISON}\b|\b${HOUSEHOLD_POISON}\b[^.;]{0,60}\b(?:around|on|in|all\s+over)\s+(?:his|her|their)\s+(?:mouth|lips|tongue|face)\b|\b(?:smell|smells|taste)\s+of\s+(?:\w+\s+)?${HOUSEHOLD_POISON}\s+on\s+(?:his|her|their)\s+breath\b`,
      // Carbon monoxide: a fuel-burning engine or heater in a closed space (NHS: headache, dizziness, confusion).
      r`\b(?:generator|gas\s+(?:fire|heater|boiler)|boiler|paraffin\s+heater|charcoal|bbq|barbecue|car\s+engine|exhaust|fumes)\b[^.;]{0,40}\b(?:garage|tent|indoors|inside|closed|caravan|shed|room|house|basement)\b`,
      r`\b(?:was|were|been|got|being|is|am)\s+poisoned\b`,
      r`\b(?:carbon\s+monoxide|alcohol|mushroom|chemical|cyanide|pesticide|paracetamol|acetaminophen|tylenol|iron|lithium)\s+poisoning\b`,
      r`\bcarbon\s+monoxide\b[^.;]{0,40}\b(?:alarm|leak|detector|exposure)\b`,
    ],
    // A lick or a taste spat straight out is not an ingestion (TOXBASE: a lick of a dishwasher tablet is minimal).
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:licked|tasted|touched\s+(?:it\s+)?with\s+(?:his|her)\s+tongue)\b[^.;]*\bsp[ai]t\s+(?:it\s+)?out\b/,
      ordinaryUnlessElsewhere: ONLY_LICKED_OR_MOUTHED_GUARD,
    },
  ),
  // Quantities told as time or as more than a dose: "2-3 days of her tablets at once", "6 of my oxycodone".
  define(
    'excess_dose',
    [
      r`\b(?:took|taken|taking|swallowed|had|necked|popped|ate)\s+(?:\w+\s+){0,2}?(?:[2-9]|two|three|four|five|six|seven|a\s+few|several)(?:\s*-\s*\d)?\s+(?:days?|weeks?)(?:'s|\s+worth)?\s+(?:worth\s+)?of\s+(?:my|his|her|their|the)?\s*(?:\w+\s+)?(?:pills|tablets|meds|medication|medicines|doses)\b`,
      // A running total over days: "been taking 2 every 3 hours, probably about 40 tablets since friday". The strength
      // of a few tablets counted is no count ("took three 400 mg ibuprofen", "2 x 200 mg"; TOXBASE counts the tablets),
      // nor is a strength: "took 400 mg ibuprofen" is one tablet, not four hundred (read below with what is told round it).
      r`${TAKEN_BEFORE_IT}${NOT_AFTER_A_FEW}(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty)(?!\s*(?:mg|mcg|micrograms?|milligrams?|g|grams?)\b)\s+(?:\w+\s+)?(?:pills|tablets|capsules|paracetamol|co-codamol|ibuprofen)\b`,
      // A strength told before the medicine is a dose, one tablet ("took 400 mg ibuprofen for toothache"), and an amount
      // only with a count, a whole pack or a repetition told after it: "500 mg tablets, 16 of them", "200 mg ibuprofen
      // x 20", "300 mg pills of his lithium, the whole bottle", "500 mg paracetamol every hour", or told unknown ("not sure
      // how many, lots": NPIS, an unknown quantity of paracetamol is treated as an overdose; review V35, 18:05), or
      // tablets in the plural, whose number a clause after may tell ("500 mg paracetamol tablets, don't know how many"). A few tablets told
      // before the strength ("2 x 200 mg") are the count, as above; five or more told before it are read as an amount
      // whatever follows ("6 x 500 mg paracetamol at once, she weighs 40 kg" is 75 mg/kg).
      r`${TAKEN_BEFORE_IT}${NOT_AFTER_A_FEW}\d{2,4}\s+(?:mg|mcg|g)\s+${TABLETS_OF_A_STRENGTH}(?=[^.;]{0,40}?(?:(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,])(?!\s*(?:mg|mcg|micrograms?|milligrams?|g|grams?|ml|kg|kgs|kilos?|h|hrs?|hours?|mins?|minutes?|am|pm|%|\/|years?|y|yo|days?|weeks?|months?))|\b(?:tablets|pills|capsules|caplets|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a\s+hundred|dozens?|of\s+them|whole|all|box(?:es)?|packets?|packs?|bottles?|strips?|tubs?|lost\s+count|every|times|on\s+top|handful|lots|loads|many|a\s+few|several|some\s+more|more|another|again|extra|maybe|unknown|(?:do\s+not|did\s+not|not\s+sure|no\s+idea|cannot|can\s+not|could\s+not)\s+(?:\w+\s+)?how\s+(?:many|much))\b|\bx\s*\d))`,
      r`${TAKEN_BEFORE_IT}(?:[5-9]|1\d|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:x\s+)?\d{2,4}\s+(?:mg|mcg|g)\s+${TABLETS_OF_A_STRENGTH}`,
    ],
    { timeless: true },
  ),
  // Schmitt-Thompson and TOXBASE: in a child, an adult product, doses repeated within hours,
  // two carers each giving a dose, or any dosing mistake is a medication error to act on.
  define(
    'child_dose_error',
    [
      r`\badult\s+(?:dose|doses|tablets?|paracetamol|ibuprofen|strength|medicine|pills?|calpol|nurofen)\b|\b(?:[2-9]|two|three|four|five|six)\s+times\s+in\s+(?:the\s+(?:last|past)\s+)?(?:\d+|a|an|one|two|three|four|five|six|few)\s+(?:hours?|hrs?)\b|\bwithout\s+(?:telling|checking\s+with|asking)\s+each\s+other\b|\bboth\s+(?:gave|given|dosed)\b|\b(?:\d{2,}|[5-9])\s*ml\b[^.;]{0,25}\binstead\s+of\s+(?:[0-4](?:[.,]\d+)?|half\s+a|a\s+quarter)\b|${A_MISTAKE_WITH_A_MEDICINE}|\b(?:gave|given|had)\s+(?:\w+\s+){0,4}?(?:twice|again|double|too\s+soon|too\s+early|too\s+close\s+together)\b`,
    ],
    {
      timeless: true,
      ordinaryWhen: new RegExp(
        `${WATER_SWALLOWED_BY_ACCIDENT.source}|${A_CHILDS_DOSE_GIVEN_ONCE_TOO_OFTEN.source}|${ALLERGEN_EATEN_BY_ACCIDENT.source}`,
      ),
    },
  ),
  // Several of one's own tablets at once: an overdose when toxic effects follow.
  define(
    'several_doses',
    [
      r`\b(?:took|taken|swallowed|had|necked|popped|ate)\s+(?:about\s+|like\s+|maybe\s+)?(?:[4-9]|\d{2}|four|five|six|seven|eight|nine|ten)\s+of\s+(?:my|his|her|their|the|grandma's|nan's|mum's|dad's)\s+(?:\w+\s+)?${PILLS}\b`,
    ],
    { timeless: true },
  ),
  // An overdose disclosed by halves (NICE NG225, TOXBASE: take the largest count told): "took some
  // pills, not many... ok it was about 30 co-codamol". The count and the ingestion meet in the message.
  define(
    'pill_count',
    [
      r`\b(?:about|around|like|maybe|probably|at\s+least|over|more\s+than|it\s+was|was\s+(?:about|like))\s+(?:[1-9]\d|\d{3}|ten|twelve|fifteen|twenty|thirty|forty|fifty)(?:\s+(?:of\s+(?:my|his|her|them|the)\s+)?(?:\w+\s+)?${PILLS}\b|(?:ish|\s+or\s+so|\s+in\s+total|\s+altogether|\s+all\s+together)\b|(?=\s*(?:[,!?)]|$|\s+(?:of\s+them|maybe|i\s+think|now|so\s+far|by\s+now|to\s+(?:sleep|get|help|make|stop|numb)))))|\b(?:[1-9]\d|\d{3})\s*x\s*\d+\s*(?:mg|g|mcg)\b`,
      r`\b(?:took|taken|swallowed|necked|had)\s+(?:\w+\s+)?(?:[2-9]|two|three|four|five|six|a\s+couple\s+of|a\s+few|several)\s+(?:packs|packets|boxes|strips|bottles)\b`,
    ],
    {
      timeless: true,
      ordinaryWhen:
        /\b(?:left|remaining|in\s+the\s+(?:box|pack|bottle|cupboard)|prescri\w*|per\s+day|a\s+day|a\s+month|each|costs?|price|£|\$)\b/,
    },
  ),
  define(
    'took_some_pills',
    [
      r`\b(?:took|taken|swallowed|necked|downed|had)\s+'?(?:some|a\s+few|a\s+load|a\s+bunch|extra|more|a\s+handful|a\s+couple|loads)\b(?:\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:\w+\s+)?${PILLS})?`,
      // A learner's bare present for the past: "he take too much tablet of paracetamol, maybe 30" (not "do I take too many?").
      r`(?<!\b(?:can|could|should|would|will|does|did|do|may|might|must|if|to|not)\s)\b(?:he|she|i|they)\s+(?:take|swallow|eat)\s+(?:too\s+much|too\s+many|many|a\s+lot\s+of|lots\s+of)\s+(?:\w+\s+){0,2}?(?:${PILLS}|pill|tablet)\b`,
      // A staggered overdose: tablets taken through the day, then counted (TOXBASE paracetamol).
      r`\b(?:been|have\s+been|had\s+been|kept|keep|keeps)\s+(?:taking|popping|necking|swallowing|having)\s+(?:\w+\s+)?${PILLS}\b[^.;]{0,30}\b(?:all\s+day|all\s+night|since\s+(?:this\s+)?morning|every\s+(?:hour|couple\s+of\s+hours)|non[- ]?stop)\b`,
    ],
    { timeless: true },
  ),
  // Signs of a toxic dose of a sedative, opioid or cardiac drug.
  // Opioid toxicity as a bystander sees it (TOXBASE, Resuscitation Council): pinpoint pupils, with slow or
  // shallow breathing or a sleepiness that is more than tiredness (see the poisoning rule); not pupils
  // small in bright light or after eye drops.
  define(
    'pinpoint_pupils',
    [
      r`\b(?:pinpoint|pin[- ]point|pinned)\s+pupils\b|\bpupils\s+(?:are\s+|look\s+|were\s+|have\s+gone\s+)?(?:really\s+|very\s+|so\s+|super\s+)?(?:tiny|pinpoint|pin[- ]?points?|pinned|small)\b|\b(?:tiny|pin[- ]?prick)\s+pupils\b`,
    ],
    { ordinaryWhen: /\b(?:drops|optician|optometrist|bright|light|sun\w*|dilat\w*|glaucoma)\b/ },
  ),
  define('slow_or_shallow_breathing', [r`${SLOW_OR_SHALLOW_BREATHING}|\bbarely\s+breathing\b`]),
  define('toxic_effects', [
    r`\bpinpoint\s+pupils\b|${SLOW_OR_SHALLOW_BREATHING}|\bsnoring\s+and\s+(?:cannot|will\s+not)\s+(?:wake|be\s+woken)\b`,
  ]),
  // Medication errors in children and in carers' hands: a wrong medicine, or a second dose too soon.
  define(
    'dosing_error',
    [
      r`\b(?:wrong|someone\s+else's|another\s+(?:patient|resident)'s|(?:his|her|my)\s+(?:wife|husband|partner|mum|mom|dad|son|daughter|brother|sister|flatmate|roommate)'s)\s+(?:tablets|pills|meds|medication|medicine|dose|syringe|insulin|${PILLS}|[a-z]{4,}(?:ine|olol|dipine|pam|lam|pril|arin|statin|xaban|ium|oxin|sartan))\b|\b(?:mixed|muddled|got)\s+up\s+(?:all\s+)?(?:my|his|her|their|the)\s+(?:\w+\s+)?(?:tablets|pills|meds|medications?|medicines|doses|dosette|blister\s+packs?)\b|\b(?:mixed|muddled)\s+(?:my|his|her|their|the)\s+(?:\w+\s+)?(?:tablets|pills|meds|medications?|medicines)\s+up\b|\b(?:whole|entire|full|all\s+(?:of\s+)?(?:the|her|his|my))\s+(?:[\w']+\s+)?(?:dosette|pill\s+organi[sz]er|(?<=\b(?:whole|entire|full|the|her|his|my|their|weekly|pill|medication|meds|tablet|dosette)\s)organi[sz]er(?=\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:empty|emptied|gone))|blister\s+pack|nomad\s+(?:pack|tray)|weekly\s+pack)\b|\binstead\s+of\s+(?:the\s+)?(?:infant|baby|children's|child|kids)\b|\b(?:already|also)\s+(?:given|had|taken|gave)\s+(?:him\s+|her\s+|them\s+)?(?:a|his|her|the|one)\s+dose\b|\b(?:gave|given|give)\s+(?:him|her|them|my\s+\w+)\s+(?:two|2|a\s+second|another|an\s+extra)\s+doses?\b`,
      // Schmitt-Thompson / TOXBASE: doses repeated too often, two products with the same drug, a round of medicines given twice.
      r`\b(?:every|each)\s+(?:1|2|one|two|an?)\s*(?:hours?|hrs?|half\s+hour)\b[^.;]{0,40}\b(?:calpol|paracetamol|nurofen|ibuprofen|medicine|doses?)\b|\b(?:calpol|paracetamol|nurofen|ibuprofen)\b[^.;]{0,40}\bevery\s+(?:1|2|one|two|an?)\s*(?:hours?|hrs?)\b|\b(?:[5-9]|five|six|seven|eight|nine|ten)\s+doses\s+(?:of\s+\w+\s+)?(?:today|in\s+24|since|in\s+a\s+day|in\s+one\s+day)\b|\b(?:also|both)\s+(?:has|have|had|contain|contains)\s+paracetamol\b|\bgave\s+(?:my\s+)?\w+\s+(?:his|her|their)\s+(?:\w+\s+)?(?:tablets|meds|medication|medicines|doses)\s+(?:twice|again|two\s+times)\b|\bdosette\b[^.;]{0,40}\b(?:twice|two\s+days|wrong\s+day|both)\b`,
      // A medicine where one extra dose harms given twice by two carers (TOXBASE): "we both gave him his evening insulin".
      r`\b(?:both|each)\s+(?:gave|given|did|injected)\s+(?:him|her|them\s+)?\s*(?:his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:insulin|methotrexate|morphine|oxycodone|fentanyl|methadone|buprenorphine|digoxin|lithium|warfarin)\b`,
      // A young child who may have taken a medicine: "might have swallowed one", "a tablet in his mouth", "two are missing".
      r`\b(?:might|may|could)\s+have\s+(?:swallowed|eaten|had|taken|chewed)\b|\b(?:tablet|pill|capsule)s?\s+in\s+(?:his|her|their)\s+mouth\b|\b(?:one|two|three|a\s+few|some)\s+(?:tablets?|pills?|capsules?)\s+(?:is\s+|are\s+|seem\s+)?missing\b|\b(?:pill|tablet|dosette)\s+(?:box|organi[sz]er|pack|bottle)\s+(?:was\s+|is\s+)?(?:open|opened|emptied)\b`,
    ],
    { timeless: true, ordinaryWhen: ONE_DOSE_COUNTED_TWICE, ordinaryUnlessElsewhere: LOW_TOXICITY_OR_MOUTHED_GUARD },
  ),
  // Recreational drugs and spiked drinks (stimulant or sedative toxicity).
  define(
    'recreational_drug',
    [
      r`\b(?:mdma|ecstasy|molly|mandy|cocaine|crack|speed|amphetamines?|meth|crystal\s+meth|ketamine|spice|mephedrone|gbl|ghb|lsd|acid\s+tab|magic\s+mushrooms|shrooms)\b|\b(?:pills?|tablets?|something)\s+at\s+(?:a|the)\s+(?:club|party|festival|rave|gig)\b|\b(?:drink|drinks)\s+(?:was|were|got|has\s+been)\s+spiked\b|(?<!\b(?:fever|temperature|temp|sugars?|glucose|bp|pressure|levels?|pain|heart\s+rate|pulse)\s+(?:has\s+|had\s+|have\s+|just\s+|suddenly\s+)?)\bspiked\b`,
    ],
    { timeless: true },
  ),
  // Carbon monoxide: a fuel-burning appliance with several people unwell, or the alarm going off.
  define(
    'fuel_appliance',
    [
      r`\b(?:boiler|gas\s+(?:fire|heater|stove|cooker)|heater|generator|wood\s+burner|log\s+burner|stove|charcoal|bbq|barbecue|fumes|exhaust|carbon\s+monoxide|co\s+alarm)\b`,
    ],
    { timeless: true },
  ),
  define('household_unwell', [
    r`\b(?:ease|eases|eased|better|improve\w*|go(?:es)?\s+away|clear\w*\s+up)\s+(?:\w+\s+){0,4}?(?:outdoors|outside|out\s+of\s+the\s+house|away\s+from\s+(?:home|the\s+house)|at\s+work|at\s+school)\b|\bfamily\s+(?:of\s+\w+\s+)?(?:all\s+)?(?:with|have|has|got)\s+(?:\w+\s+)?(?:headaches?|nausea|dizziness)\b`,
    r`\bso\s+(?:does|is|has|do|are|have)\s+(?:the\s+|my\s+|our\s+)?(?:dog|cat|pets?|wife|husband|partner|kids|children|baby|son|daughter|mum|mom|dad|family|everyone|flatmate|roommate|nan|grandma|grandad)\b|\b(?:the\s+)?(?:dog|cat|pets?)\s+(?:is|are|has\s+been|seems?)\s+(?:also\s+)?(?:ill|sick|poorly|unwell|lethargic|vomiting|drowsy|wobbly)\b`,
    r`\b(?:all\s+of\s+us|everyone|every\s+one|whole\s+family|we\s+all|both\s+of\s+us|the\s+kids\s+and\s+i|all\s+(?:three|four|five)\s+of\s+us|the\s+dog|even\s+the\s+dog)\b[^.;]{0,40}\b(?:headaches?|dizzy|sick|vomit\w*|drowsy|sleepy|nause\w*|confused|faint)\b`,
  ]),
  define('envenomation', [
    r`\b(?:bitten|bit|bite)\s+(?:by\s+)?(?:something|an?\s+animal)\b[^.;]{0,40}\b(?:snake|adder|viper|spider|scorpion)\b|\b(?:fang|puncture)\s+marks\b|\btwo\s+(?:little\s+|small\s+|tiny\s+)?(?:marks|holes|punctures)\b`,
    r`\b(?:bitten|bit)\s+by\s+(?:a\s+)?(?:\w+\s+)?(?:snake|rattlesnake|viper|adder|cobra|black\s+widow|brown\s+recluse|scorpion)\b`,
    r`\bsnake\s*bite\b`,
    // A scorpion's sting (Mexican and Brazilian poison centres: a child stung needs antivenom assessment) and a
    // snake told as the one that bit. Envenomation is of a person and now: the animal must have bitten someone
    // (not the dog, a vet's question), and a bite told as childhood or years ago is a past event.
    r`\bstung\s+by\s+(?:a\s+|the\s+)?scorpion\b|\bscorpion\s+sting\b|(?<!\bwhen\s+(?:i|he|she|we)\s+was\s+(?:a\s+)?(?:kid|child|little|young|boy|girl|teenager)\b[^.;]{0,40})\b(?:scorpion|snake|viper|adder|rattlesnake|cobra)\s+(?:has\s+)?(?:stung|bit|bitten)\s+(?:me|him|her|us|them|(?:my|our|his|her|the)\s+(?!(?:dog|dogs|cat|puppy|kitten|horse|pet|goat|sheep|cow)\b)\w+)\b(?![^.;]{0,40}\b(?:years?\s+ago|as\s+a\s+(?:kid|child))\b)`,
  ]),
  // A cardiac glycoside one is on: its toxic dose is told by what it does (NPIS / TOXBASE digoxin).
  define('cardiac_glycoside', [r`\b(?:digoxin|lanoxin|digitoxin|digitalis)\b`], { timeless: true }),
  // Vision tinted yellow or green, or yellow rings round lights (xanthopsia): digoxin toxicity's own sign,
  // not yellow eyes or skin (jaundice) nor a bruise going yellow.
  define(
    'yellow_vision',
    [
      r`\b(?:everything|things|the\s+world|(?:his|her|my|their)\s+vision|vision|sight|lights?|the\s+lights)\s+(?:all\s+)?(?:looks?|looking|looked|is|are|seems?|seem|has\s+gone|have\s+gone|went|gone|turned)\s+(?:all\s+|a\s+bit\s+|kind\s+of\s+|sort\s+of\s+|very\s+|really\s+)?(?:yellow|yellowish|yellowy|green|greenish)\b`,
      r`\b(?:seeing|sees|see|saw)\s+(?:everything\s+|things\s+)?(?:in\s+)?(?:yellow|green)(?:ish)?\b(?!\s+(?:cars?|signs?|birds?|flowers?|paint|fields?))`,
      r`\b(?:yellow|green)(?:ish|y)?\s+(?:halos?|haloes|rings?|circles?|tinge|tint)\b|\blights?\s+(?:have|has|with|had)\s+(?:a\s+)?(?:yellow|green)(?:ish)?\s+(?:rings?|halos?|haloes|circles?|tinge)\b|\bxanthopsia\b`,
    ],
    // What the medicine can do, told as a warning: "digoxin can make you see yellow halos".
    { ordinaryWhen: /\b(?:can|could|may|might)\s+(?:make|cause|give)\b/ },
  ),
];

export const ALLERGY_AND_POISONING_SIGNALS: readonly SignalDefinition[] = [
  ...ALLERGY,
  ...POISONING,
  ...HOUSEHOLD_POISON_SIGNALS,
  ...INSULIN_TOLD_BY_ITS_UNITS_SIGNALS,
  ...BATTERY_GONE_FROM_A_DEVICE_SIGNALS,
];
