/**
 * Red flags in babies and children told by a parent: the NICE NG143 "traffic light" red
 * features (no response to social cues, not waking or not staying awake, weak high-pitched or
 * continuous cry, grunting, chest indrawing, pale/mottled/blue, reduced skin turgor, bulging
 * fontanelle, rash that does not fade), the WHO IMCI general danger signs (unable to drink or
 * feed, vomits everything, convulsions, lethargic or unconscious) and Schmitt-Thompson's
 * "sounds very sick" questions. Normal infant behaviour (sleeping a lot but waking for feeds,
 * a snuffly nose) is not among them.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { NOT_A_BORN_BABY, NOT_A_WISH, ORDINARY_STARING } from '../triage-vocabulary.js';

const AGE_WORDS = r`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const CHILD_YEARS = r`(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)`;

/**
 * Infantile colic (NICE CKS): long bouts of crying that nothing settles, told as coming at the same time every day or
 * for weeks, in a baby told as feeding, gaining weight or otherwise well. It is for the health visitor or the GP, not
 * an emergency. Never where the sentence tells the cry as weak, high-pitched or unlike the usual, or a red flag
 * beside it: a fever, vomiting, poor feeding, a floppy, pale, blue or mottled baby, blood.
 */
const COLIC_IN_A_THRIVING_BABY =
  /^(?![\s\S]*\b(?:weak\w*|high[- ]pitched|shrill|whimper\w*|moan\w*|pitiful|mew\w*|kitten|different|unusual|strange|fever\w*|temperature|temp|hot|vomit\w*|sick|green|floppy|limp|pale|blue|grey|gray|mottled|refus\w*|not\s+(?:feeding|eating|drinking|waking)|off\s+(?:his|her|their)\s+(?:feeds?|milk)|blood\w*|swollen|bulging|rash|worse|first\s+time)\b)(?=[\s\S]*\b(?:(?:every|each)\s+(?:single\s+)?(?:evening|night|afternoon|day)|(?:most|in\s+the)\s+(?:evenings|afternoons)|every\s+day\s+(?:at|around|from)|for\s+(?:\d+|two|three|four|five|six|a\s+few|several)\s+weeks|colic\w*)\b)(?=[\s\S]*\b(?:feed\w*\s+(?:well|fine|ok|okay|normally)|thriv\w*|gaining\s+weight|putting\s+on\s+weight|growing\s+well|(?:otherwise|perfectly)\s+(?:well|fine|happy)|happy\s+(?:between|in\s+between|otherwise)|normal\s+(?:examination|exam)|colic\w*)\b)/;

/** A button battery told as a chore on a device, with nothing of a child, a mouth or a loss in the sentence. */
const BUTTON_BATTERY_AS_A_CHORE =
  /^(?![\s\S]*\b(?:swallow\w*|mouth\w*|ate|eaten|eat|missing|lost|gone|find|found|where|child\w*|toddler|baby|babies|son|daughter|kids?|boy|girl|grandson|granddaughter|dog|drool\w*|chok\w*|nose|ears?|lick\w*|chew\w*|suck\w*|vomit\w*|cough\w*|pain|hurts?)\b)[\s\S]*\b(?:chang\w*|replac\w*|fitt\w*|swapp\w*|buy\w*|bought|order\w*|what\s+size|which|spare|dispos\w*|recycl\w*|watch|remote|key\s*fob|scales|calculator|hearing\s+aid)\b/;

export const CHILD_SIGNALS: readonly SignalDefinition[] = [
  define(
    'child',
    [
      r`\b(?:child|children|kid|kids|toddler|son|daughter|boy|girl|little\s+one|baby\b${NOT_A_BORN_BABY}|infant|newborn|preschooler|lo)\b`,
      // Children's ages only: "my 45 year old husband" is no child (NICE NG143 covers under-18s in years).
      r`\b${CHILD_YEARS}[- ](?:year|yr)s?[- ]old\b|\b${AGE_WORDS}[- ](?:month|week|day)s?[- ]old\b|\b(?:aged|age)\s+${CHILD_YEARS}\b(?!\s+(?:and\s+over|plus))`,
      // An age told as learners of English tell it: "he is 3 year", "she have 4 years", "my son 3 year", "is 14 month".
      r`\b(?:he|she)\s+(?:is|have|has)\s+(?:only\s+|just\s+)?${CHILD_YEARS}\s+(?:years?|yrs?)(?=\s*(?:$|[,.;!?)]|and\b))|\b(?:son|daughter|boy|girl|baby|child|kid)\s+(?:is\s+)?${CHILD_YEARS}\s+(?:year|yr)s?\b(?!\s+(?:ago|since|later|older|younger))|\b(?:is|aged)\s+${AGE_WORDS}\s+(?:months?|mths?)\b(?!\s+(?:ago|pregnant|later|since|postpartum|post|after|old))`,
    ],
    { timeless: true },
  ),
  define(
    'weak_or_abnormal_cry',
    [
      r`\b(?:weak|high[- ]pitched|shrill|strange|unusual|whimpering|moaning|pitiful|constant|continuous|inconsolable)\s+(?:\w+\s+)?(?:cry|crying|cries|scream|screaming|wail\w*)\b`,
      r`\b(?:cry|crying|cries)\s+(?:is\s+|sounds\s+)?(?:\w+\s+){0,2}?(?:weak|high[- ]pitched|shrill|different|like\s+a\s+(?:cat|kitten))\b`,
      r`\b(?:just|only|keeps)\s+(?:moans|moaning|whimpers|whimpering)\b`,
      r`\bcry(?:ing)?\s+(?:really\s+|very\s+|so\s+)?(?:weakly|feebly)\b|\blike\s+a\s+(?:little\s+|tiny\s+)?(?:mew|kitten)\b`,
      r`\b(?:will\s+not|cannot|could\s+not|nothing\s+will)\s+(?:stop\s+(?:him|her)\s+)?(?:stop\s+)?(?:crying|screaming)\b[^.;]{0,30}\b(?:hours|all\s+(?:night|day)|for\s+\d+|nothing\s+(?:helps|works)|inconsolable)\b`,
    ],
    { ordinaryWhen: COLIC_IN_A_THRIVING_BABY },
  ),
  define(
    'not_waking',
    [
      // A wish not to wake (NICE NG225: passive death-wish talk, "wishes he would not wake up", "would not mind not
      // waking up", "wish I could go to sleep and not wake up") is no one who cannot be roused.
      r`(?<!\bi\s)(?<!\b(?:sleep|bed)\s+and\s)(?<!\bif\s+i\s+(?:did|do|would|could)\s)(?<!\bmind\s)${NOT_A_WISH}\b(?:will\s+not|would\s+not|does\s+not|did\s+not|cannot|could\s+not|is\s+not|not)\s+(?:properly\s+|fully\s+|really\s+)?(?:wake|waking|woken|woke|rouse|rousing|roused|stay\s+awake|staying\s+awake)\b(?!\s+(?:me|at\s+night|in\s+the\s+night|through|during\s+the\s+night|until|till|before|early|on\s+time|for\s+school|in\s+the\s+morning)|\s+(?:him|her|them)\s+(?:up\s+)?(?:in\s+time\s+)?for\s+(?:his|her|their|the)\s+(?:alarm|work|shift|school|lectures?|class|bus|train))`,
      r`\b(?:can|could)\s+(?:barely|hardly|only\s+just)\s+(?:wake|rouse|keep)\s+(?:him|her|them|my\s+\w+|awake)\b`,
      r`\b(?:hard|difficult|impossible)\s+to\s+(?:wake|rouse|wake\s+up)\b`,
      r`\b(?:goes|went|falls|fell|keeps\s+going)\s+(?:straight\s+)?back\s+to\s+sleep\b[^.;]{0,30}\b(?:straight\s+away|immediately|again)\b`,
      r`\bnot\s+waking\s+(?:up\s+)?for\s+(?:feeds|feeding|his\s+feeds|her\s+feeds)\b`,
    ],
    // "really hard to wake up for a minute, then totally fine": a deep sleep, over.
    { briefEpisode: true },
  ),
  define(
    'no_social_response',
    [
      r`\b(?:not|no\s+longer|stopped)\s+(?:smiling|interested\s+in\s+anything|reacting\s+to\s+(?:me|us|anything)|looking\s+at\s+(?:me|us)|making\s+eye\s+contact)\b`,
      r`\b(?:does|did)\s+not\s+want\s+to\s+(?:play|look\s+at\s+(?:me|us))\b|\bjust\s+lying\s+there\b|\beyes\s+(?:\w+\s+){0,2}?(?:glazed|glassy|vacant)\b|\b(?:staring|stares)\s+(?:blankly|into\s+space|through\s+(?:me|us))\b|\b(?:glassy|glazed|vacant|blank)\s+(?:eyed|eyes|look|stare)\b`,
    ],
    { ordinaryWhen: ORDINARY_STARING },
  ),
  define(
    'grunting_or_indrawing',
    [
      r`\bgrunt(?:ing|s)?\b(?!\s+(?:when\s+(?:he|she)\s+(?:poos|poops|strains|pushes)|while\s+(?:pooing|straining)))`,
      r`\b(?:nostrils?\s+(?:are\s+)?flaring|flaring\s+(?:his|her|their)?\s*nostrils|head\s+bobbing|see\s+(?:his|her|their)\s+ribs|ribs\s+(?:are\s+)?showing|sucking\s+in\s+(?:under|between|at)|tummy\s+(?:is\s+)?sucking\s+in|neck\s+(?:is\s+)?sucking\s+in|using\s+(?:his|her|their)\s+(?:tummy|stomach|neck)\s+(?:muscles\s+)?to\s+breathe|accessory\s+muscles|tracheal\s+tug|recession)\b`,
      // Recession, tracheal tug and grunting as parents see them (NICE NG143 red: grunting, marked chest indrawing).
      r`\b(?:dip|dent|hollow|pulling\s+in|sucking\s+in|sinking\s+in|caving\s+in)\b[^.;]{0,30}\b(?:bottom|base|front)\s+of\s+(?:his|her|their|the)\s+(?:neck|throat)\b|\b(?:neck|throat|ribs|chest|tummy|belly)\b[^.;]{0,25}\b(?:sucks?|sucking|pulls?|pulling|sinks?|sinking|caves?|caving|dips?|dipping)\s+in\b[^.;]{0,25}\b(?:each|every|with\s+each|with\s+every)\s+breath\b|\b(?:tummy|belly|stomach)\s+(?:is\s+)?(?:going|moving|pumping|heaving)\s+(?:in\s+and\s+out|up\s+and\s+down)\s+(?:really\s+|very\s+|so\s+)?(?:fast|hard|quickly)\b|\b(?:noise|sound|squeak|groan)\s+at\s+the\s+end\s+of\s+(?:each|every)\s+breath\b`,
    ],
    // Newborn grunting while straining to poo or in sleep, feeding well, is normal (Schmitt-Thompson).
    {
      ordinaryWhen:
        /\b(?:breath\w*\s+(?:normally|fine|ok)|feeds?\s+(?:well|great|fine)|feeding\s+(?:well|fine|normally)|poo(?:s|ing|ps|ping)?|straining|strains|pushing\s+out\s+wind|passing\s+wind|windy|asleep|sleeps|sleeping|in\s+(?:his|her|their)\s+sleep|at\s+night|noises|squeaks?)\b/,
    },
  ),
  define('dehydration_signs', [
    r`\bsunken\s+(?:eyes|soft\s+spot|fontanel\w*)\b|\beyes\s+(?:look\s+|are\s+)?sunken\b`,
    r`\b(?:no\s+tears\s+when\s+(?:crying|she\s+cries|he\s+cries)|skin\s+stays\s+(?:up|pinched)|very\s+dry\s+mouth)\b`,
  ]),
  define('vomits_everything', [
    r`\b(?:vomit\w*|throwing\s+up|throws\s+up|bringing\s+up|sick\s+after)\s+(?:up\s+)?(?:everything|every\s+(?:feed|bottle|drink|single\s+feed)|all\s+(?:her|his|their)\s+(?:feeds|milk|fluids)|anything)\b`,
    r`\b(?:cannot|could\s+not|will\s+not)\s+keep\s+(?:anything|any\s+\w+|water|fluids|food|drinks?|liquids?|milk)\s+down\b`,
  ]),
  // Projectile vomiting: in a baby it tells pyloric stenosis, which Schmitt-Thompson's paediatric protocol sees the
  // same day (a surgical referral, not an ambulance) unless green or bloody vomit, dehydration, floppiness or a baby
  // who keeps nothing down is told with it, which their own signals read; NICE NG143 names no vomiting as red. It
  // still counts as a fever's, a withdrawal's or a diabetic's vomiting, as keeping nothing down does.
  define('forceful_vomiting', [r`\b(?:projectile|forceful)\s+(?:vomit\w*|sick)\b`]),
  define(
    'unable_to_drink',
    [
      r`\b(?:not|will\s+not|refusing\s+to|refuses\s+to|stopped|cannot)\s+(?:drinking|drink|feeding|feed|eating\s+or\s+drinking|taking\s+(?:any\s+)?(?:fluids|milk|feeds|drinks|the\s+bottle|the\s+breast))\b`,
      r`\b(?:hardly|barely)\s+(?:fed|feeding|drunk|drinking|taken\s+(?:any\s+)?(?:milk|feeds))\b`,
      r`\b(?:refusing|refuses|refused)\s+(?:all\s+)?(?:feeds|drinks|fluids|bottles?|the\s+breast|milk)\b|\btoo\s+(?:weak|sleepy|tired)\s+to\s+(?:feed|drink|suck)\b`,
      // WHO IMCI "unable to breastfeed" told plainly: "cannot suck the breast", "is not sucking breast".
      r`\b(?:not|will\s+not|cannot|could\s+not|refusing\s+to|refuses\s+to|stopped|does\s+not|is\s+not)\s+(?:sucking|suck|latching|latch)\s+(?:on\s+|at\s+)?(?:the\s+|her\s+|his\s+|my\s+)?(?:breast|bottle|nipple|teat)\b`,
    ],
    { ordinaryWhen: /\b(?:solids|vegetables|veg|broccoli|dinner|lunch|breakfast|picky|fussy\s+eater)\b/ },
  ),
  define(
    'swallowed_object',
    [
      r`\bbutton\s+batter(?:y|ies)\b`,
      r`\b(?:swallowed|ate|eaten|put\s+in\s+(?:his|her)\s+mouth)\s+(?:a|an|the|some|two|\d+|(?:one|two|three|\d+|some)\s+of\s+(?:the|those|his|her|my))\s+(?:\w+\s+){0,3}?(?:button\s+batter(?:y|ies)|batter(?:y|ies)|magnets?|coin\s+(?:cell|battery)|lithium\s+cell)\b`,
    ],
    // NPIS: a swallowed button battery or magnets need hospital however well the child looks. A button battery
    // changed, fitted, bought or sized for a device is a household chore, in a sentence that tells no child, no mouth,
    // nose or ear and no battery lost (the danger is the one that goes missing while the device is open).
    { timeless: true, ordinaryWhen: BUTTON_BATTERY_AS_A_CHORE },
  ),
];
