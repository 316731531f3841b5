import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Blue or purple hands and feet with a pink centre is acrocyanosis, normal in a baby after a bath or on
 * waking (Schmitt-Thompson; NICE NG143 counts only central cyanosis). The reading needs both told: the
 * periphery as the blue part and a central part as pink. A central part told blue is cyanosis however
 * pink the rest (before this, "her face is pink but her lips are blue" was quiet by the rules), and a
 * painful, numb or pulseless limb is no colour of the periphery.
 */
describe('EmergencyTriage: acrocyanosis against central cyanosis', () => {
  it.each([
    'her face is pink but her lips are blue and she is breathing fast',
    'his fingers look blue and his lips are going grey, his face is pink though',
    'my 3 week old has blue hands and feet and he is blue round the mouth too, his cheeks are pink',
    "baby's feet are purple and her chest looks pink but her tongue looks dusky",
    "Dad's hand went white and blue and cold this morning and it is really painful, his face is a normal colour",
    "my 2 month old's lips went blue during a feed and his hands and feet are purple, now his body is pink again",
    // Review V9 (10:07, on the working tree): after a fall, red cheeks from crying are no pink centre.
    "after the fall his hands and feet went blue and cold, his cheeks are red from crying but he's getting paler and his belly is swelling",
    'my 1 year old has gone quiet, her hands and feet are blue and her face is pink but she is breathing really fast and grunting',
    // Review V9 (10:48, at 00a1f9d): an adult's blue, cold hands or feet on waking are no acrocyanosis.
    "mum's fingers on both hands went blue and cold after she woke this morning and they won't warm up, her lips are pink, she has lupus and the tips are turning black",
    "since I woke up both my feet are blue and cold, my face is a normal colour but my legs feel weak and heavy and I can hardly stand, I'm 72 and have AF",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my 6 day old has bluish hands and feet when he wakes up, but his lips and tongue are nice and pink and he is feeding well',
    "newborn's toes and fingers go a purple colour after her bath, her face and body stay rosy, is that normal?",
    'our 2 week old daughter has dusky blue feet and hands in the mornings though her mouth is a healthy pink colour',
    'baby’s fingers look a bit blue when she is cold but her lips are pink and she is warm and happy',
  ])('stays quiet on %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
