import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The writer's own chest-wall pain: brought on by their own press, twist, turn or cough, or tender to the
 * touch, after a strain (MTS chest pain and NHS 111 chest pain send it to other dispositions), in any verb form.
 * Beside it, twins that stay emergencies: the same press told with a cardiac character or companion (crushing,
 * central, heavy, sweating, grey, sick, clammy, breathless, at rest), and the pain told of someone else ("when he
 * presses on a rib"), which review V8 left to the rules. Run on the rules before the change (288e644): two of the
 * eight look-alikes (the first and fourth) were flagged, and the twins "chest pain that hurts when I press on it
 * but I am sweating and grey" and "... when I press on it and I feel sick and clammy" were missed: "when I
 * press" graded any finding in its clause away as long-standing, whatever was told beside it.
 */
describe("EmergencyTriage: the writer's chest pain reproduced by pressing or moving", () => {
  it.each([
    'my chest hurts when i push on the left side of it, been doing press ups all week',
    'I have a pain in my chest that is worse when I twist or reach for things, and tender to touch over one rib.',
    'sharp pain in my chest when I cough or sneeze since I had a cold, sore to touch, otherwise fine',
    "I'm 15 and play rugby, I have pain in my chest that hurts when I poke the spot next to my breastbone. Should I see the GP?",
    'Pain in my chest since lifting boxes at the weekend, it hurts when I turn or lift my arm and when I press on it. Is it a pulled muscle?',
    'chest ache after the gym, only hurts when I stretch or press the muscle, breathing is fine',
    'my chest is sore when I pressed on it this morning after carrying the shopping, no other problems',
    'sharp pain on my breastbone since bench press day, it hurts when I press on it or twist, no breathlessness or sweating',
  ])('holds back the chest-wall pain: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'A 45-year-old man with chest pain when he presses on a rib after moving furniture.',
    "my dad's chest hurts when he pokes the spot next to his breastbone, he is 72",
    'my chest hurts even when I press on it but it is a crushing pressure in the middle and going into my jaw',
    'my chest pain started while I was sitting watching tv, it hurts more when I press on it, and I feel sick and clammy',
    'my chest feels tight and heavy, worse when I move, and I feel faint and breathless',
    'chest pain that hurts when I press on it but I am sweating and grey and it has been an hour',
    'my chest hurts when I press on it, not sharp, and I am breathless and sweating',
    'my chest hurts when I press on it and I feel sick and clammy, I am 66',
    // Effort is angina's trigger, not a chest-wall movement (review V18 found both silenced while "reach", "push"
    // and "lift" were read as the writer moving the chest wall).
    "I get a pain in my chest when I reach the top of the stairs, and over the last three days it's come on with less and less walking. I'm 61.",
    'my chest hurts when I push the lawnmower or lift the shopping, and today it came on just walking to the car and took 15 minutes to go',
    'chest pain that comes when I climb hills and now on less and less effort',
  ])('flags the twin: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
