import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * One kind of false alarm beside its emergency twins, each written from the protocol named in `kind`
 * (several wordings and voices), not from any labelled set. Every probe here was run on the rules
 * before the change that mends its kind (see the commits that brought it).
 */
interface KindProbes {
  readonly kind: string;
  readonly emergencies: readonly string[];
  readonly lookAlikes: readonly string[];
}

const KINDS: readonly KindProbes[] = [
  {
    kind: "Bell's palsy told with the forehead involved vs a stroke that spares it (NHS Bell's palsy; NICE NG128 FAST)",
    emergencies: [
      'My face suddenly dropped on the left and my left arm went weak, my words are slurred',
      'the left side of my mouth is drooping but I can still wrinkle my forehead, and my right hand feels clumsy, started 20 minutes ago',
      "Dad's face drooped on one side an hour ago and he can't lift his arm, forehead moves fine",
      'my face is drooping on one side, forehead too, and now my arm is weak and my speech is slurred',
      'her face is drooping on the right and she is talking nonsense, her forehead is fine',
      'the right side of his face is drooping since ten minutes ago',
      'woke up with the left side of my face drooping and my left hand clumsy, forehead too',
      "her face is drooping, forehead included, and she can't lift her right arm",
      "his face dropped on one side including his forehead and he can't get his words out",
      "face drooping on one side, forehead involved, and he's very dizzy and being sick and can't stand",
      "mum's face fell on one side, forehead too, and she's not making sense",
    ],
    lookAlikes: [
      "Woke up and the left side of my face is drooping, I can't wrinkle my forehead or close my left eye properly. Arms fine, talking fine. Bell's palsy?",
      'Since this morning the right half of my face won’t move, forehead and all, and my eye waters. Both arms strong, no slurring. GP or wait?',
      "Mum, 52: left side of her face fell overnight, eyebrow and forehead too, she can't whistle. Arms and legs normal, speaking clearly.",
      'my face is drooping on the left including my forehead, i cant raise my eyebrow on that side, arms and speech normal',
    ],
  },
  {
    kind: 'a fever within two days of a baby’s routine jabs at 8 weeks or older, feeding and alert (NHS: fever after MenB is expected) vs fever lasting days or under 8 weeks (NICE NG143)',
    emergencies: [
      "She's had a fever for 3 days and she had her MenB today, she's 8 weeks old",
      'He had his jabs yesterday, he is 9 weeks old and has had a temperature of 38.5 for two days',
      '3 days of fever now, my 10 week old had her jabs this morning, still feeding',
      'baby is 8 weeks, had her vaccines this morning, fever since 4 days ago',
      'My 6 week old has a temperature of 38.3 after her jabs, she is feeding ok',
      'My 5 week old had a jab and now has a fever of 38',
      'baby had 8 week jabs today and now 38.5, very sleepy, will not wake for feeds',
      'my 2 month old had his vaccines this morning, now 38.2 and he has been floppy and off his feeds all afternoon',
      'my 9 week old has a temperature of 38.4 and is not feeding, no jabs yet',
      'She is 8 weeks old and had her jabs this morning, now 38.4 and she will not feed',
      'my 10 week old had his vaccines last week and the temperature he got has gone on for 3 days now',
      'he had his 8 week jabs yesterday and has a temperature of 38.5, he is 7 weeks old',
      'Our baby is 9 weeks old. She had her injections yesterday afternoon and this morning she has a fever of 38.3, she did not have the MenB one',
      'my 10 week old had her 12 week jabs early this morning and now has a temperature of 38.2',
    ],
    lookAlikes: [
      "She had her 8 week jabs this morning including MenB and now she has a temperature of 38.2, she's feeding fine and smiling. Normal?",
      'my 4 month old had his vaccinations today and tonight hes 38.4, bit whingy but taking his bottles and alert',
      'Baby is 12 weeks, had MenB and other jabs yesterday, temp 38 this evening, still feeding well and wet nappies, given calpol as the nurse said',
      'my son is 8 weeks old, had his first jabs this morning and now has a temperature of 38.1, feeding well and alert',
      'Our baby is 9 weeks old. She had her injections, MenB too, yesterday afternoon and this morning she has a fever of 38.3, but she is feeding and smiling.',
    ],
  },
  {
    kind: 'choking that has ended, breathing and talking normally now vs choking still going on (Resuscitation Council UK)',
    emergencies: [
      "my son is choking on a grape and can't breathe",
      "she choked on a sweet and is still coughing and can't get her breath, lips going blue",
      'he choked on a peanut an hour ago, it seemed to come out but now he keeps coughing and wheezing',
      'my toddler is choking, I have done back blows and it has not come out',
      'she choked on a bit of apple, it came out but she is still struggling to breathe',
      'my son just choked on a grape, what do I do',
      'she choked on a sweet, I got it out but now she is floppy and pale',
      'grandad choked on his dinner and it has not come up, he is going purple',
      "he choked on his food, coughed it up, and now he's breathing normally but there's blood when he coughs and his throat is swelling",
    ],
    lookAlikes: [
      "my daughter choked on a piece of carrot at tea but she coughed it up straight away, now she's breathing normally and chatting",
      'My little boy choked on a crisp earlier. It came out with one back slap, he cried, and now he is breathing normally and playing.',
      'my nan choked on a bit of chicken at lunch but coughed it up herself, she is talking and breathing fine now',
      "He was choking on a sweet, I did back blows and it came out, he's fine now, talking and breathing normally, no cough since",
      'choked on some steak, coughed it out myself after a few seconds, breathing and talking fine now, throat a bit sore',
    ],
  },
  {
    kind: 'newborn periodic breathing (pauses under 10 seconds, pink, then normal) vs apnoea of 20 seconds or more or blue (AAP; NHS newborn breathing)',
    emergencies: [
      'my 3 week old stopped breathing for about 20 seconds and went blue around the lips',
      'newborn keeps pausing his breathing for 15 to 20 seconds and looks grey',
      'my 2 week old stops breathing for 25 seconds at a time when asleep',
      'our newborn paused her breathing and her lips went blue, then she started again',
      'my 6 week old keeps stopping breathing, sometimes for 15 seconds, then gasps',
      'our newborn pauses her breathing for 5 seconds or so, but last night she went blue round the lips during a pause',
      'my newborn breathes fast then pauses for a few seconds, and now she is grunting and the skin between her ribs is sucking in',
      '10 day old, periodic breathing the midwife said, but tonight he stopped breathing for about 20 seconds',
      'doctor said he has periodic breathing, but just now he stopped breathing and I had to shake him to start again',
      "my newborn does periodic breathing with little pauses, but now she can't breathe properly, she's gasping",
      'her pauses are usually under 10 seconds, but tonight she stopped breathing and is not starting again',
      "my 3 week old breathes fast then pauses, and now she's not breathing at all",
    ],
    lookAlikes: [
      'newborn has little pauses in his breathing in his sleep, under 10 seconds, colour fine, then breathes normally',
      'my 3 week old daughter’s breathing is irregular in her sleep, she pauses for 6 seconds or so then breathes normally, her lips stay pink',
      'Our 9 day old breathes irregularly when asleep, a few quick breaths then a pause of a few seconds, then normal again. Pink the whole time and feeding well.',
      'my 2 week old breathes fast then stops for about 5 seconds when asleep then carries on, she stays pink and feeds well',
    ],
  },
  {
    kind: 'panic with air hunger in a known panic disorder, passed, talking in full sentences vs air hunger with danger signs (NHS panic disorder; BTS)',
    emergencies: [
      "I had a panic attack earlier, it passed, but now I can't breathe again",
      "my panic attack settled an hour ago but I still can't catch my breath",
      'I had a panic attack, it has not passed and I still cannot breathe',
      "I get panic attacks, I'm having one now and can't breathe, my chest is crushing and I've gone blue",
      "I think it's a panic attack but I can't catch my breath, can't speak in full sentences and my lips are blue",
      'I have panic disorder but this is different, I can not breathe and it has not settled for an hour, my lips are grey',
    ],
    lookAlikes: [
      "I've had panic attacks for years, racing heart, tingly fingers, feeling I can't get enough air, they last a few minutes and pass. Any tips?",
      'Had one of my panic attacks in the car park, felt I could not get a breath for about ten minutes, then it calmed down once I did my breathing. I am fine now.',

      'diagnosed with panic disorder, had a bad one this morning, chest tight and couldn’t breathe properly, it passed after 15 mins, now calm and talking normally',
      "I have panic disorder, had an attack earlier, felt like I couldn't get enough air, heart racing, it passed after 10 minutes and I'm talking normally now",
      "during my panic attack I felt I couldn't breathe and my hands tingled, it's settled now, I'm fine and breathing normally",
    ],
  },
  {
    kind: "the writer answering the assistant's own question",
    emergencies: [
      'you asked if he is breathing: no',
      'you asked whether she is responding - no, nothing',
      'you asked if the fit has stopped: no, still jerking',
      'you asked if I have chest pain: no, but I cannot breathe and my lips are blue',
      'to answer your question about chest pain, yes, I have crushing chest pain right now',
      'you asked if I can breathe properly: no, I can hardly breathe',
      'you asked about chest pain, yes I have it now, crushing, and I am sweating',
    ],
    lookAlikes: [
      "you asked if I have chest pain: no, I don't",
      "You asked whether I'm having trouble breathing - no, not at all, just a cough",
      'you asked about chest pain: none at all, just the sore throat',
    ],
  },
  {
    // "I could kill myself for ..." is not here: it stays a suicide finding (urgent-band-kinds.spec.ts, reviews V6 and V7).
    kind: 'idioms of dying, overdoing and gasping',
    emergencies: [
      'I want to kill myself for being such a burden',
      'the smoke from the fire left me gasping for air and I still cannot breathe properly',
      'he overdosed on his heart tablets, took the whole box',
      'I want to kill myself, I have the tablets in front of me',
      'he took an overdose of his sleeping pills an hour ago',
      'she is gasping for air and her lips are blue',
    ],
    lookAlikes: [
      "my sister's text left me gasping for air, the cheek of it. how do I reply nicely?",
      'totally overdosed on chocolate over easter haha, how do I get back into running?',
      'my heart stopped when I saw the bill',
      'I nearly died laughing at that film',
    ],
  },
  {
    kind: 'a symptom told as passed and not come back vs come back',
    emergencies: [
      'the wheezing settled with my inhaler last night but it has come back and I cannot finish a sentence',
      "I had chest pain this morning, it went but it has come back now and it's crushing",
    ],
    lookAlikes: [
      'I had chest pain this morning, it went and it has not come back since',
      'the wheezing settled with my inhaler last night and it has not come back',
      'the bleeding from my nose has stopped and it has not come back',
    ],
  },
  {
    kind: 'seizures counted over a life vs seizures now (NICE NG217)',
    emergencies: [
      'I have had 3 seizures in the last hour',
      'he has had two fits in ten minutes and is still not awake',
      "I've had 3 seizures today and he is not waking up between them",
      'she has had two seizures in the last hour and is not coming round',
      "he's had 4 seizures in total today and is still very drowsy",
      '4 seizures in total today and still drowsy, not back to normal',
      'she has had 3 fits in total this morning',
      'my son has had 3 fits in total since lunch',
    ],
    lookAlikes: [
      "I've had 3 seizures in my life, the last in 2019. Can I learn to drive?",
      "I've had two fits in my whole life, the last one 5 years ago, can I stop my tablets?",
    ],
  },
  {
    kind: 'a long-standing chest pain that turns: this time at rest, long, with a cold sweat (NICE CG95)',
    emergencies: [
      'my usual chest pain but this time 30 min at rest with cold sweat',
      'same chest ache I always get, but this time it has gone on 40 minutes sitting down and I am in a cold sweat',
      'I get angina when I walk, but today the pain came at rest, lasted 30 minutes and I was sweating',
    ],
    lookAlikes: [
      'my usual chest pain but this time it only lasted 2 minutes and went with my spray',
      'my usual angina pain, came on walking, went in 2 minutes with my spray',
    ],
  },
  {
    kind: 'seizures one after another without recovery between them (NICE NG217: status epilepticus) vs a seizure with its usual recovery',
    emergencies: [
      "Three seizures since lunch and she's not getting back to herself in between",
      "he has had two fits this afternoon and hasn't got back to normal in between",
      'he fitted for four minutes, never came round from the first one, and now another is starting',
      'my son had a seizure and has not come back to himself between them, now he is having another',
    ],
    lookAlikes: [
      'she had a fit this morning and was back to her normal self within half an hour, she has epilepsy and this is her usual pattern',
      'he had two seizures last year and came round fully each time, can he go swimming?',
    ],
  },
  {
    kind: 'a new exertional chest pain that now comes at rest (NICE CG95: unstable angina) vs the same pain on exertion',
    emergencies: [
      "for a week I've had chest tightness on the stairs that goes when I stop. tonight it came on sitting on the sofa and lasted half an hour",

      'past few days my chest gets tight when I climb the stairs and eases when I rest. Today it came on while I was lying in bed and went on for 25 minutes',
    ],
    lookAlikes: [
      'for months I get chest tightness on the stairs. today it came on on the stairs again and went in 2 minutes when I stopped',
      'for weeks my chest gets tight on the stairs and eases when I rest. today the same on the stairs, gone in 2 minutes',
    ],
  },
];

describe.each(KINDS)('EmergencyTriage: $kind', ({ emergencies, lookAlikes }) => {
  it.each(emergencies)('an emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  if (lookAlikes.length > 0)
    it.each(lookAlikes)('no emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
});
