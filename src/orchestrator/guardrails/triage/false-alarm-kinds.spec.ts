import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Probe pairs for the kinds of false alarm the rules raised on development-8, each an ordinary
 * message beside its emergency twin, written before the rules were changed and in words no
 * labelled set uses. The ordinary side must stay quiet because of how it is told (a question about
 * thresholds, a figure of speech, an episode told as over), the twin must fire because something is
 * happening now.
 */
describe('EmergencyTriage: false alarms by kind, beside their emergency twins', () => {
  it.each([
    // An episode on an earlier day with nothing of it told as now. (The round's wider rule, that
    // care having met an earlier episode sets its findings aside, was taken out after review V3: it
    // silenced post-discharge emergencies told in the same sentence; see review-safety-twins.spec.ts.)
    'My wife slipped on the stairs and banged her head three weeks ago; the scan at the hospital was clear and she has been herself since. Can she go skiing next month?',
    // A question about thresholds or what to teach, though it names someone of one's own.
    "What are the signs my daughter's asthma attack has become bad enough for 999 rather than more puffs of her inhaler? I want a plan on the fridge.",
    'What should we teach our twins to do if they ever come across someone lying unconscious?',
    // A question reported by the person who asks it, with nothing happening now.
    'Dad of a feverish 18-month-old asks what a febrile seizure looks like and when it needs an ambulance; toddler currently playing.',
    "Resident's daughter asks how long after a skipped apixaban dose taking a double dose is unsafe; resident well, no bleeding.",
    // Figures of speech.
    'The coach passed out the new timetable and we almost fainted at the early starts. Anyway, can I run on an empty stomach?',
    // An episode told as over: a number of seconds, a vignette without a subject, "then fine".
    'My sister keeled over in a stuffy church, went white as a sheet, and came round within five seconds, chatting normally. Nothing like it before. Should she see her GP?',
    'My aunt fainted in the post office queue. She looked pale, slumped down and came round quickly. No shaking, no wetting herself. She is absolutely fine now. Does she need a GP appointment?',
    '2-year-old with croup: barking cough and noisy breathing at midnight, settled fully within a quarter of an hour by the open window, asleep now.',
    'my grandson dozed off on the sofa and was really hard to rouse for a few moments, then completely fine and chatting, is that ok',
    // A finding said absent after its noun, a recovery treatment, an ordinary way out of water.
    'Streaming cold with a temperature and a headache; bright lights do not bother her and she can bend her neck fine. Which cold remedy is best?',
    "I'm type 2 on gliclazide and had a low of 3.4 in the garden. I had dextrose tablets and a yoghurt, and 20 minutes later I'm 6.1 and well. Should I eat more before gardening next time?",
    'I felt a bit woozy when I got out of the swimming pool after my lengths, sat on the bench and it passed. Is that low blood pressure?',
    // A known angina with its usual course, the minutes it takes to settle spelt as a word.
    'Known angina for years: chest tightness when I walk fast into the wind, gone within three minutes of stopping, same as ever. Is my spray still OK after the expiry date?',
  ])('ordinary: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'My nephew had a fit with a high temperature ten days ago and the children’s ward let him go home. Today he is fitting again and it has gone on for six minutes.',
    'Two months back my uncle swallowed too much of his heart medicine and spent a night on the ward. An hour ago he took a whole strip of them on purpose.',
    'My wife slipped on the stairs and banged her head three weeks ago; the scan at the hospital was clear. Since this morning she has been increasingly muddled and sleepy and keeps being sick.',
    "I found a neighbour collapsed in the lift and I'm doing chest compressions, the paramedics are on their way.",
    'My daughter is having an asthma attack, she cannot finish a word and her lips are going blue, what do we do?',
    'The twins have just rung, they found someone lying unconscious in the alley and he will not wake.',
    'Dad reports his feverish 18-month-old has been fitting for ten minutes and it will not stop.',
    'Resident took a double dose of apixaban and is now vomiting blood.',
    'The coach passed out on the track and we cannot wake him.',
    'My sister keeled over in church, went white as a sheet, and has not come round after five minutes.',
    'My aunt fainted in the post office queue. She looked pale and came round quickly. No shaking, no wetting herself. Now she has crushing pain in her chest.',
    '2-year-old with croup: barking cough and noisy breathing at rest, not settling in cool air, drooling.',
    'my grandson dozed off on the sofa and we cannot rouse him properly, he is floppy',
    'Temperature, a pounding headache, the lights really hurt her eyes and her neck is stiff.',
    "I've stockpiled all my sleeping tablets and next time I'm alone I'm taking the lot.",
    'We got him out of the pool after he went under for a minute, he is not breathing properly.',
    'Known angina, but tonight the chest tightness came on while watching TV and has lasted forty minutes despite two sprays.',
  ])('emergency: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  // Three known gaps: anaphylaxis treated with an auto-injector and "fine now" (Resuscitation Council
  // UK: hospital for a second phase), a very low sugar with confusion, black stools with faintness.
  it.each([
    'We gave her the adrenaline pen for her bee sting reaction twenty minutes ago and she seems completely fine now, can we stay home?',
    'I jabbed myself with my auto-injector after a sesame bun made my throat tight. Now I feel totally fine. Do I have to go to A&E?',
    "Grandad's meter says 1.9 and he is muddled and sweaty, he is on insulin.",
    'her blood glucose reads 35 mg/dL and she is confused and slurring',
    'I have had two bowel movements today that came out black, and now I nearly fainted standing up from the loo.',
    'stools black and tarry since last night, lightheaded when I stand up',
    'She needed her auto-injector on the bus after a peanut snack and she is still wheezy.',
  ])('emergency (known gap): %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    'I carry an auto-injector for my peanut allergy, is it fine to take it on a plane?',
    'I had to use my adrenaline pen years ago as a teenager; can I still eat out safely?',
    'My poo has been black since I started the iron tablets the GP gave me, is that expected?',
    // Needing an auto-injector prescribed is not using one.
    'My lips tingle with raw pears for a few minutes and settle by themselves. Is this an allergy I need an auto-injector for?',
  ])('ordinary beside the known gaps: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });
});
