import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11: the languages the triage had no lexicon for (Haitian Creole, Swahili, Arabic typed in Latin letters
 * and digits, Chinese in pinyin without tones), written from the protocols' red flags before their lexicons:
 * emergencies, and beside them a negation, a question of what to do if, an episode long past.
 */
const ADDED_LANGUAGES: TriageProbeTable = [
  [
    'Haitian Creole',
    [
      'pitit mwen pa ka respire, bouch li ble',
      'manman mwen endispoze, li pa reponn',
      'mari mwen gen doule nan pwatrin li, l ap swe anpil',
      'bouch papa m kwochi, li pa ka pale',
      'ti bebe m nan fè kriz kounye a',
      'pitit mwen bwe klowoks',
      'mwen vle touye tèt mwen',
      'madanm mwen ansent, l ap senyen anpil',
    ],
    [
      'pitit mwen gen yon ti tous, li pa gen fyèv',
      'sa k pou m fe si yon moun fe kriz?',
      'manman mwen te fe yon kriz lane pase, kounye a li byen',
    ],
  ],
  [
    'Swahili',
    [
      'mtoto wangu hawezi kupumua, midomo yake ni ya bluu',
      'mama yangu amezimia na hajibu',
      'baba yangu ana maumivu makali ya kifua',
      'mtoto ana degedege sasa hivi',
      'mtoto wangu amekunywa mafuta ya taa',
      'nataka kujiua leo',
      'mke wangu ni mjamzito na damu inatoka nyingi',
    ],
    [
      'mtoto wangu ana kikohozi kidogo, hana homa',
      'nifanye nini kama mtoto ana degedege?',
      'mwaka jana alikuwa na kifafa, sasa yuko sawa',
    ],
  ],
  [
    'Arabic typed in Latin letters and digits (Arabizi)',
    [
      'ibni mish 3am yetnaffas w shfafo zor2',
      'emmi oghmi 3alaya w mish 3am trod',
      'abouy 3ando wje3 ktir bi sadro w 3am ye3ra2',
      'benti bal3at 3elbet dawa kamle',
      'ana baddi entiher, khalas',
    ],
    ['ibni 3ando ka7 shway bas mish 3am yetshannaj, ma 3ando sokhneh', 'shu lazem a3mel iza 7ada oghmi 3alay?'],
  ],
  [
    'Chinese in pinyin without tones',
    [
      'wo erzi chuan bu guo qi, zuichun fa zi',
      'wo mama yun dao le, jiao bu xing',
      'yeye xiongkou hen teng, chu le hen duo han',
      'haizi chi le yi ping anmianyao',
      'wo bu xiang huo le',
    ],
    ['wo erzi you dian ke sou, mei you fashao', 'ru guo you ren chou chu zen me ban?'],
  ],
];

describeTriageProbes('EmergencyTriage reads %s', ADDED_LANGUAGES);
