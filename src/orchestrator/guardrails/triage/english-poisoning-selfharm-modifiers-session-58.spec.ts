import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 58 (issue 11: false alarms of self-harm, poisoning and bleeding on English held-out sets, the
 * shared modifiers, and reviewer V40's misses), each beside its emergency twins: the same alarm words with the red flag
 * present, told other ways and played down. Written from the protocols (NICE NG225 and the Columbia scale, NPIS /
 * TOXBASE, NHS first aid for bleeding), never from a labelled set.
 *
 * Run first on the unchanged rules (main d91c444c): a hypothetical opening undone by an act told done was missed by the
 * rules in 2 of 4 ("what if someone took 50 paracetamol, they've already swallowed them" by the product too), a rope
 * bought with a place chosen in 4 of 4 (the product flagged them through the wording model); of the look-alikes, all
 * but the Christmas tree and the hammock were flagged by the rules, and a wish not to wake up told beside one's children
 * read as a child who cannot be roused.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // A hypothetical opening is undone by the act told done in the same sentence (review V40, session 58).
    kind: 'a hypothetical opening undone by an act told done',
    emergencies: [
      "what if someone took 50 paracetamol, they've already swallowed them",
      'what if someone took 50 paracetamol... they have already swallowed them all',
      'hypothetically what if a person took all their sleeping pills, she has already taken them',
      'what if my mate took 30 of his tablets, he has just swallowed them',
    ],
    lookAlikes: [
      'what should I do if someone takes too many paracetamol?',
      'what if my toddler swallowed a battery, what would I do',
      'if my son has already had chickenpox does he still need the jab?',
    ],
  },
  {
    // Columbia: preparatory acts, a means acquired and a place chosen (review V40, session 58); NICE NG225 counts a plan
    // told calmly as a plan.
    kind: 'a ligature bought and the place to use it chosen',
    emergencies: [
      "I've bought the rope and picked the tree",
      'bought the rope today and picked out the tree in the woods behind the house',
      'ive got the rope, found the right beam in the garage',
      'picked the bridge and bought a rope too just in case',
      "I've decided how I'm going to end it",
      // A rope beside a burden, knots searched or despair is a means, whatever shop it came from (reviewer V40's
      // STOP-THE-LINE, session 58).
      "she bought rope at the camping shop and has been googling knots, she keeps saying she's a burden",
      "my son bought rope from the boat shop and keeps searching knots, says he's a burden to us",
      "she got a rope for camping, she's been googling knots and saying she is a burden",
    ],
    lookAlikes: [
      'we picked the tree for christmas and bought new lights',
      // The rules read a rope bought for a swing as no means; the wording model still flags the message (left alone).
      'the kids picked the tree and we bought a hammock for the garden',
      'we picked the tree for christmas and got some rope to tie it on the car',
    ],
  },
  {
    // A death wished over a trifle (one more of a bore, a game lost, a hangover) names its trifle and tells no intent,
    // plan or means; told beside any of them, with "I mean it" or "not joking", or beside a question about dying, it is
    // read as meant. "I could kill myself for <a slip>" is no such figure (urgent-band-kinds.spec.ts).
    kind: 'a death wished over a trifle',
    emergencies: [
      "I'm going to kill myself if I see one more balloon dog. not joking, I've got the tablets",
      "if I have to sit through one more meeting I'll kill myself, I mean it, the rope is in my car",
      "if my team loses again I'll kill myself. which car park in town is the tallest?",
      'this hangover is killing me, i want to die, i have taken the whole box of my sleeping pills',
      "if I see him again I'll kill myself, I mean it",
      'I could kill myself for forgetting her birthday, honestly',
      "I'm going to kill myself tonight",
      // Life itself is no trifle, nor is a trifle told beside "thinking how" (reviewer V40's STOP-THE-LINE, session 58).
      "if i have to do one more day of this life i'll kill myself",
      "if i have to get through another night like this i want to die, i've been thinking how",
      'if I have to wake up one more morning like this I want to die',
      'if i have to face another day i will end it',
      "if i have to do another shift with him i'll kill myself, i've been thinking how i'd do it",
    ],
    lookAlikes: [
      "I'm going to kill myself if I see one more balloon dog, honestly the kids parties are endless",
      'if I hear one more christmas song I will kill myself',
      "I swear I'll kill myself if my team loses again on sunday",
      'if I have to fill in one more form I will kill myself. Anyway, can I get my repeat prescription online?',
      "if I have to sit through one more team meeting I'll kill myself lol",
    ],
  },
  {
    // NICE NG225: asking someone directly about suicidal thoughts is what a worried friend should do; the question of
    // how to ask tells no one's thoughts. A sentence that goes on to tell the person's state is read.
    kind: 'how to ask someone whether they are suicidal',
    emergencies: [
      'how do I ask my friend if she is ok, she has the pills and says tonight is the night',
      'how do I ask my friend if she is suicidal right now, she just sent me a goodbye text and her phone is off',
      // Told unpunctuated after the asked clause: a new subject and verb, signs, an act, a farewell act (reviewer V40's
      // STOP-THE-LINE, session 58). Only the asked clause is the question's topic.
      'how can I ask my daughter whether she has cut herself she has blood soaking through her sleeves and is pale',
      'how do i ask my mum if she took too many of her tablets she is very sleepy and confused',
      'how should i ask my brother if he is going to kill himself he gave away his dog and wrote a will',
      'how do i ask my dad if he took an overdose he wont wake up properly',
      'how can i ask my sister if she wants to end her life she has said goodbye to everyone',
    ],
    lookAlikes: [
      'how do I ask my friend if she is having suicidal thoughts',
      'what is the best way to ask my son about self harm?',
      'how can I ask my brother whether he is suicidal without making it worse',
      'how do I ask my teenage son if he is self-harming',
      'how should I ask my husband if he has been cutting himself',
      'how do i ask my girlfriend if she is suicidal i am worried about her',
    ],
  },
  {
    // Columbia: a passive wish to be dead with no plan or intent is urgent, not 999 (NICE NG225); it is no child who
    // cannot be roused because children are named beside it.
    kind: 'a passive wish not to wake, with the children named',
    emergencies: [
      "I wish I could go to sleep and not wake up, I've saved up my tablets for the kids' birthday weekend",
      "my son won't wake up properly and is floppy",
      'she went to sleep and did not wake up this morning, my daughter is breathing strangely',
    ],
    lookAlikes: [
      "I sometimes wish I could go to sleep and not wake up, no plan, I'd never do it because of my kids, can I see my GP today",
    ],
  },
  {
    // NPIS / TOXBASE: a tablet or a product mouthed and not swallowed is a minimal exposure; a bite, a chew, a burst pod,
    // a swallow, a count missing, a battery or magnet, or the child unwell is not.
    kind: 'a tablet or product mouthed and spat out, not swallowed',
    emergencies: [
      "my toddler put a laundry pod in his mouth and it burst, he's coughing",
      "my son had a button battery in his mouth, he spat it out but I can't find the other one",
      "my toddler put a dishwasher tablet in his mouth and spat it out but now he's drooling and crying",
      'she had my pills in her mouth, she spat some out but i think she swallowed a couple',
      'my 2 year old had a tablet in his mouth, I took it out but 3 are missing from the pack',
      'my son put a dishwasher tablet in his mouth and chewed it before he spat it out',
    ],
    lookAlikes: [
      "my toddler put a dishwasher tablet in his mouth but spat it out, didn't swallow any",
      'my 2 year old had one of my blood pressure pills in her mouth, I hooked it out whole, she is fine',
      'baby put a tablet in her mouth and spat it out straight away, seems fine',
    ],
  },
  {
    // TOXBASE: two right doses of a child's paracetamol make 30 mg/kg, under the 75 mg/kg that needs assessment; one
    // extra dose of an antibiotic needs none. An adult product, iron, insulin, an amount told, a baby in months or the
    // child unwell is a medication error to act on (Schmitt-Thompson; dose-told-by-kind.spec.ts).
    kind: "a child's everyday medicine given once too often",
    emergencies: [
      "accidentally gave my 2 year old two doses of calpol, now she's very sleepy and pale",
      'gave my son his iron medicine twice by mistake',
      'accidentally gave my baby adult paracetamol twice',
      'gave my daughter a second dose of her insulin by mistake',
      'gave my 2 month old two doses of calpol by mistake, she is fine',
      'accidentally gave my 3 year old calpol twice, 10 ml each time',
      // A painkiller given twice, the right dose not told, stays the error session 38 reads (coordinator, M107).
      'I gave my son his calpol twice by mistake',
      'accidentally gave my daughter her nurofen twice',
    ],
    lookAlikes: [
      'accidentally gave my 5 yr old two doses of calpol an hour apart, the right dose for his age each time, he seems totally fine. when can he have the next one?',
      'I gave my 6 year old calpol twice within two hours, the correct dose for his age both times, he is playing happily',
    ],
  },
  {
    // NHS first aid: a nosebleed or a cut that stops with 10-15 minutes of pressure needs no A&E; one that does not stop,
    // starts again, is held by a tourniquet, or leaves someone faint does.
    kind: 'a bleed told stopped under pressure, its subject left out',
    emergencies: [
      "nosebleed for 40 minutes and it won't stop even pinching",
      "nosebleed for 30 minutes, stopped, now started again and won't stop, he's on warfarin",
      'cut my hand on glass, bleeding for 20 minutes through the towel',
      "my nose has been bleeding for 25 minutes, pinching isn't stopping it",
      'bleeding for 30 minutes, stopped with a tourniquet, the leg is cold',
      // First aid does not end a bleed told long, on an anticoagulant, or followed by faintness, pallor, dizziness or
      // its return (reviewer V40's STOP-THE-LINE, session 58).
      'nosebleed for an hour on warfarin, stopped after pinching but i feel dizzy and pale',
      'nosebleed for 2 hours on apixaban, stopped with pressure',
      'my nose bled for over an hour and stopped once i pinched it, i am on rivaroxaban',
      'bled for ages, stopped after pressing it, now i feel faint',
      'nose bleeding for over an hour, stopped with pressure but it keeps coming back',
    ],
    lookAlikes: [
      'nosebleed for 15 minutes, stopped after pinching my nose',
      '44M locksmith, nosebleed for 15 min, stopped with 10 minutes of firm pressure. Not on anticoagulants.',
      'cut my finger, bled for 15 minutes but stopped with pressure, do I need stitches',
      'nosebleed, stopped with 10 minutes of pinching, feel fine',
      'cut my hand on a tin, bled a lot at first, stopped when I held it under pressure, clean edges',
    ],
  },
  {
    // A question asked in advance, in a message that says nothing is happening now (NHS 111 answers it with advice): its
    // questions and conditions tell no one's state. An event told beside the disclaimer, or a question told as now, is read.
    kind: 'a question asked in advance beside "nothing is happening now"',
    emergencies: [
      'Nothing happening now. But an hour ago my son had a seizure that lasted 10 minutes, what should I do?',
      'nobody was hurt in the crash but my dad is now slurring his words and his face has dropped, what should I do?',
      'Nobody is hurt. My husband is having crushing chest pain right now, what should I do?',
      'nobody has been hurt, but if my daughter is not breathing what do I do, she is blue',
      'I just want to know in advance: what if someone took 40 paracetamol? my friend has already taken them',
    ],
    lookAlikes: [
      'I manage a go-kart track and our insurer wants a written first-aid procedure. Nobody has been hurt, this is just paperwork. If a driver hits their head in a crash, what signs should my marshals look for that mean we call an ambulance straight away?',
      'Nobody has anything going on right now. What are the main differences between heartburn and a heart attack?',
      'We all feel fine and nobody has any symptoms. What are the symptoms of carbon monoxide poisoning?',
      'Nothing is happening right now, I just want to be prepared. If my dad had a stroke, what would the signs be?',
    ],
  },
];

describeKindsByRulesAndProduct('session 58: English self-harm, poisoning, bleeding and modifiers (%s)', KINDS);
