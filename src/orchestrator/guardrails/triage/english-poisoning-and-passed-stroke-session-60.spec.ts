import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English kinds of session 60 (issue 11: a reviewer's probes written from the protocols), each beside look-alikes that
 * share its words. NPIS / TOXBASE assess now any possible ingestion of a dangerous product by a child, and an insulin
 * dose given in error; the AHA/ASA and NICE NG128 send a stroke-like episode that has passed (a TIA) for assessment the
 * same day. Written from the protocols, never from a labelled set.
 *
 * Run first on the unchanged rules (main 35be896): an insulin error told by its units and the pen, a child who "got
 * some of" another person's tablets, a battery gone from a device a child was handling, "an od", and speech told as
 * "talk was garbled" were all missed.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // Insulin told by its units beside the diabetes it is for: the drug's name is no part of how a patient tells it.
    kind: 'an insulin dose given in error, told by its units',
    emergencies: [
      "I was doing well but I took an extra 40 units by accident with my pen, i'm type 1",
      "i'm type 1 and i think i did my 30 units twice by mistake tonight",
      'accidentally injected 50 units instead of 5, my pen was set wrong. diabetic',
      'my dad is diabetic and injected an extra 20 units by accident at tea time',
      'type 2 on a pen, took 36 units instead of 6 this morning',
    ],
    lookAlikes: [
      "i take 40 units every night with my pen, i'm type 1, how should i store spare pens",
      "how many units of alcohol a week is ok if i'm diabetic",
      "i'm diabetic and drank an extra 10 units of alcohol by accident at the wedding, feel fine",
      'my pen clicks 2 units at a time, type 1, is that normal',
    ],
  },
  {
    // A child who "got some of" someone else's tablets has had them in reach; a supply fetched is no exposure.
    kind: "a child who got some of another person's tablets",
    emergencies: [
      "my son (4) got some of nanas tablets, he seems fine, they're her blood pressure ones",
      "my daughter got a few of grandad's pills out of his bag, not sure if she swallowed any",
      'toddler got some of my sleeping tablets off the bedside table',
      "my 3 year old got one of her gran's heart tablets, she seems ok",
    ],
    lookAlikes: [
      'my son got some of his tablets from the pharmacy today, what time should he take them',
      "nana's tablets are locked away, how do i stop my son getting at them",
      'my daughter got some of her tablets changed by the gp, can she still have calpol',
      'my daughter got some of my blood pressure tablets from the pharmacy for me',
    ],
  },
  {
    // A battery that cannot be found after a child had the device is taken as swallowed; one run flat is a chore.
    kind: 'a battery gone from a device a child was handling',
    emergencies: [
      'my toddler is fine but she was playing with the remote and the battery is missing',
      'the baby had the car key fob and now the little battery has gone',
      "my son was playing with the kitchen scales and the battery is missing, can't find it anywhere",
      'found my 2 year old with the back off the tv remote, one battery is missing',
    ],
    lookAlikes: [
      "the battery in my son's remote is dead, what batteries do i need",
      "my son's ipad battery has gone flat again, is it bad to leave it charging overnight",
      "my daughter's hearing aid battery keeps running out",
      'my kids love the remote control car, where can i buy the batteries',
    ],
  },
  {
    // "od" is the overdose itself after a verb of taking; "an od feeling" is an odd one.
    kind: 'an overdose told by its abbreviation',
    emergencies: [
      'i took an od',
      'done an od last night and feel sick now',
      'my friend has taken an OD and is asleep',
      'had an od on my tablets 2 hours ago',
    ],
    lookAlikes: [
      'i have an od feeling in my chest when i lie down, it has been like that for years',
      'my eye drops say apply to the OD twice a day',
      'what does od mean on my prescription',
    ],
  },
  {
    // Speech told as talk that came out garbled is a stroke's, passed or not (a TIA); a talk given is no speech.
    kind: 'speech told as talk gone garbled, passed or not',
    emergencies: [
      "had a funny turn, couldn't move my arm for 10 mins and talk was garbled, its back to normal now",
      'his talk was garbled for about 15 minutes this morning, he seems fine now',
      'suddenly my talk went all jumbled and i could not get the words out',
      'mums talk is slurred since lunch and her hand is clumsy',
    ],
    lookAlikes: [
      'the talk at the conference was a bit garbled because the microphone kept cutting out',
      'had a stroke in 2019, my arm is still a bit weak, can i drive',
      'i get migraines with my usual aura, zigzag lines for 20 minutes then headache, same as always',
    ],
  },
  {
    // A laugh before "but" plays down what came before it; what follows is told in earnest.
    kind: 'a sign told after a laugh and a but',
    emergencies: [
      'its prob just a migraine lol but the right side of my face went numb and droopy half an hour ago',
      "probably overreacting haha but my dad's arm went weak and his speech was slurred for 10 minutes",
      "i know i'm paranoid lol but i took 30 paracetamol an hour ago",
      "sorry for the essay lol but my chest has been crushing for 20 minutes and i'm sweating",
    ],
    lookAlikes: [
      "i'm dying of boredom lol but otherwise fine",
      "this heat is killing me haha but we're having fun",
      "can't breathe in this heat lol but at least the pool is open",
      'work is giving me a heart attack lol but really i just want advice on sleep',
    ],
  },
  {
    // Beside a drink or a drug stopped, people or creatures someone says are in the room are the DTs' hallucinations.
    kind: 'alcohol or sedative withdrawal told as a story, with someone seen in the room',
    emergencies: [
      "dads been drinking heavily for years, stopped on monday. today hes shaking and says there's people in the room",
      'my husband drinks a bottle of vodka a day and stopped two days ago, now he keeps saying there are spiders on the walls',
      "my brother is an alcoholic and ran out of drink yesterday, he's convinced there's someone in the room with him",
      'mum came off her diazepam cold turkey last week and she says there are people in her bedroom',
    ],
    lookAlikes: [
      'dad quit drinking a month ago, he says there are people in the room next door being noisy',
      'stopped drinking last week, my wife says there are mice in the kitchen',
      'my son says there are monsters under his bed, he is 4, how do i help him sleep',
      'my husband stopped drinking in january, he thinks there is a man in the room in his dreams sometimes',
    ],
  },
  {
    // A blue told by what it looks like says the food was not eaten: central cyanosis in a parent's words.
    kind: 'lips told blue by a likeness to a blue fruit',
    emergencies: [
      "his lips look like he's been eating blueberries and he's really struggling",
      "her lips have gone like she's had blackcurrant and she can't catch her breath",
      "my baby's mouth looks like she's been eating blackberries, she is grunting",
      "his lips are the colour of blueberries and he's wheezy",
      "grandad's lips look as if he's been drinking ribena and he's breathless",
    ],
    lookAlikes: [
      "his lips are purple from eating blueberries, he's fine and playing",
      'my toddler ate a bowl of blueberries, is it normal for his poo to look dark',
      "my lips look like i've been eating blackberries since i started this lipstick",
    ],
  },
];

describeKindsByRulesAndProduct(
  'session 60: English poisoning told without an overdose word, and passed stroke signs (%s)',
  KINDS,
);
