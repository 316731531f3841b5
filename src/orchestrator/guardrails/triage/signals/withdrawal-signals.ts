/**
 * Dangerous withdrawal. Alcohol withdrawal turns dangerous with seizures, hallucinations and
 * confusion (delirium tremens) - NICE CG100 admits them; benzodiazepine withdrawal can fit.
 * The context ("stopped drinking", "ran out of my diazepam") is timeless: it happened days
 * before the symptoms.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

const SUBSTANCE = r`(?:drinking|drink|booze|alcohol|the\s+drink|vodka|beer|wine|cider|benzos?|diazepam|valium|xanax|alprazolam|lorazepam|clonazepam|klonopin|etizolam|temazepam|nitrazepam|oxazepam|chlordiazepoxide|librium|zopiclone|zolpidem|sleeping\s+(?:pills|tablets)|phenobarbital|pregabalin|gabapentin|methadone|heroin|opiates?|opioids?|gbl|ghb)`;

export const WITHDRAWAL_SIGNALS: readonly SignalDefinition[] = [
  define(
    'substance_stopped',
    [
      // GHB by its street names: 'stopped G yesterday', 'off the gina'.
      r`\b(?:stopped|quit|off|coming\s+off|came\s+off|no\s+more|ran\s+out\s+of|run\s+out\s+of)\s+(?:the\s+)?(?:g|gina|liquid\s+ecstasy)\b(?=\s+(?:yesterday|today|last|since|a\s+few|\d|two|three|after|for|and|,|\.|$))`,
      r`\b(?:stopped|quit|quitting|stopping|gave\s+up|giving\s+up|cut\s+out|no|run\s+out\s+of|ran\s+out\s+of|off\s+the|come\s+off|came\s+off|coming\s+off|detox\w*|withdraw\w*\s+from|without)\s+(?:\w+\s+){0,2}?${SUBSTANCE}\b`,
      r`\b(?:has\s+not|have\s+not|had\s+not|not)\s+(?:had\s+(?:a|any)\s+)?(?:drink|drunk|drank|had\s+a\s+drink|drinking)\b[^.;]{0,20}\b(?:for|since|in)\b`,
      // "last drink 36h ago", "heroin ... he stopped 2 days ago", "they said he cannot have his beer".
      // "Day 3 off alcohol", "a week off the booze": off the substance itself, no word between.
      r`\b(?:days?|nights?|hours?|hrs|week|weeks|\d+\s*(?:h|hrs?|days?))\s+(?:\w+\s+)?off\s+(?:the\s+)?${SUBSTANCE}\b`,
      r`\blast\s+(?:drink|drank|dose|hit|use|used)\b|\b(?:cannot|could\s+not|not\s+allowed\s+to)\s+have\s+(?:his|her|their|my|any)\s+(?:beer|drink|drinks|wine|alcohol|vodka|fix)\b|${SUBSTANCE}\b[^.;]{0,40}\b(?:stopped|quit|ran\s+out|run\s+out|gave\s+up|came\s+off|cold\s+turkey)\b`,
      r`\b(?:alcohol|drug|benzo|opiate|opioid)\s+withdrawals?\b|\bwithdrawals?\b|\bcold\s+turkey\b|\bdrying\s+out\b`,
      r`\bdrink\w*\s+(?:every\s+(?:day|morning)|daily|heavily|from\s+(?:the\s+)?morning|all\s+day)\b|\b(?:heavy|big|daily|alcoholic|dependent)\s+(?:drinker|drinking|user)\b|\balcoholic\b|\b(?:a\s+)?bottle\s+of\s+(?:vodka|whisky|whiskey|gin|wine)\s+a\s+day\b`,
      // Dependence told as a quantity, as a clerking note writes it: "drinks 60 units a week", "8 cans a day".
      r`\b(?:drinks?|drinking|drank|consumes?|consuming)\s+(?:about\s+|around\s+|over\s+|up\s+to\s+|at\s+least\s+)?(?:[3-9]\d|[1-9]\d{2})\s+units\s+(?:a|per|each)\s+week\b|\b(?:drinks?|drinking|drank)\s+(?:about\s+|around\s+|over\s+|up\s+to\s+|at\s+least\s+)?(?:[1-9]\d+|[6-9]|six|seven|eight|nine|ten)\s+units\s+(?:a|per|each)\s+day\b|\b(?:[6-9]|1\d|six|seven|eight|nine|ten|twelve)\s+(?:cans|pints|beers|tins)\s+(?:of\s+\w+\s+)?(?:a|per|every)\s+day\b`,
    ],
    { timeless: true },
  ),
  // The substance and the stopping told in separate clauses: "he has been using heroin, and he stopped
  // two days ago". Together they stand for `substance_stopped` (see the withdrawal rule).
  define(
    'dependence_named',
    [
      r`\b(?:using|uses|used\s+to\s+use|on|addicted\s+to|hooked\s+on|dependent\s+on|habit\s+of)\s+(?:\w+\s+)?(?:heroin|opiates?|opioids?|methadone|benzos?|diazepam|valium|xanax|alprazolam|gbl|ghb|alcohol|booze|vodka|spice|ketamine|pregabalin)\b|\b(?:heroin|opiate|opioid|benzo|alcohol|gbl)\s+(?:user|addict\w*|habit|dependence|dependency)\b`,
    ],
    { timeless: true },
  ),
  define(
    'stopped_recently',
    [
      r`\b(?:stopped|quit|gave\s+up|ran\s+out|run\s+out|came\s+off|went\s+cold\s+turkey|last\s+(?:used|had\s+(?:any|some)))\b[^.;]{0,20}\b(?:\d+|two|three|four|five|a\s+couple\s+of|a\s+few|several)\s+(?:days?|nights?)\s+ago\b|\b(?:stopped|quit|ran\s+out|run\s+out)\s+(?:on\s+)?(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+night|this\s+week|suddenly)\b`,
    ],
    { timeless: true },
  ),
  define('tremor', [
    r`\btremoring\b`,
    r`\b(?:shaking|shakes|shake|shaky|trembling|tremor|tremors|tremulous|jittery|the\s+shakes|agitated|agitation)\b`,
  ]),
  // NICE CG100 and the CIWA-Ar scale grade a withdrawal by its tremor and its sweat: a tremor felt or barely seen and a
  // moist skin (CIWA 1) are the mild withdrawal a GP or an alcohol service assists; a tremor seen at rest, a cup that
  // cannot be held, or a drenching sweat (CIWA 4 to 7) belong with the DTs it can turn into. The tremor told by its
  // mild grade ("my hands shake a bit", "slightly shaky", "a little tremor") or as the morning shakes a first drink
  // settles holds back only the tremor-and-sweat reading: hallucinations, confusion, a fit, a racing heart, vomiting or
  // a drenching sweat told beside it are read as they are.
  define(
    'withdrawal_tremor_mild',
    [
      r`\b(?:shak\w*|trembl\w*|tremor|jittery|the\s+shakes)\s+(?:(?:just|only)\s+)?(?:a\s+(?:bit|little|tiny\s+bit)|slightly|mildly|a\s+touch)\b(?!\s+(?:worse|more|much))`,
      r`\b(?:a\s+(?:bit|little|tiny\s+bit)|slightly|mildly|barely|only\s+(?:a\s+)?(?:bit|little)|slight(?:ly)?|mild|small|fine)\s+(?:\w+\s+)?(?:shak\w*|trembl\w*|tremors?|jittery|the\s+shakes)\b`,
      // Shaky or jittery as the teller feels it, without a word that raises it ("really shaky", "so shaky she spills").
      r`(?<!\b(?:really|very|so|too|extremely|badly|violently|terribly|awfully|incredibly)\s)\b(?:shaky|jittery)\b(?!\s+(?:that|so|i\s+can|he\s+can|she\s+can|they\s+can|and\s+(?:cannot|can\s+not|could\s+not)))`,
      // The morning shakes dependence brings, settled by the first drink of the day (CG100: assisted withdrawal).
      r`\b(?:shak\w*|trembl\w*|tremors?|jittery|the\s+shakes)\b[^.;]{0,60}\b(?:until|till|til|before|until\s+i\s+have)\s+(?:i\s+have\s+|he\s+has\s+|she\s+has\s+|they\s+have\s+)?(?:the|my|his|her|their|a)\s+(?:first\s+)?(?:drink|glass|can|pint|beer|one)\b`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
  // The tremor told past its mild grade (CIWA-Ar 4 to 7: seen at rest, uncontrolled, all over) or told as worsening
  // ("a bit shaky yesterday, today trembling uncontrollably", "the shaking is getting worse"): wherever a mild word is
  // told too, this grade is the one that counts, so the mild reading never holds it back.
  define('withdrawal_tremor_raised', [
    r`\b(?:shak\w*|trembl\w*|tremor\w*|quiver\w*)\s+(?:\w+\s+)?(?:uncontrollabl\w*|violently|badly|all\s+over|like\s+a\s+leaf|non-?stop|constantly|worse|more\s+and\s+more|so\s+(?:much|hard|bad))\b`,
    r`\b(?:uncontrollabl\w*|violent\w*|bad|badly|really|very|so|extremely|severe\w*)\s+(?:shak\w*|trembl\w*|tremors?|jittery)\b`,
    r`\b(?:cannot|can\s+not|could\s+not|can't|couldn't|won't|will\s+not)\s+(?:stop\s+(?:shaking|trembling|the\s+shak\w*|the\s+trembl\w*)|keep\s+(?:his|her|my|their)\s+hands\s+still|hold\s+(?:a|his|her|my|their|the)\s+(?:cup|mug|glass|tea|coffee|drink|pen|fork|spoon))\b`,
    r`\b(?:shak\w*|trembl\w*|tremors?|jitter\w*)\b(?:(?!\b(?:not|no|never|nothing|sleep|sleeping|anxiety|mood|appetite|cough|skin)\b)[^.;]){0,30}\b(?:getting|got|gets|is\s+getting|has\s+got(?:ten)?)\s+(?:\w+\s+)?(?:worse|bad|stronger)\b`,
    // The withdrawal told as worsening in its own clause ("a bit shaky and sweaty and it's getting worse and worse").
    r`\b(?:(?:it|he|she|they|this|things|everything|symptoms)\s+(?:is\s+|are\s+|was\s+|has\s+|have\s+)?(?:been\s+)?(?:getting|got|gotten|growing)\s+(?:\w+\s+)?worse|worse\s+and\s+worse|(?:much|a\s+lot|far|even)\s+worse\s+(?:today|now|tonight|this\s+morning)|worse\s+(?:by\s+the\s+hour|every\s+hour))\b`,
  ]),
  // A drenching sweat (CIWA 7), the grade that keeps a withdrawal's tremor an emergency whatever grade the tremor is told.
  define('drenching_sweat', [
    r`\b(?:drenched|soaked|dripping|pouring|soaking|wringing\s+wet)\s+(?:in|with|through)?\s*(?:\w+\s+)?(?:sweat|perspiration)\b|\bsweat(?:ing)?\s+(?:buckets|through\s+(?:his|her|my|their)\s+(?:clothes|sheets|shirt|top|bed)|profusely|like\s+mad|heavily|loads|so\s+much)\b|\b(?:profuse\w*|drenching|heavy)\s+sweat\w*\b|\bdiaphoretic\b`,
  ]),
  define('hallucinations', [
    r`\b(?:seeing|sees|saw|hearing|hears|heard)\s+(?:\w+\s+){0,2}?(?:things|stuff|people|bugs|insects|spiders|snakes|animals|voices|creatures|shadows)\s+(?:that\s+)?(?:(?:are|is|were)\s+not|that\s+(?:are|is)\s*n?o?t?\s*there|nobody\s+else|no\s+one\s+else)\b`,
    r`\bhallucinat\w+\b|\b(?:hearing|hears)\s+voices\b|\b(?:see|sees|seeing|saw|hear|hears|hearing)\s+(?:\w+\s+){0,2}?(?:things|stuff|people)\s+(?:that\s+)?(?:(?:are|is|were)\s+)?not\s+(?:there|real)\b`,
    r`\b(?:seeing|hearing)\s+things\b(?!\s+(?:differently|clearly|more\s+clearly|in\s+a\s+new))|\b(?:seeing|sees|saw)\s+(?:bugs|insects|spiders|snakes|rats|creatures|things\s+crawling)\b|\b(?:is|she\s+is|he\s+is|been|keeps?)\s+(?:seeing|hearing)\s+things\b`,
    r`\b(?:bugs|insects|things)\s+crawling\s+(?:on|under|over)\s+(?:his|her|my|their)\s+skin\b`,
    // Told in plain words, as a relative tells it: "he thinks there are people in the room who aren't there", "she
    // keeps talking to a man by the window that isn't really there".
    r`\b(?:people|someone|somebody|a\s+(?:man|woman|child|kid|dog|cat)|men|women|kids|children|animals|figures|faces|things)\s+(?:\w+\s+){0,6}?(?:who|that|which)\s+(?:are|is|were|was)\s*(?:not|n't|n’t)\s+(?:really\s+|actually\s+)?there\b(?!\s+(?:any\s*more|now|yet|today|any\s+longer))`,
    r`\b(?:people|voices|someone|somebody|they)\s+(?:are\s+|is\s+|keep\s+)?(?:talking|speaking|whispering|shouting)\s+(?:to|at|about)\s+(?:him|her|me|them)\s+(?:from|through|out\s+of|in)\s+(?:the\s+)?(?:tv|television|telly|radio|walls?|ceiling|phone)\b`,
  ]),
  // Someone or something told as being in the room by the person, as a relative reports it: "says there's people in
  // the room", "keeps saying there are spiders on the walls". Read beside a drink or a drug stopped only (see the
  // withdrawal rule): there it is the hallucination of the DTs (NICE CG100), where alone it may be a visitor.
  define('presence_told_in_the_room', [
    r`\b(?:says|said|saying|keeps\s+saying|kept\s+saying|thinks|thought|convinced|swears|insists|insisting|telling\s+(?:me|us))\s+(?:that\s+)?there\s+(?:is|are|were|was)\s+(?:people|someone|somebody|a\s+(?:man|woman|child|kid|dog|cat|stranger)|men|women|kids|children|strangers|spiders|bugs|insects|snakes|rats|mice|animals)\s+(?:\w+\s+){0,2}?(?:in|on|under|behind|at\s+the\s+end\s+of)\s+(?:the|his|her|my|their)\s+(?:room|bedroom|bed|walls?|ceiling|curtains|corner)\b(?!\s+(?:next\s+door|upstairs|downstairs|opposite)\b)(?![^.;]{0,30}\b(?:dreams?|dreamt|dreaming|nightmares?|asleep)\b)`,
  ]),
  define('delirious_behaviour', [
    r`\b(?:shouting|screaming|talking|swatting|pointing|reaching|waving)\s+at\s+(?:people|things|someone|something|nothing|creatures|bugs)\s+(?:who\s+|that\s+)?(?:are\s+|is\s+|were\s+|was\s+)?not\s+(?:there|real)\b`,
  ]),
  define('dts_named', [r`\b(?:dts|delirium\s+tremens|the\s+d\.?t\.?s|withdrawal\s+(?:seizure|fit)s?)\b`]),
  // NICE CG100: a history of withdrawal fits or delirium tremens makes an assisted withdrawal urgent; told as none ("no
  // history of fits or DTs") the words name what is absent. Only the fits and the DTs
  // are held back by it (see the rule): confusion, hallucinations or a fit told now are read as they are.
  define(
    'withdrawal_complications_denied',
    [
      r`\b(?:no|denies|denied|without\s+(?:a|any))\s+(?:(?:previous|prior|past|known)\s+)?(?:history|hx)\s+of\s+(?:(?:alcohol|withdrawal)\s+)?(?:fits?|seizures?|dts|delirium\s+tremens|the\s+dts)(?:(?:\s*,\s*|\s+(?:or|nor|and)\s+)(?:(?:alcohol|withdrawal)\s+)?(?:fits?|seizures?|dts|delirium\s+tremens|the\s+dts)){0,2}\b`,
    ],
    { timeless: true, discriminatorOnly: true },
  ),
];
