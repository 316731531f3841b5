/**
 * Diabetic emergencies. NHS and Diabetes UK: a hypo that does not respond to sugar, or with
 * drowsiness, confusion or a fit, needs 999; high sugar with ketones, vomiting, abdominal pain,
 * fast deep breathing or drowsiness is possible DKA / HHS and needs A&E. The numbers themselves
 * are in `vital-signs-signals.ts`.
 */

import { type SignalDefinition, define, CANNOT, r } from './signal-definition.js';

export const METABOLIC_SIGNALS: readonly SignalDefinition[] = [
  define(
    'diabetes',
    [
      r`\b(?:diabetic|diabetes|type\s+(?:1|one|2|two)|t1d|t2d|t1dm|t2dm|iddm|insulin|metformin|gliclazide|on\s+insulin)\b`,
    ],
    { timeless: true },
  ),
  define('hypo_named', [
    r`\b(?:having|had|in|going\s+into|gone\s+into)\s+(?:a\s+)?(?:bad\s+|severe\s+|really\s+bad\s+)?hypo\b`,
    r`\b(?:hypoglyc\w+|hypo)\b`,
    r`\b(?:blood\s+)?sugars?\s+(?:is\s+|are\s+|went\s+|has\s+gone\s+|keeps\s+)?(?:very\s+|really\s+|dangerously\s+|so\s+)?(?:low|dropping|crashing|crashed|plummeting)\b`,
    r`\bsugar\s+low\b`,
  ]),
  define('hyper_named', [
    r`\b(?:blood\s+)?sugars?\s+(?:is\s+|are\s+|have\s+been\s+|has\s+been\s+)?(?:very\s+|really\s+|dangerously\s+|so\s+|sky\s+)?(?:high|through\s+the\s+roof)\b`,
    r`\b(?:dka|ketoacidosis|diabetic\s+coma|hhs|hyperosmolar)\b`,
    r`\bketones\b`,
  ]),
  define('hypo_not_responding', [
    r`\b(?:sugar|glucose|juice|dextrose|glucotabs|hypo\s+treatment|sweets|lucozade)\b[^.;]{0,40}\b(?:not\s+(?:working|helping|coming\s+up|going\s+up|rising)|will\s+not\s+(?:go\s+up|come\s+up|rise)|still\s+(?:low|dropping)|no\s+(?:better|change|difference))\b`,
    r`\b(?:${CANNOT}|will\s+not|refuses\s+to)\s+(?:swallow|eat|drink)\b[^.;]{0,30}\b(?:sugar|juice|glucose|hypo)\b`,
    r`\b(?:gave|give|given|needed|used)\s+(?:\w+\s+)?(?:glucagon|glucagen)\b`,
  ]),
  define('kussmaul_breathing', [
    r`\b(?:deep\s+(?:and\s+)?(?:fast|rapid|sighing)|fast\s+(?:and\s+)?deep|sighing)\s+breath\w*\b`,
    // The breathing told first, its look after: "his breathing is deep and sighing", "her breathing's gone fast and deep".
    r`\bbreathing\s+(?:is\s+|has\s+gone\s+|went\s+|gone\s+|sounds\s+|looks\s+|seems\s+)?(?:really\s+|very\s+|so\s+)?(?:deep\s+(?:and\s+)?(?:fast|rapid|sighing)|(?:fast|rapid)\s+and\s+deep)\b`,
    r`\bbreath\s+(?:smells|smelling)\s+(?:of\s+|like\s+)?(?:pear\s+drops|nail\s+varnish|nail\s+polish|acetone|fruity|sweet)\b`,
  ]),
  // The classic presentation of new type 1 diabetes told as a story (NICE NG18): drinking and passing urine a lot, or
  // thirst with weight loss. Alone it is a same-day referral; with vomiting, drowsiness or deep breathing it is DKA.
  define(
    'new_diabetes_told',
    [
      r`\b(?:drinking|thirsty|thirst)\s+and\s+(?:urinating|weeing|peeing|passing\s+(?:urine|water)|going\s+to\s+the\s+toilet|the\s+toilet)\s+(?:a\s+lot|loads|lots|constantly|all\s+the\s+time|excessively|much\s+more|more\s+than\s+usual)\b|\bpolyuria\b|\bpolydipsia\b`,
      r`\b(?:thirst|thirsty|drinking\s+(?:a\s+lot|loads|lots|all\s+the\s+time|constantly))\b[^.;]{0,60}\b(?:weight\s+loss|lost\s+(?:\w+\s+){0,2}?weight|losing\s+weight|getting\s+thinner)\b|\b(?:weight\s+loss|lost\s+(?:\w+\s+){0,2}?weight|losing\s+weight)\b[^.;]{0,60}\b(?:thirst|thirsty|weeing|peeing|urinating)\b`,
    ],
    { timeless: true },
  ),
  // What ketosis does, told plainly beside vomiting in a new-diabetes story (NICE NG18 DKA): "vomiting and sleepy",
  // "drowsiness; her breathing is deep". Too common alone; the DKA rule reads it only with both of those.
  define('ketosis_told_plainly', [
    r`\b(?:sleepy|drowsiness|lethargy|lethargic)\b|\bbreathing\s+(?:is\s+|has\s+gone\s+|sounds\s+|seems\s+)?(?:really\s+|very\s+|so\s+)?(?:deep|heavy|funny|weird|strange)\b`,
  ]),
  define('extreme_thirst', [
    r`\bdrinking\s+(?:loads|so\s+much|all\s+the\s+time|constantly|gallons|litres)\b|\b(?:weeing|peeing|wee|pee|urinating)\s+(?:all\s+the\s+time|constantly|loads|every\s+(?:hour|half\s+hour))\b|\bup\s+all\s+night\s+(?:weeing|peeing|going\s+to\s+the\s+toilet)\b`,
    r`\b(?:extremely|very|really|so)\s+thirsty\b|\bpeeing\s+(?:all\s+the\s+time|constantly|loads)\b|\bcannot\s+stop\s+(?:drinking|peeing)\b`,
  ]),
];
