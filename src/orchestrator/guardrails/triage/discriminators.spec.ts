import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';
import { undefinedSignalNames } from './emergency-rules.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/** One probe per added discriminator, written from the protocols (not taken from any published set). */
describe('EmergencyTriage discriminators', () => {
  it('uses only signals that are defined', () => {
    expect(undefinedSignalNames()).toEqual([]);
  });

  it.each<readonly [string, EmergencyCategory]>([
    ['62M c/o SOB at rest, RR 34, sats 87% on RA', 'breathing_difficulty'],
    ['pt found on kitchen floor, GCS 9', 'loss_of_consciousness'],
    ['BP 78/40, HR 135, pale and clammy', 'shock'],
    ['my nan has a uti and now shes really confused and hasnt had a wee all day', 'sepsis'],
    ['my son is type 1, his sugar is 1.9 and he is very drowsy', 'diabetic_emergency'],
    ['hes making a squeaky noise every time he breathes in and is drooling', 'breathing_difficulty'],
    ['my mum suddenly started seeing double and cant walk straight', 'stroke_signs'],
    ['his arm went weak for ten minutes, it is fine now', 'stroke_signs'],
    ['my husband stopped drinking three days ago and now hes shaking and seeing spiders', 'withdrawal'],
    ['sudden agony in my left testicle and i have been sick', 'testicular_torsion'],
    ['got oven cleaner in my eye', 'eye_emergency'],
    ['back pain and now i cant feel the toilet paper when i wipe', 'spinal_cord_compression'],
    ['he was pulled out of the pool not breathing', 'drowning'],
    ['kettle of boiling water over my toddlers arm, the skin is blistering', 'burns'],
    ['took 24 paracetamol last night but i feel fine now', 'poisoning_overdose'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'my 3 month old sleeps a lot but wakes for every feed and feeds well',
    'a bit breathless on the stairs for a few weeks now',
    'i get chest twinges on and off when i press on my ribs',
    'if someone collapses should i put them in the recovery position?',
    'im going to kill myself if this meeting runs over lol',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
