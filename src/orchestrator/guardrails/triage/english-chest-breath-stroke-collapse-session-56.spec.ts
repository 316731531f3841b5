import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English emergencies in chest pain, breathing and collapse that the reviewers' probes of session 55 found missed
 * (issue 11), each beside look-alikes that share their words and must stay quiet. Written from the protocols (NICE
 * CG95 chest pain, NHS 111 breathing problems, NICE CG109 transient loss of consciousness), never from a labelled set.
 *
 * Run first on main 703e100d (rules and product alike): of the first 20 emergencies the product missed 7 (a crushing or
 * heavy pain pressed on or after a cough, a sore chest with its cardiac companions, a faint part way up the stairs and
 * not right since); the breathlessness told as not settling was flagged on main and is kept here as the guard of its
 * new wording. The look-alikes after the first cut's (a sore chest with a companion of its own cause, a heaviness after
 * a meal gone with an antacid, a breathlessness told over months) are reviewer V38's (03:32) false alarms of that cut,
 * quiet on main and again now; the emergencies added with them are their twins.
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
      "heavy feeling in my chest, it hurts when i press it and it's going into my jaw",
      "my chest feels heavy like an elephant is sat on it, tender when I press, I'm 61",
      "crushing pain in my chest after eating, I'm 64, it's not going away and I feel awful",
      'my chest feels heavy like something sitting on it and its sore when i push on my breastbone',
    ],
    lookAlikes: [
      "sharp pain left of my breastbone since I moved the kegs, if I press on the spot it's exactly the same pain, I'm not breathless or sweaty and it doesn't go into my arm",
      'pain in my chest when I press on the rib since I lifted a heavy box, not crushing, not breathless, no sweating',
      'my chest hurts when i cough, i have a heavy cold and a cough, no other symptoms',
      'burning in my chest after a curry, went after a gaviscon, happens most evenings for weeks, no heaviness or squeezing',
      'heaviness in my chest after a huge Christmas dinner, like indigestion, gone after a rennie',
      "squeezing feeling in my chest when I'm anxious before presentations, goes in a minute",
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
      'I keep being sick and my chest is sore, sweating and grey',
    ],
    lookAlikes: [
      'sore chest from coughing with this cold, no other problems, it hurts when I cough',
      'my chest is sore after doing bench press at the gym yesterday, sore to touch',
      'sore chest after a week of coughing with flu, no sweating, not breathless',
      'my chest is sore from the push-ups challenge, aches when I move',
      'sore chest and nipples from breastfeeding, no fever, not breathless',
      'sore chest after being sick all night with a tummy bug',
      'sore chest and feel a bit dizzy from the heat, been carrying my toddler all day',
      'my chest is sore after my mammogram and I feel a bit faint from not eating',
      'sore chest from laughing so hard, nearly vomited',
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
      'she passed out halfway round the park run and was grey',
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
      "still out of breath an hour after the walk and I'm sat down, my lips look a bit blue",
      'been breathless for months with my copd but tonight its not settling even with the nebuliser and i cant finish a sentence',
      'my dad is 80, still breathless two hours after walking to the shop even sitting down, he had a heart attack 3 years ago',
    ],
    lookAlikes: [
      'I was breathless after the stairs but it settled within a minute, fine now',
      'got out of breath on the run, it eased off after a couple of minutes of walking',
      "i'm not breathless at all, just tired after the hike, nothing that won't settle with sleep",
      'I went for a run and was out of breath, got my breath back after a few minutes and feel fine',
      'breathless on hills, not improved since starting the new inhaler last month, want a review',
      'still out of breath for hours after running since I had covid in the spring, GP is aware',
      "after parkrun I couldn't breathe for a minute, got my breath back and walked home fine, no chest pain",
    ],
  },
];

describeKindsByRulesAndProduct('English chest, breath and collapse kinds of session 56 (%s)', KINDS);
