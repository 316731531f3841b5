import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The kinds session 26 left open after development-12 and development-13, each told in voices and
 * wordings those sets do not use (texting, learner English, a bystander, a case write-up), beside
 * look-alikes that must stay quiet. Probes written before the rules were changed.
 */
describe('EmergencyTriage: kinds left open by development-12 and development-13', () => {
  describe('a movement asked about as a seizure: ordinary startles, sleep jerks and jitters stay quiet (NICE NG217, Schmitt-Thompson newborn behaviour)', () => {
    it.each([
      'is this a seizure? my 3 week old baby startles and flings his arms out when there is a loud noise',
      'pls is ths a fit?? my 5wk old jumps n throws her arms out evry time the dog barks, shes feeding fine',
      'Could these be seizures? 6 week old, little jerks of her legs only when she is falling asleep, they stop as soon as she wakes, feeding well',
      'my son is 2 months, when he cry his chin and hands are trembling, it stop when i hold his hand. it is seizure?',
      "My husband's legs jerk as he's dropping off to sleep most nights, could it be a seizure?",
      'is it a fit when a newborn twitches in her sleep? mine does it every nap, then wakes happy and feeds',
      'my wife kicks and jerks in her sleep, could it be seizures? she is fine in the day',
      'my 4 week old is so jittery when she is hungry, her legs shake when she cries, could it be a fit?',
      // Review V8 (07:26): a baby watching the fan, a sleep twitch unlike a sibling's, hiccups that last.
      'my newborn stares at the ceiling fan for ages and startles at loud noises, could this be a seizure?',
      "my baby twitches in her sleep, it's different to my first baby who never did, is this a seizure?",
      'my 2 week old gets hiccups for 10 minutes after every feed, her whole body jumps, is this a seizure?',
      'my 3 week old throws both arms out like she is falling when i lay her down, then settles. is that a fit?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      'is this a seizure? my 3 week old keeps jerking her right arm and leg rhythmically and doesnt respond when i pick her up',
      'could it be a fit? my baby startled then went stiff and his lips are turning blue',
      'is it a seizure? my 6 week old twitches in her sleep and now I cant wake her',
      "is this a seizure, my 2 month old's eyes keep rolling up and her arm is jerking",
      'is this a seizure? my baby jerks when asleep, and today he is floppy and not feeding',
      'my dad jerked in his sleep and now he is not responding, is this a seizure?',
      'is this a seizure? she is 4 weeks and startles all the time, but now her whole body is jerking and it will not stop',
      // An ordinary movement told beside a convulsion's features does not make the convulsion ordinary.
      'he startles and his arms go stiff and shake for like 2 minutes, is this a seizure?',
      'is this a seizure? hes 7 months, arms jerking every couple of minutes since this morning, he jumps even when asleep',
      'my husband drank heavily for years and stopped 2 days ago, he is shaking and jerking when he falls asleep, could it be a seizure?',
      // Review V8 (07:06): an ordinary movement named as the usual one, then a real seizure in other words.
      'my newborn gets jitters that stop when i hold her, but now its different, her eyes keep flicking to the side and she smacks her lips and it carries on even when i hold her still. is this a seizure?',
      "is this a seizure?? 7 month old, normally jumps when the dog barks, but just now her arms went out, her head dropped and she did it again and again, a whole string of them, and she's not herself",
      "my 3 week old has hiccups a lot, but this is different, her right arm and leg are moving rhythmically and she's staring, 3 minutes now, is this a seizure?",
      "my mum was startled by the fireworks and now her left arm is shaking rhythmically and she can't stop it, 5 minutes now. is this a fit?",
      'baby 5 weeks, startles at noises, could it be a seizure? since this morning she does cycling movements with her legs and her eyes drift to one side',
      'my newborn throws her arms out and then goes stiff and blue, is that a fit?',
      // Review V8 (07:26).
      "the nurse said his jitters were normal. now he's 5 days old, there's bicycling of his legs and his eyes are open and fixed and blinking, is it seizure activity?",
      'is this a fit? my 2 month old flings his arms out again and again, a string of them, then cries',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a means kept back with the intent to use it (Columbia: preparatory acts, intent)', () => {
    it.each([
      'my brother has been hoarding his sleeping tablets, he says he will use them when he is ready',
      "I'm on loads of meds for my back and I'm going to use them",
      'been stockpiling my pills for months n i know im gonna use them soon',
      'Pt disclosed a stockpile of his wife’s tablets at home and states he will use them',
      'i saving my tablets from long time, this week i will use them all',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      "I've been saving up for a holiday and I'm going to use it in June, can I fly with my inhaler?",
      'I saved my leftover antibiotics from last time, can I use them for this chest infection?',
      'I have loads of painkillers left from my op, will I use them up before they expire?',
      'the pharmacist gave me 3 inhalers, I will use them when I need them, is that right?',
      "my mum has lots of tablets for her heart and I'm going to use them to fill her dosette box",
      'got loads of painkillers after my op, will use them when i need them',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('chest pain told by its character after a benign past episode: "this one is crushing" (MTS cardiac pain, NICE CG95)', () => {
    it.each([
      'last year it was a pulled muscle, this one is crushing and going down my arm',
      'had a pulled muscle in my chest last year but this time it feels like crushing weight and im sweaty',
      'before it was muscle pain, now it is like crushing, very heavy, and i am sweating too much',
      'Case: 58M, similar episode last year was musculoskeletal; today a crushing heaviness radiating to the jaw, diaphoretic',
      'my dad says his chest hurt last week from coughing but now its a crushing weight and he is grey and clammy',
      'previous pain was muscular, this one is heavy and squeezing and going down both arms',
      // Review V8 (07:26): the heaviness or the pressure crushing, or 'now crushing'.
      "last year was a pulled muscle but today the heaviness is crushing and I'm sweating and feel sick",
      "he says the pressure is crushing, like a band round him, and he's pouring with sweat",
      'before it was my ribs, now crushing and spreading to my arm, feel sick and sweaty',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'last year it was a pulled muscle, this one feels the same, sore when I twist, can I take ibuprofen?',
      "I'm crushing his tablets into yoghurt because he can't swallow them, he also has a sore chest from coughing, ok?",
      'I have a crushing headache and I feel sick, I get migraines every month, can I take sumatriptan again?',
      'the workload is crushing me and I sweat at night with stress, could it be my hormones?',
      'a crushing weight of sadness since my dad died, I cry a lot and sweat at night, is it grief?',
      "last time it was a cold, this one is a proper flu, I'm sweaty and achy, what can I take?",
      // Review V8 (07:06): only the pain, "it" or "this one" is crushing.
      "the pressure at work is crushing, I'm sweating and shaky before every meeting, how do I manage stress?",
      'the disappointment is crushing, I feel sick and sweaty every time I think about the interview',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe("a child's swallow of medicines told in learner English (Schmitt-Thompson poisoning, TOXBASE)", () => {
    it.each([
      'he drink all the bottle of my medicine, he is 3 year',
      'my daughter 2 year old she eat many of my iron tablets from my bag',
      'baby swallow my pill, the blood pressure one, she is 14 month',
      'my husband he take too much tablet of paracetamol, maybe 30, yesterday night, now he is yellow and vomit',
      // Review V8 (07:26): a large amount is an overdose whoever's it is and whatever it is for.
      'my son he is 2 year, he eat many of her grandma heart tablet, maybe 6, now he very sleepy and cold',
      'my daughter 2 year she drink all the bottle of calpol, the one for fever, she vomit two time and sleepy',
      'my son he take the tablets of his grandmother, maybe 5 or 6, he have 4 years',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'my son is 3 year and he drink his medicine only with juice, is ok?',
      'can he take all the tablets at once or one a day? he is 5 year',
      'my girl 4 years she eat vitamins gummies every morning, it is good?',
      'she is 3 years and she drink a lot of milk, is it too much?',
      // Review V8 (07:06): a dose given for a complaint, and part of his own tablet.
      'my daughter she is 4 year, she take some calpol for the fever, how many ml is ok?',
      'my boy take half of his tablet for the allergy, doctor say ok, when he can take full one?',
      'do I take too many tablets? I take 2 paracetamol 4 times a day for my knee',
      'he is 9 years sober and now he has a bad cough',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });

  describe('kinds already read, held in other voices', () => {
    it.each([
      // Shock from fluid loss: poor circulation after vomiting and diarrhoea.
      'he has had diarrhoea and vomiting for 3 days, now he is cold clammy, very pale and confused and hardly peeing',
      'she has been vomiting all day cant keep water down, now her hands are cold and she is very drowsy and breathing fast',
      // A newborn going blue, asked as a general question.
      'my baby goes blue around the lips when she feeds, is that normal for a newborn?',
      // Heartburn running into the arm with pallor and sweat.
      'I thought it was just heartburn but the pain is spreading to my arm and I am clammy and grey',
      // An overdose or a collapse told in learner English.
      'my friend she take many pills, she is sleeping now and I cannot wake her',
      'my husband he fall down and not wake up, he is breathing strange',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });

    it.each([
      'he had diarrhoea for 2 days, drinking fine and peeing normally, should I give dioralyte?',
      'is it normal for a newborn to have bluish hands and feet? her lips are pink and she is feeding well',
      'I get heartburn after spicy food, burning behind my breastbone, gaviscon helps, is that ok?',
      "I had a panic attack earlier, my heart was racing and I couldn't breathe but it has passed now, I feel fine",
      'my 3 week old had a fever last week, it was checked at A&E and he is fine now, should I worry',
      'what would I do if my child had a fit? he has never had one but I worry',
      'my son has a fever 8 days after his MMR jab, 38.2, playing happily, is that a reaction?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });
  });
});
