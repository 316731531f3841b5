import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Read as a clinician reads a message, not phrase by phrase: the same finding told in different
 * sentence structures - the ending or the course before the finding, in a subordinate clause, after a
 * semicolon or a dash, in a question, in the next sentence, in a list, named as absent in a list of
 * negatives, under one negation over a coordinated list. Each ordinary message sits beside an emergency
 * twin that differs by the protocol's discriminator (onset, course, severity, who, when, absent or
 * present). Written before development-7 was read, in words none of the labelled sets uses.
 */
describe('EmergencyTriage: one finding told in different sentence structures', () => {
  it.each<readonly [string, string]>([
    // The ending or the course told before the finding.
    [
      "Thankfully it's stopped now, but my nose poured blood for about fifteen minutes after I blew it this morning. I'm 40 and on no tablets. Do I need to do anything?",
      "It still hasn't stopped: my nose has been pouring blood for forty minutes after I blew it, I'm on warfarin and feel faint. Do I need to do anything?",
    ],
    [
      "He's completely back to normal now, but during the fever yesterday evening my two-year-old went stiff and jerked for about a minute. The out-of-hours doctor saw him afterwards. Do we need to keep him off nursery?",
      "He's still not back to normal: my two-year-old went stiff and jerked for about a minute during the fever and twenty minutes later he's floppy and hard to wake.",
    ],
    [
      'After a rest and a glass of water she felt herself again - my 70-year-old mum had come over faint while hanging the washing in the heat. Should she see anyone?',
      "My 70-year-old mum came over faint while hanging the washing and half an hour later she's still muddled and her speech is slurred.",
    ],
    [
      'Over the past six months, a 58-year-old man has noticed he gets breathless climbing two flights of stairs, and his ankles swell by evening.',
      "Over the past hour, a 58-year-old man has become so breathless he can't lie flat or speak more than a few words, and is coughing pink froth.",
    ],
    [
      "For years now, whenever I stand up too fast, my vision greys out for a second; I sit and it's gone. I'm 24. Is that just low blood pressure?",
      "For the first time in my life, I suddenly went blind in my right eye for ten minutes this morning; it came back. I'm 64.",
    ],
    // The ending in a subordinate clause ("although", "because", "since", "now that").
    [
      'Although the swelling in his lip went down within an hour of the antihistamine, my son came up in hives after eating a cashew at a party. He never had trouble breathing. Should we get an allergy referral?',
      "Although we gave the antihistamine, my son's lip and tongue keep swelling after eating a cashew and his voice has gone hoarse. Should we get an allergy referral?",
    ],
    [
      "Since the chest tightness eased as soon as I stopped running and hasn't been back all day, and I'm 30 and fit, I'm guessing it was the sprint for the bus?",
      "Since the chest tightness started while I was sitting at my desk an hour ago it hasn't eased, and it's spreading into my jaw.",
    ],
    [
      "Because the bleeding stopped once I pressed a clean towel on it for ten minutes, I didn't go to A&E when I sliced my thumb on the bread knife - it's a small cut. Does it need glue?",
      'Even though I pressed a towel on it for twenty minutes, the cut on my wrist is spurting blood and soaking through. Does it need glue?',
    ],
    [
      'Now that the fever has come down with ibuprofen, my 3-year-old who was shaking and shivery an hour ago is watching telly and drinking juice. Should I still ring 111?',
      "Even with ibuprofen my 3-year-old is shaking, her hands and feet are ice cold, she has a rash of purple spots and won't look at me. Should I still ring 111?",
    ],
    // The ending or the explanation after a semicolon or a dash; an explanation said to be absent ("no dental work") explains nothing.
    [
      "My husband has epilepsy and had one of his usual tonic-clonic seizures this morning, about a minute long; he slept for an hour and he's back to himself now. Should I tell his neurologist?",
      "My husband has epilepsy and had a tonic-clonic seizure this morning that has gone on for over five minutes; he isn't coming round between the jerks.",
    ],
    [
      "My face felt numb on one side after the dentist's injection - it wore off by teatime, as they said it would. Is it normal for it to last three hours?",
      'My face went numb on one side and my arm feels heavy - no dental work or anything, it just happened twenty minutes ago.',
    ],
    [
      "Headache since this morning - it came on slowly after a late night, paracetamol took the edge off, and I've no fever, no stiff neck, no rash. Can I go to work?",
      "Headache since this morning - it came on like a thunderclap, the worst I've ever had, and I've been sick twice. Can I go to work?",
    ],
    [
      "My daughter fainted in assembly this morning; she'd skipped breakfast, felt hot and woozy first and was chatting within a minute. Does she need checking?",
      "My daughter fainted in the middle of her netball match this morning; there was no warning at all and she's complaining her heart is fluttering.",
    ],
    // A sentence that opens with "when": a question ("when should I ...?", "when someone ...") or the
    // time of a finding told now ("when he breathes in, his lips go blue").
    [
      'When should I take my toddler to the GP with a cough that keeps him up at night?',
      'When he breathes in, his lips go blue and the skin sucks in under his ribs. He is 2.',
    ],
    [
      'When someone faints, should you raise their legs or sit them up?',
      "When I shake him he doesn't respond and his lips look grey.",
    ],
    [
      'When he runs for the bus he gets a stitch in his side that goes once he stops. Is that normal at 12?',
      'When she stands up she blacks out, and she has been vomiting blood since the morning.',
    ],
    // A question about the course ("is it normal that it comes and goes?").
    [
      "My heart sometimes flutters for a few seconds when I lie down at night. Is it normal that it comes and goes? I'm 35, no chest pain or fainting.",
      "My heart has been racing at over 180 for an hour and I feel like I'm about to pass out, with pain in my chest. Is this normal?",
    ],
    [
      'My 4-month-old goes red in the face and grunts when she poos, then is perfectly happy again - is that normal or is she struggling?',
      "My 4-month-old is grunting with every breath, the skin between her ribs sucks in and she's not interested in feeding - is that normal or is she struggling?",
    ],
    [
      "Is it normal for my nearly-new glasses to give me a headache and blurry vision on and off when I read? It's been a fortnight.",
      "Is it normal for a headache to come with double vision and a drooping eyelid that started this afternoon? I'm 55.",
    ],
    // The finding in one sentence, its date, ending or assessment in the next.
    [
      "My father's left arm went weak and clumsy. That was in 2019, the stroke team saw him, and now he's asking whether he can start swimming again.",
      "My father's left arm went weak and clumsy. That was forty minutes ago and he's slurring a little now. Should we wait for the GP to ring back?",
    ],
    [
      "She collapsed at the bus stop. It turned out she hadn't eaten since the day before, the paramedics checked her over and she's had lunch and is fine. Should she see her GP about it?",
      "She collapsed at the bus stop. She's breathing but we can't wake her up and she's not answering.",
    ],
    [
      'My son got a peanut stuck going down the wrong way. He coughed it out straight away and has been eating and chatting normally since. Do I need to take him anywhere?',
      "My son got a peanut stuck going down the wrong way. He can't cough or make a sound and he's going red then dusky.",
    ],
    // Findings in a list, as a form or a summary gives them.
    [
      'Quick summary for you: - cough for 10 days - green phlegm - no breathlessness - no chest pain - temperature normal. Do I need antibiotics?',
      "Quick summary for you: - cough for 2 days - breathless at rest, can't finish a sentence - lips look blue - temperature 39.5. Do I need antibiotics?",
    ],
    [
      'Symptoms: 1) sore throat 2) hoarse voice 3) no difficulty swallowing 4) no drooling 5) breathing fine. Should I gargle salt water?',
      "Symptoms: 1) sore throat 2) can't swallow my own spit, drooling 3) noisy breathing 4) muffled voice. Should I gargle salt water?",
    ],
    [
      'Age 67, male. History: stroke in 2016, AF on apixaban. Today: routine review, no new weakness, speech normal. Question: can he stop the statin?',
      'Age 67, male. History: AF on apixaban. Today: new weakness of the left arm and leg since 9am, speech slurred. Question: can he stop the statin?',
    ],
    // The finding explicitly absent in a list of negatives ("no stiff neck, no rash", "denies ...").
    [
      'A 6-year-old with a temperature of 38.4 and earache for a day; no stiff neck, no rash, no vomiting, drinking well.',
      "A 6-year-old with a temperature of 38.4 and earache for a day; now a stiff neck, a rash that doesn't fade under a glass and vomiting.",
    ],
    [
      'A 60-year-old woman with a headache after a long drive, no weakness, no facial droop, no slurred speech, no visual loss.',
      'A 60-year-old woman with a headache after a long drive, then sudden weakness of the right hand, a facial droop and slurred speech.',
    ],
    [
      '34M, dizzy on standing after gastro for 2 days, denies chest pain, syncope, melaena or haematemesis.',
      '34M, dizzy on standing after vomiting blood twice this morning, melaena, HR 128, BP 85/50.',
    ],
    [
      'A 31-year-old woman with an itchy rash that came up after a new washing powder, no swelling of face or lips, breathing normally.',
      "A 31-year-old woman with an itchy rash after a new antibiotic, her lips are swelling, and she's struggling to breathe.",
    ],
    [
      "Not sure if it matters - tingling in both hands, no weakness, no change in speech, no face drooping - I've had it on and off since I started typing all day. Carpal tunnel?",
      'Not sure if it matters - tingling and weakness in my right hand and arm and my speech has gone slurred, started 30 minutes ago.',
    ],
    // One negation over a coordinated list ("has not been drowsy, confused or sick"); a list of present findings after one negated one stays present.
    [
      "My wife hasn't had any bleeding, cramping or fluid leaking; she's 30 weeks and just wants to know if she can fly next week.",
      "My wife is 30 weeks pregnant and she's bleeding heavily with cramps, soaking a pad every half hour. What should we do?",
    ],
    [
      "He's not been drowsy, confused or sick since he bumped his head on the swing yesterday, just a small bruise. Can he go to swimming?",
      "He's been drowsy, confused and sick twice since he bumped his head on the swing yesterday. Can he go to swimming?",
    ],
    [
      "I'm not suicidal and have no plans to hurt myself, I'm just feeling low since the breakup and can't sleep. Can a GP help?",
      "I have no reason to stay and I've planned how to kill myself tonight, I'm just tired of everything since the breakup.",
    ],
    [
      "Neither the wheeze nor the tight chest has come back since she finished the steroids, and she's sleeping through. Can we stop the brown inhaler?",
      "The wheeze and tight chest are back worse than ever; the blue inhaler isn't touching it and she's too breathless to talk.",
    ],
  ])('an ordinary message stays quiet and its emergency twin fires: %s', (ordinary, twin) => {
    expect({ ordinary: isEmergency(ordinary), twin: isEmergency(twin) }).toEqual({ ordinary: false, twin: true });
  });
});
