import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';
import { EmergencyTriage } from '../../emergency-triage.js';

/**
 * Polish hypothermia (NICE CKS: an older person found cold, no longer shivering, drowsy or confused): "lodowaty" (icy
 * cold) and "nie trzęsie się" (not shivering) read as the English the rules read them by. Written by helper T76 of
 * session 50; the rules alone, so that the wording model cannot carry them.
 */
const KINDS: TriageProbeTable = [
  [
    'Polish hypothermia: icy cold to the touch and no longer shivering; a fever with no shivering',
    [
      'dziadek ma demencję, znaleźliśmy go w ogrodzie, jest lodowaty, nie trzęsie się i ciągle zasypia',
      'babcia leżała całą noc na podłodze, jest lodowata i nie trzęsie się, mówi bez sensu',
    ],
    ['dziadek ma grypę, nie trzęsie się już, je normalnie, ma 37,5'],
  ],
];

describeTriageProbes('Polish hypothermia told in its own words (%s)', KINDS, new EmergencyTriage());
