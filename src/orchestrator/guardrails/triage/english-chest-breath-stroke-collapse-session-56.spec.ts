import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English emergencies in chest pain, breathing and collapse that the reviewers' probes of session 55 found missed
 * (issue 11), each beside look-alikes that share their words and must stay quiet. Written from the protocols (NICE
 * CG95 chest pain, NHS 111 breathing problems, NICE CG109 transient loss of consciousness), never from a labelled set.
 *
 * Run first on main 703e100d (rules and product alike): of these 20 emergencies the product missed 7 (a crushing,
 * heavy or squeezing pain pressed on or after a meal, a sore chest with its cardiac companions, a faint part way up the
 * stairs and not right since); the breathlessness told as not settling was flagged on main and is kept here as the
 * guard of its new wording. Every look-alike was quiet before and after.
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG95 1.1.1.3: tenderness of the chest wall does not exclude an acute coronary syndrome. A pain told crushing,
    // squeezing or heavy keeps the emergency whatever pressing, a cough or a meal does; a pain pressed on with the
    // cardiac character told absent is the chest wall's.
    kind: 'a chest pain pressed on, after a cough or a meal, told crushing, squeezing or heavy',
    emergencies: [
      "I've got a crushing pain in my chest, it hurts more when I press on it, not breathless though",
      'crushing chest pain, tender when I press my breastbone, started an hour ago',
      'chest feels heavy as if someone is sitting on it, hurts when i cough too',
      'squeezing feeling in my chest after a curry, gaviscon did nothing, im 58',
      'my chest feels heavy like something sitting on it and its sore when i push on my breastbone',
    ],
    lookAlikes: [
      "sharp pain left of my breastbone since I moved the kegs, if I press on the spot it's exactly the same pain, I'm not breathless or sweaty and it doesn't go into my arm",
      'pain in my chest when I press on the rib since I lifted a heavy box, not crushing, not breathless, no sweating',
      'my chest hurts when i cough, i have a heavy cold and a cough, no other symptoms',
      'burning in my chest after a curry, went after a gaviscon, happens most evenings for weeks, no heaviness or squeezing',
    ],
  },
  {
    // NICE CG95 reads a chest pain by its companions, not by the word the teller chose: a sore chest with sweating, a
    // grey colour, sickness, breathlessness, a spread to the arm or jaw, or at rest is cardiac. A sore chest after a
    // cough, a cold, the gym or breastfeeding, with nothing else, is not.
    kind: 'a sore chest with the companions of a cardiac pain',
    emergencies: [
      "I've had a sore chest for half an hour and I'm sweating and feel sick",
      'sore chest going down my left arm, feel clammy',
      "my dad says his chest is sore and he's grey and sweaty",
      'my chest is really sore and im sweating buckets and feel like im going to be sick',
      'sore chest came on while I was watching TV, now its in my jaw',
    ],
    lookAlikes: [
      'sore chest from coughing with this cold, no other problems, it hurts when I cough',
      'my chest is sore after doing bench press at the gym yesterday, sore to touch',
      'sore chest after a week of coughing with flu, no sweating, not breathless',
      'my chest is sore from the push-ups challenge, aches when I move',
      'sore chest and nipples from breastfeeding, no fever, not breathless',
    ],
  },
  {
    // NICE CG109: a faint during effort, or one without a quick and full recovery, is no uncomplicated faint. A faint
    // at the sight of blood or in the heat, with a recovery within a minute, is.
    kind: 'a faint part way through an effort, or slow to come round',
    emergencies: [
      'passed out halfway up the stairs, I was out of it for a while afterwards and still not right',
      'he keeled over partway through his run and took ages to come round',
      "Mum blacked out halfway up the hill on our walk, she's pale and still not right",
      'collapsed midway through the spin class, took him about 10 minutes to come round properly',
      'my son collapsed during football practice and took a good 10 minutes to be himself again',
    ],
    lookAlikes: [
      'I nearly fainted halfway up the stairs because I stood up fast after a hot bath, sat down and was fine in seconds',
      'my daughter fainted at the sight of blood at her jab, came round straight away and was chatting within a minute',
      'fainted in assembly in the heat, came round in seconds, ate something and is fine',
      'felt faint standing up too fast this morning, sat down and it passed, fine now',
    ],
  },
  {
    // NHS 111 breathing problems: breathlessness that does not settle with rest, or is still there an hour on, is no
    // effort's breathlessness; one that settles within minutes of stopping is.
    kind: 'breathlessness after an effort told as not settling or still there an hour on',
    emergencies: [
      'im breathless from the walk up the hill, still not settling after an hour of sitting',
      "My husband is short of breath since mowing the lawn and it won't settle even sitting down",
      "out of breath since carrying the shopping in and it's not easing, been like this for an hour",
      'still really out of breath 2 hours after football training, sitting on the sofa',
      "I went for a jog and I'm still breathless an hour later even sitting down",
    ],
    lookAlikes: [
      'I was breathless after the stairs but it settled within a minute, fine now',
      'got out of breath on the run, it eased off after a couple of minutes of walking',
      "i'm not breathless at all, just tired after the hike, nothing that won't settle with sleep",
      'I went for a run and was out of breath, got my breath back after a few minutes and feel fine',
    ],
  },
];

describeKindsByRulesAndProduct('English chest, breath and collapse kinds of session 56 (%s)', KINDS);
