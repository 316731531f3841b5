import type { FindingsReading } from './findings-reading.js';
import { toldAnywhere } from '../language-lexicon.js';

/** An infant named anywhere in the message: where a clinician's "cianosi" or "ipotonico" is a baby's red flag. */
const AN_INFANT_TOLD = toldAnywhere(
  '(?:lattante|neonat[oa]|bambin[oa]|bimb[oa]|piccol[oa] di \\d+ (?:mesi|settimane|giorni))',
);

/**
 * Italian: noisy breathing told as a noise on the breath in (stridor: Manchester Triage "inappropriate history" of
 * croup with noise at rest, NHS 111 croup red flags), the air that will not go in, and the head injury told by its red
 * flags.
 */
export const ITALIAN_FINDINGS: FindingsReading = {
  // "respira" is Spanish and Portuguese too: counted for Italian, a short Italian message with one word of its own
  // ("è svenuto e non respira") is no longer read as Spanish, which holds it as a word of its own as well.
  ownWords: ['inspira', 'rumore', 'respira', 'lattante'],
  phrases: [
    // Session 54 (T87): a bleed after giving birth told by how much is lost and pads soaked in an hour (RCOG: postpartum
    // haemorrhage; NHS 111: soaking a pad an hour).
    [
      '(?:perdo|perde|sto perdendo|sta perdendo|ho perso|ha perso) (?:tantissimo|tanto|molto|parecchio|troppo) sangue',
      'bleeding heavily',
    ],
    [
      "(?:ho |ha )?(?:riempit\\p{L}*|inzuppat\\p{L}*|cambiat\\p{L}*|cambio|cambia) (?:\\d+|due|tre|quattro|cinque) assorbenti (?:in|ogni|nel giro di) (?:un ?'? ?ora|mezz ?'? ?ora|un'ora|mezz'ora)",
      'soaked three pads in an hour',
    ],
    [
      'fa (?:un )?(?:rumore|verso|fischio|sibilo) (?:forte |strano )?(?:quando|mentre) (?:respira|inspira|prende aria)',
      'makes a noise when he breathes in',
    ],
    ['(?:il )?naso (?:chiuso|tappato|bloccato|otturato)', 'blocked nose'],
    ['sta (?:per )?svenendo', 'is passing out'],
    ['anche (?:da fermo|da ferma|a riposo)', 'even at rest'],
    // Bleeding for an hour on an anticoagulant, gauzes soaked (NHS 111: bleeding on a blood thinner that will not stop).
    ["da (?:un|una) ?'? ?ora|da piu di (?:un|una) ?'? ?ora", 'for an hour'],
    [
      '(?:garze|bende|asciugamani|fazzoletti) (?:\\p{L}+ )?(?:zuppe|zuppi|inzuppat[ei]|imbevut[ei]|fradic[ei]|piene di sangue)',
      'soaked gauzes',
    ],
    ['(?:sembra che )?non gli entr[ai] (?:l )?aria|non (?:gli |le )?entra (?:l )?aria', 'cannot get air in'],
    // Session 53 (T84): an infant's red flags told in a clinician's words (NICE NG143): blue round the mouth, pauses in
    // the breath, floppy, no cry; cyanosis of the lips or centre, or of an infant, not the cold fingers of acrocyanosis,
    // and hypotonic only of an infant, not of a sports drink.
    ['(?:il |un )?lattante|neonato', 'baby'],
    [
      `cianosi (?:periorale|delle labbra|peribuccale|centrale|generalizzata)|(?:labbra|bocca) (?:viola|violacee|blu|bluastre|cianotiche)|${AN_INFANT_TOLD}cianosi(?! (?:alle|delle|sulle) (?:dita|mani|piedi|estremita))`,
      'blue around the mouth',
    ],
    ['apnee?(?: ripetute| prolungate| frequenti)?', 'stops breathing'],
    [
      `${AN_INFANT_TOLD}ipotonic[oa]|(?:e |sembra )?(?:molle|floscio|flaccid[oa]) come (?:uno straccio|una bambola)`,
      'floppy',
    ],
  ],
  words: { inspira: 'breathes in' },
};
