/**
 * Infection as a context for sepsis: the NICE NG51 and UK Sepsis Trust screening starts from
 * "could this be an infection?" and then looks for red flags (new confusion, mottled or ashen
 * skin, no urine, fast breathing, low blood pressure, non-blanching rash). Fever while on
 * chemotherapy is neutropenic sepsis until proven otherwise (NICE CG151).
 */

import { type SignalDefinition, define, r } from './signal-definition.js';

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
  define('sepsis_named', [
    r`\b(?:think|worried|scared|could\s+(?:this|it)\s+be|(?<!\b(?:the|what\s+are|which\s+are)\s)signs?\s+of|has|have|got|is|looks\s+like)\s+(?:\w+\s+)?(?:sepsis|septic(?:aemia|emia)?|blood\s+poisoning)\b`,
  ]),
  define(
    'fast_breathing',
    [
      r`\b(?:breathing|breaths?|breathes)\s+(?:\w+\s+){0,2}?(?:very\s+|really\s+|so\s+)?(?:fast|quickly|rapid|rapidly|hard|heavy|heavily)\b`,
      r`\b(?:rapid|fast|quick)\s+(?:shallow\s+)?breathing\b|\bpanting\b|\btachypn\w+\b`,
    ],
    {
      // Breathing "a bit fast" with a cold is NICE NG143's amber tachypnoea, not a red feature: recession, grunting or
      // a colour change told beside it are read by their own signals.
      ordinaryWhen:
        /\b(?:(?:a\s+(?:bit|little)|slightly)\s+(?:fast|quick|rapid)\s+breathing|breathing\s+(?:a\s+(?:bit|little)|slightly)\s+(?:fast|faster|quick|quicker|rapid)|exercise|running|workout|after\s+(?:a\s+)?run|panic\s+attack|anxiety|periodic\s+breathing|asleep|sleeping|fast\s+then\s+slow|when\s+(?:he|she|they)\s+(?:is|are)\s+asleep|(?:in\s+(?:his|her|their|a\s+(?:deep|light)?\s*)|during|deep)\s*sleep|feeding\s+well)\b|\bpauses?\b[^.;]{0,25}\bthen\s+(?:carries|goes|starts|picks\s+up)\b/,
    },
  ),
];
