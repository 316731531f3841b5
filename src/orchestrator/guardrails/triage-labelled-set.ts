import type { EmergencyCategory } from './emergency-categories.js';

/**
 * Hand-labelled patient messages for measuring the emergency triage: recall over the
 * emergencies, false-positive rate over the rest. Written as patients write - lower case,
 * missing apostrophes, third-person reports, several problems at once - and kept apart from
 * the patterns: a message is labelled by what a clinician would do with it, not by what the
 * patterns happen to catch.
 */

export interface LabelledEmergency {
  readonly text: string;
  /** The categories a clinician would name; the triage may name more, never fewer. */
  readonly expected: readonly EmergencyCategory[];
}

/** Why a message that mentions emergency words is still not an emergency. */
export type NonEmergencyReason = 'idiom' | 'negation' | 'past_event' | 'general_question' | 'everyday';

export interface LabelledNonEmergency {
  readonly text: string;
  readonly reason: NonEmergencyReason;
}

export const LABELLED_EMERGENCIES: readonly LabelledEmergency[] = [
  // chest pain
  { text: "I have crushing chest pain that's spreading to my left arm and jaw", expected: ['cardiac_chest_pain'] },
  { text: 'My chest feels really tight and heavy, like someone is sitting on it', expected: ['cardiac_chest_pain'] },
  { text: 'my dad is clutching his chest and sweating a lot', expected: ['cardiac_chest_pain'] },
  { text: 'There is a pressure in my chest and I feel sick and sweaty', expected: ['cardiac_chest_pain'] },
  { text: "I think I'm having a heart attack", expected: ['cardiac_chest_pain'] },
  {
    text: "my husband has had chest pains for the last 20 minutes and they're not going away",
    expected: ['cardiac_chest_pain'],
  },
  { text: 'Chest pain radiating down my left arm', expected: ['cardiac_chest_pain'] },
  { text: 'my grandma says her chest is hurting and she feels faint', expected: ['cardiac_chest_pain'] },
  { text: 'CHEST PAIN!!! help', expected: ['cardiac_chest_pain'] },
  { text: 'My husband is sweating, grey, and complaining of chest pressure', expected: ['cardiac_chest_pain'] },
  { text: 'my chest hurts and my left arm is numb, what should I do?', expected: ['cardiac_chest_pain'] },
  {
    text: "I had a heart attack 3 years ago and now I'm having the same crushing chest pain again",
    expected: ['cardiac_chest_pain'],
  },
  {
    text: 'is this a heart attack?? pain in the middle of my chest, feels like a squeezing band',
    expected: ['cardiac_chest_pain'],
  },

  // breathing
  { text: "I can't breathe properly", expected: ['breathing_difficulty'] },
  { text: "my son is having an asthma attack and his inhaler isn't helping", expected: ['breathing_difficulty'] },
  { text: 'my wife is gasping for air', expected: ['breathing_difficulty'] },
  { text: 'I cant catch my breath even sitting still', expected: ['breathing_difficulty'] },
  { text: 'he is choking on a piece of meat', expected: ['breathing_difficulty'] },
  { text: 'struggling to breathe and my lips look blue', expected: ['breathing_difficulty'] },
  {
    text: "I've been short of breath all day just sitting on the couch and it's getting worse",
    expected: ['breathing_difficulty'],
  },
  { text: 'my mom has trouble breathing and is very pale', expected: ['breathing_difficulty'] },
  { text: 'my husband stopped breathing', expected: ['breathing_difficulty'] },
  { text: 'I cannot get enough air in, it feels like I am suffocating', expected: ['breathing_difficulty'] },
  { text: 'can you help, my son swallowed something and is choking', expected: ['breathing_difficulty'] },

  // loss of consciousness
  { text: "my dad collapsed and isn't responding", expected: ['loss_of_consciousness'] },
  { text: "my grandfather fainted and won't wake up", expected: ['loss_of_consciousness'] },
  { text: "She's unconscious on the bathroom floor", expected: ['loss_of_consciousness'] },
  { text: "I found my roommate passed out and I can't wake him up", expected: ['loss_of_consciousness'] },
  { text: 'my friend is unresponsive after drinking', expected: ['loss_of_consciousness'] },
  { text: 'a man just collapsed in the street in front of me', expected: ['loss_of_consciousness'] },
  { text: "my wife is on the floor and she isn't responding to me", expected: ['loss_of_consciousness'] },

  // bleeding
  { text: "I cut my hand with a kitchen knife and it won't stop bleeding", expected: ['severe_bleeding'] },
  { text: "my son's leg is bleeding heavily after he fell off his bike", expected: ['severe_bleeding'] },
  { text: 'blood is spurting from the wound on his arm', expected: ['severe_bleeding'] },
  { text: "I've soaked through three towels and it's still going", expected: ['severe_bleeding'] },
  { text: 'my dad is vomiting blood', expected: ['severe_bleeding'] },
  { text: 'my neighbour has been stabbed', expected: ['severe_bleeding'] },
  { text: "there's so much blood, the nosebleed won't stop after 40 minutes", expected: ['severe_bleeding'] },

  // stroke
  { text: "her face is drooping on one side and she's slurring her words", expected: ['stroke_signs'] },
  { text: "my husband suddenly can't lift his right arm and his speech is garbled", expected: ['stroke_signs'] },
  { text: 'I think my mother is having a stroke', expected: ['stroke_signs'] },
  { text: 'sudden numbness on the left side of my body', expected: ['stroke_signs'] },
  { text: 'worst headache of my life, it came on suddenly', expected: ['stroke_signs'] },
  { text: "my dad's mouth looks droopy and he can't speak properly", expected: ['stroke_signs'] },
  { text: 'I suddenly lost vision in my right eye', expected: ['stroke_signs'] },
  {
    text: 'I know what a stroke is, and I think my dad is having one: his face is drooping',
    expected: ['stroke_signs'],
  },

  // anaphylaxis
  { text: 'my throat is swelling shut after a bee sting', expected: ['anaphylaxis'] },
  { text: "I ate shrimp and now my tongue is swelling up and it's hard to breathe", expected: ['anaphylaxis'] },
  { text: "my son is allergic to peanuts and his face is swollen and he's wheezing", expected: ['anaphylaxis'] },
  { text: "I think she's going into anaphylactic shock", expected: ['anaphylaxis'] },
  { text: 'we just used his EpiPen, what now?', expected: ['anaphylaxis'] },
  { text: 'I got stung by a wasp, I have hives everywhere and feel dizzy', expected: ['anaphylaxis'] },

  // head injury
  { text: 'my son hit his head on the pavement and has been throwing up since', expected: ['head_injury'] },
  { text: 'she fell down the stairs, banged her head and now she seems confused', expected: ['head_injury'] },
  { text: "my dad slipped and hit the back of his head, he's really drowsy now", expected: ['head_injury'] },
  { text: 'he was knocked out for about a minute during the rugby match', expected: ['head_injury'] },
  {
    text: "after the car crash he hit his head and there's clear fluid coming from his nose",
    expected: ['head_injury'],
  },
  { text: 'Help! my grandpa fell, hit his head and is now not making any sense', expected: ['head_injury'] },
  { text: 'I hit my head last week and now I keep vomiting and feel confused', expected: ['head_injury'] },

  // poisoning and overdose
  { text: 'I took a whole bottle of pills', expected: ['poisoning_overdose'] },
  { text: 'my toddler drank some bleach from under the sink', expected: ['poisoning_overdose'] },
  { text: 'I think my brother overdosed on heroin', expected: ['poisoning_overdose'] },
  { text: 'I swallowed 30 sleeping pills an hour ago', expected: ['poisoning_overdose'] },
  { text: 'my daughter swallowed a button battery', expected: ['poisoning_overdose'] },
  { text: 'I think I took too much tylenol', expected: ['poisoning_overdose'] },
  { text: 'the carbon monoxide alarm is going off and we all feel dizzy', expected: ['poisoning_overdose'] },
  { text: 'I was bitten by a rattlesnake while hiking', expected: ['poisoning_overdose'] },
  { text: 'my girlfriend took a load of pills and is really drowsy', expected: ['poisoning_overdose'] },

  // seizure
  { text: 'my son is having a seizure right now', expected: ['seizure'] },
  { text: "she's shaking all over and her eyes rolled back", expected: ['seizure'] },
  { text: 'my husband has been seizing for five minutes', expected: ['seizure'] },
  { text: 'my daughter just had her first seizure', expected: ['seizure'] },
  { text: "his seizure won't stop", expected: ['seizure'] },

  // suicide and self-harm
  { text: 'I want to end my life', expected: ['suicide_self_harm'] },
  { text: "I don't see any reason to live anymore", expected: ['suicide_self_harm'] },
  { text: "I've been thinking about suicide a lot lately", expected: ['suicide_self_harm'] },
  { text: 'my son told me he wants to kill himself', expected: ['suicide_self_harm'] },
  { text: 'everyone would be better off without me', expected: ['suicide_self_harm'] },
  { text: 'I keep cutting myself to cope', expected: ['suicide_self_harm'] },
  { text: "I'm going to take all my pills tonight and end it all", expected: ['suicide_self_harm'] },
  { text: 'my teenage daughter is self-harming', expected: ['suicide_self_harm'] },
  { text: 'I wish I was dead', expected: ['suicide_self_harm'] },

  // pregnancy
  { text: "I'm 20 weeks pregnant and bleeding a lot", expected: ['obstetric_bleeding'] },
  { text: "I'm pregnant and have severe stomach pain and some bleeding", expected: ['obstetric_bleeding'] },
  { text: "my wife is 34 weeks pregnant and the baby hasn't moved all day", expected: ['obstetric_bleeding'] },
  { text: "I think I'm having a miscarriage", expected: ['obstetric_bleeding'] },
  { text: "I'm 8 weeks pregnant and passing clots", expected: ['obstetric_bleeding'] },
  { text: "I gave birth last week and I'm soaking through a pad every hour", expected: ['obstetric_bleeding'] },
  { text: 'my wife is pregnant and having a seizure', expected: ['seizure', 'obstetric_bleeding'] },

  // infants
  { text: "my baby isn't breathing", expected: ['infant_distress'] },
  { text: "my 2 month old is floppy and won't feed", expected: ['infant_distress'] },
  { text: 'my newborn has a temperature of 38.2', expected: ['infant_distress'] },
  { text: "our baby's lips are turning blue", expected: ['infant_distress'] },
  { text: 'my 6 month old is limp and not responding', expected: ['infant_distress'] },
  { text: "the baby's soft spot is bulging and she's very sleepy", expected: ['infant_distress'] },
  { text: 'my 4 week old baby feels hot, 38 degrees', expected: ['infant_distress'] },
  { text: 'my baby is having a febrile seizure', expected: ['seizure', 'infant_distress'] },

  // meningitis
  { text: 'my son has a fever, a stiff neck and a purple rash', expected: ['meningitis_signs'] },
  { text: "she has a rash that doesn't fade when I press a glass against it", expected: ['meningitis_signs'] },
  { text: 'high temperature, stiff neck and the light hurts her eyes', expected: ['meningitis_signs'] },
  {
    text: "my daughter has tiny purple spots that don't fade under a glass and a fever",
    expected: ['meningitis_signs'],
  },
  { text: "I have a terrible headache, a stiff neck and I'm very sensitive to light", expected: ['meningitis_signs'] },

  // several at once
  { text: "I'm having chest pain and shortness of breath", expected: ['cardiac_chest_pain', 'breathing_difficulty'] },
  { text: 'she is not breathing and has no pulse', expected: ['breathing_difficulty', 'loss_of_consciousness'] },
  {
    text: 'sharp pain in the chest when I breathe and I can barely catch my breath',
    expected: ['cardiac_chest_pain', 'breathing_difficulty'],
  },
];

export const LABELLED_NON_EMERGENCIES: readonly LabelledNonEmergency[] = [
  // idioms
  { text: 'this headache is killing me, what can I take?', reason: 'idiom' },
  { text: "I'm dying to know my cholesterol results", reason: 'idiom' },
  { text: 'my feet are killing me after work', reason: 'idiom' },
  { text: 'I could kill for a coffee right now', reason: 'idiom' },
  { text: "I'm dying of boredom in this waiting room", reason: 'idiom' },
  { text: 'you nearly gave me a heart attack with that bill', reason: 'idiom' },
  { text: 'my boss will have a heart attack when he sees this', reason: 'idiom' },
  { text: 'that was a real stroke of luck', reason: 'idiom' },
  { text: 'the view took my breath away', reason: 'idiom' },
  { text: "I laughed so hard I couldn't breathe", reason: 'idiom' },
  { text: 'I collapsed into bed after my night shift', reason: 'idiom' },
  { text: 'my kids are bleeding me dry', reason: 'idiom' },
  { text: "I'm feeling a bit blue today", reason: 'idiom' },
  { text: 'I got all choked up at the wedding', reason: 'idiom' },
  { text: 'I nearly died laughing at that video', reason: 'idiom' },
  { text: 'the stress at work is killing me', reason: 'idiom' },
  { text: "you'll give me a heart attack if you keep sneaking up on me", reason: 'idiom' },

  // negations
  { text: 'no chest pain, just a mild cough', reason: 'negation' },
  { text: "I don't have any trouble breathing, just a stuffy nose", reason: 'negation' },
  { text: 'denies shortness of breath or chest pain', reason: 'negation' },
  { text: 'the cut is not bleeding anymore', reason: 'negation' },
  { text: "I'm not pregnant, just having period cramps", reason: 'negation' },
  { text: 'he has no fever and no stiff neck', reason: 'negation' },
  { text: "I haven't had a seizure in years", reason: 'negation' },
  { text: "she doesn't have a rash or a fever", reason: 'negation' },
  { text: 'I never had any chest pain during my stress test', reason: 'negation' },
  { text: 'no vomiting or confusion after I bumped my head', reason: 'negation' },
  { text: 'my baby is breathing fine and has no fever', reason: 'negation' },
  { text: 'The nosebleed has stopped and I feel fine', reason: 'negation' },
  { text: 'my chest pain went away after I took an antacid', reason: 'negation' },
  { text: "I'm not having any suicidal thoughts, I just feel stressed", reason: 'negation' },
  { text: 'without any shortness of breath, just tired legs', reason: 'negation' },

  // past, resolved events
  { text: 'I had a seizure as a child but none since', reason: 'past_event' },
  { text: "I had a heart attack 5 years ago and I'm fine now", reason: 'past_event' },
  { text: 'when I was 12 I was knocked out playing football', reason: 'past_event' },
  { text: 'my mother had a stroke in 2018, what foods help prevent another one?', reason: 'past_event' },
  { text: "I used to self-harm as a teenager but I'm in a good place now", reason: 'past_event' },
  { text: "I overdosed years ago and I've been clean since", reason: 'past_event' },
  { text: 'I had anaphylaxis to peanuts as a kid, should I carry an epipen?', reason: 'past_event' },
  { text: 'Back in 2015 I had a collapsed lung', reason: 'past_event' },
  { text: 'I had bleeding in my first pregnancy years ago, will it happen again?', reason: 'past_event' },
  { text: 'I had a concussion in high school, can that cause headaches now?', reason: 'past_event' },
  { text: 'My mother had a stroke and now lives with me; what diet should she follow?', reason: 'past_event' },

  // general and educational questions
  { text: 'what are the signs of a stroke?', reason: 'general_question' },
  { text: 'how do I know if someone is having a heart attack?', reason: 'general_question' },
  { text: 'what is anaphylaxis?', reason: 'general_question' },
  { text: 'What should I do if my child has a seizure?', reason: 'general_question' },
  { text: 'What are the symptoms of meningitis?', reason: 'general_question' },
  { text: 'How much paracetamol is an overdose?', reason: 'general_question' },
  { text: 'Can you explain what causes chest pain?', reason: 'general_question' },
  { text: 'What does it mean when your left arm goes numb?', reason: 'general_question' },
  { text: 'Is shortness of breath a side effect of metoprolol?', reason: 'general_question' },
  { text: 'How can I tell if a cut needs stitches?', reason: 'general_question' },
  { text: 'what is the first aid for someone who is choking?', reason: 'general_question' },
  { text: 'Tell me about the warning signs of suicide', reason: 'general_question' },
  { text: 'how do you treat a severe allergic reaction?', reason: 'general_question' },
  { text: 'Which foods should pregnant women avoid?', reason: 'general_question' },
  { text: 'what happens to the brain during a seizure?', reason: 'general_question' },

  // everyday complaints and record questions
  { text: 'I have a mild headache since this morning', reason: 'everyday' },
  { text: 'what were my last lab results?', reason: 'everyday' },
  { text: 'can I take ibuprofen with my blood pressure medication?', reason: 'everyday' },
  { text: 'I have a runny nose and a sore throat', reason: 'everyday' },
  { text: 'my knee hurts when I go down stairs', reason: 'everyday' },
  { text: 'When is my next appointment?', reason: 'everyday' },
  { text: "I've had a cough for three days", reason: 'everyday' },
  { text: 'my 5 year old has a temperature of 38 and a runny nose', reason: 'everyday' },
  { text: "I bumped my head on the cupboard door, it's a bit sore", reason: 'everyday' },
  { text: 'I get short of breath when I climb stairs, should I be worried?', reason: 'everyday' },
  { text: "my arm fell asleep and now it's tingling", reason: 'everyday' },
  { text: "I'm 12 weeks pregnant, is it safe to eat sushi?", reason: 'everyday' },
  { text: "I cut my finger while cooking, it bled a little but it's fine now", reason: 'everyday' },
  { text: "I'm allergic to cats and my eyes are itchy", reason: 'everyday' },
  { text: 'my baby has a bit of a rash from her diaper', reason: 'everyday' },
  { text: 'I have a stiff neck from sleeping wrong', reason: 'everyday' },
  { text: 'I feel a bit dizzy when I stand up too fast', reason: 'everyday' },
  { text: 'I took my blood pressure pills this morning, can I have coffee?', reason: 'everyday' },
  { text: 'can you summarize my medication list?', reason: 'everyday' },
  { text: 'what does my cholesterol result mean?', reason: 'everyday' },
  { text: "I've been feeling tired and a bit down lately", reason: 'everyday' },
  { text: 'my son has hives after eating strawberries but is otherwise fine', reason: 'everyday' },
  { text: 'how long does a flu shot take to work?', reason: 'everyday' },
  { text: 'I have heartburn after spicy food', reason: 'everyday' },
  { text: 'my period is heavy this month', reason: 'everyday' },
  { text: "my gums bleed when I brush my teeth, and I'm pregnant", reason: 'everyday' },
  { text: 'my blood pressure was 135 over 85 this morning, is that ok?', reason: 'everyday' },
  { text: 'I need a refill of my inhaler', reason: 'everyday' },
  { text: 'my toddler has a bit of a fever and is teething', reason: 'everyday' },
];
