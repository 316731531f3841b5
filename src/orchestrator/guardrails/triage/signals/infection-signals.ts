/**
 * Infection as a context for sepsis: the NICE NG51 and UK Sepsis Trust screening starts from
 * "could this be an infection?" and then looks for red flags (new confusion, mottled or ashen
 * skin, no urine, fast breathing, low blood pressure, non-blanching rash). Fever while on
 * chemotherapy is neutropenic sepsis until proven otherwise (NICE CG151).
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

/** Asleep, or feeding well: what makes a baby's fast breathing a normal infant's. "Not feeding well" is never feeding well. */
const ASLEEP_OR_FEEDING_WELL = String.raw`asleep|sleeping|when\s+(?:he|she|they)\s+(?:is|are)\s+asleep|(?:when|while|whenever)\s+(?:(?:he|she|they|it)\s+)?(?:sleeps?|naps?)|(?:in\s+(?:his|her|their|a\s+(?:deep|light)?\s*)|during|deep)\s*sleep|(?<!\b(?:not|never|poorly)\s)(?:feeding|feeds)\s+(?:well|fine|normally)`;

/** Breathing told as only "a bit" fast: NICE NG143's amber tachypnoea with a cold. */
const A_BIT_FAST_BREATHING = String.raw`(?:a\s+(?:bit|little)|slightly)\s+(?:fast|quick|rapid)\s+breathing|breathing\s+(?:a\s+(?:bit|little)|slightly)\s+(?:fast|faster|quick|quicker|rapid)`;

/** What sleep does not explain: not feeding, grunting, the ribs drawn in, a colour, a rate of 60 or more, "even" asleep. */
const RED_FLAG_BESIDE_SLEEP = String.raw`\b(?:not\s+(?:feeding|eating|drinking)|will\s+not\s+(?:feed|eat|drink)|cannot\s+(?:feed|eat|drink)|refus\w+\s+(?:feeds?|to\s+feed|the\s+(?:breast|bottle))|grunt\w*|wheez\w*|ribs|recession|indrawing|(?:suck\w*|pull\w*|draw\w*)\s+in|blue|bluish|grey|gray|floppy|limp|(?:[6-9]\d|1\d\d)\s*(?:breaths|times|a\s+minute|per\s+minute|\/\s*min)|even\s+(?:when|while|asleep|in\s+(?:his|her|their)\s+sleep))\b`;

export const INFECTION_SIGNALS: readonly SignalDefinition[] = [
  define(
    'infection',
    [
      r`\b(?:infection|infected|infective|uti|water\s+infection|kidney\s+infection|chest\s+infection|pneumonia|cellulitis|abscess|pus|flu|influenza|covid|sepsis|septic|bug|virus|tonsillitis|appendicitis|catheter|catheterised|catheterized|(?:peeing|weeing|urinating|passing\s+urine)\s+(?:\w+\s+)?(?:burns|stings|hurts)|burning\s+when\s+(?:i\s+|he\s+|she\s+)?(?:pee|wee)|wound\s+(?:is\s+)?(?:red|hot|oozing|smelly)|cough\w*|smelly\s+discharge)\b`,
      r`\b(?:tattoo|piercing|wound|cut|bite|incision|scar|stitches)\s+(?:\w+\s+){0,3}?(?:swollen|red|hot|oozing|pus|infected|smelly)\b`,
      r`\b(?:shivering|shaking|rigors?|shakes)\s+(?:uncontrollably|violently|all\s+over|and\s+(?:burning|hot|feverish))\b`,
    ],
    { timeless: true },
  ),
  define('rigors', [
    r`\bhot\s+(?:then|and\s+then)\s+cold\b|\b(?:rigors?|(?:shivering|shaking|teeth\s+chattering)\s+(?:uncontrollably|violently|like\s+mad|and\s+cannot\s+stop))\b|\b(?:shivering|shaking)\s+so\s+(?:much|badly|hard)\s+(?:that\s+)?(?:his|her|my|their)\s+teeth\s+(?:are\s+)?chatter\w*\b`,
  ]),
  define(
    'chemotherapy',
    [
      r`\b(?:chemo|chemotherapy|neutropeni\w+|immunosuppress\w*|on\s+steroids\s+for|low\s+white\s+(?:cells|count)|after\s+(?:my\s+|his\s+|her\s+)?transplant|leuka?emia)\b`,
    ],
    { timeless: true },
  ),
  define(
    'recent_surgery',
    [
      r`\b(?:after|since)\s+(?:my\s+|his\s+|her\s+|the\s+|a\s+|an\s+|(?:his|her|my)\s+)?(?:operation|surgery|op|c-?section|procedure|tonsillectomy|tonsils\s+(?:out|removed)|adenoidectomy|\w+ectomy)\b|\b(?:had|having)\s+(?:my|his|her|their)\s+(?:appendix|gallbladder|tonsils|womb|uterus|\w+)\s+(?:out|removed)\s+(?:last\s+week|yesterday|(?:\d+|a\s+few|two|three)\s+days\s+ago|this\s+week)\b|\b(?:post-?op|post\s+operative|days?\s+after\s+(?:surgery|(?:the|my|his|her)\s+op(?:eration)?))\b`,
    ],
    { timeless: true },
  ),
  // ENT UK: any bleeding after a tonsillectomy, however small it looks, goes to the emergency department.
  define(
    'throat_surgery',
    [r`\b(?:tonsillectomy|tonsils\s+(?:out|removed|taken\s+out)|adenoidectomy|adenoids\s+(?:out|removed))\b`],
    { timeless: true },
  ),
  // The signs asked about by their kind ("what the early signs of sepsis are", "to recognise the warning signs of
  // sepsis") name no sepsis told; "he has the early signs of sepsis" still does.
  define('sepsis_named', [
    r`\b(?:think|worried|scared|could\s+(?:this|it)\s+be|(?<!\b(?:the|what\s+are|which\s+are)\s)(?<!\b(?:what|which|about|know|learn|recogni[sz]e|spot|explain)\s(?:are\s)?(?:the\s)?(?:early|first|warning|main|common|typical|key|usual)\s)signs?\s+of|has|have|got|is|looks\s+like)\s+(?:\w+\s+)?(?:sepsis|septic(?:aemia|emia)?|blood\s+poisoning)\b`,
  ]),
  define(
    'fast_breathing',
    [
      // The words between are not a negation: "his breathing isn't fast" tells the rate normal (a post-negation, which
      // the clause negation, reading cues before a finding, does not see).
      r`\b(?:breathing|breaths?|breathes)\s+(?:(?!(?:not|never|no)\b)\w+\s+){0,2}?(?:very\s+|really\s+|so\s+)?(?:fast|quickly|rapid|rapidly|hard|heavy|heavily)\b`,
      r`\b(?:rapid|fast|quick)\s+(?:shallow\s+)?breathing\b|\bpanting\b|\btachypn\w+\b`,
    ],
    {
      // Fast breathing told only while asleep ("breathes fast when she sleeps") or in a baby who feeds well is a normal
      // infant's (Schmitt-Thompson newborn breathing): held so only with no other red flag told beside it, and not "even
      // when asleep", where a raised rate asleep is the measure NICE NG143 takes (review V24). Breathing "a bit fast"
      // with a cold is NICE NG143's amber tachypnoea, not a red feature: recession, grunting or a colour change told
      // beside it are read by their own signals.
      ordinaryWhen: new RegExp(
        String.raw`\b(?:exercise|running|workout|after\s+(?:a\s+)?run|panic\s+attack|anxiety|periodic\s+breathing|fast\s+then\s+slow|${A_BIT_FAST_BREATHING})\b|\bpauses?\b[^.;]{0,25}\bthen\s+(?:carries|goes|starts|picks\s+up)\b|\b(?:${ASLEEP_OR_FEEDING_WELL})\b(?![^.;]*${RED_FLAG_BESIDE_SLEEP})(?<!${RED_FLAG_BESIDE_SLEEP}[^.;]*)`,
      ),
    },
  ),
];
