import { describeKindsByRulesAndProduct, type TriageProbeKind } from '../../../../test/support/triage-probe-table.js';

/**
 * English urgent-boundary kinds of session 55 (issue 11: the false-positive rate on English sets written like the outside
 * judge's material) for withdrawal and burns, each beside emergency twins that share its words and carry
 * what the protocol sends on at once. Written from the protocols (NICE CG100 and the CIWA-Ar scale, NICE CKS burns and
 * scalds), never from a labelled set.
 *
 * Run first on the unchanged rules (main 8c64110, rules and product alike): look-alikes quiet 1 of 5 for a mild
 * withdrawal (a shaky, sweaty morning), 1 of 5 for a small burn measured after its blister; every emergency twin was
 * flagged but one withdrawal told as "day 3 off alcohol" with hallucinations (the stopping was not read).
 */
const KINDS: readonly TriageProbeKind[] = [
  {
    // NICE CG100 and CIWA-Ar: a tremor felt or barely seen and a moist skin are a mild withdrawal, for the GP or an
    // alcohol service (assisted withdrawal); hallucinations, confusion, a fit, a racing heart, a tremor that stops a cup
    // being held or a drenching sweat are the DTs' road and an emergency.
    kind: 'a withdrawal told by a mild tremor and a moist skin',
    emergencies: [
      'stopped drinking 2 days ago after a bottle of vodka a day, my hands are shaking badly and I am drenched in sweat',
      "he's been off the drink since monday, shaking so much he can't hold his tea and sweating through his shirt",
      'quit the booze cold turkey, a bit shaky but soaked in sweat and my heart is pounding',
      'day 3 off alcohol, slightly shaky and sweaty, and now I keep seeing spiders on the ceiling',
      'stopped drinking yesterday, a bit shaky and sweaty and just had a fit',
      'my mum stopped her diazepam suddenly 4 days ago, she is trembling all over and sweating and confused',
      '48hrs off the vodka after years on a bottle a day, hands shaking, sweating and theres bugs running all over the walls',
    ],
    lookAlikes: [
      'When I do not drink in the morning my hands shake a bit and I feel sweaty and anxious until the first glass. I have never had a fit. Is it ok to just stop on Saturday?',
      "I've been drinking heavily, about a bottle and a half of wine every night. Yesterday I skipped it, and this morning my hands were shaky and I felt sweaty and anxious, but I'm not seeing anything strange and never had a fit. Is it dangerous to just stop?",
      "Trying to quit alcohol. Day 2, feel jittery, sweaty, can't sleep, but thinking clearly. Is this normal withdrawal and should I see the GP?",
      'stopped drinking 3 days ago, slight tremor and a bit sweaty at night, eating ok, no hallucinations. can the gp give me librium',
      'my partner drinks 8 cans a day, he gets the morning shakes and sweats till he has his first can. how do we get him help to quit',
    ],
  },
  {
    // NICE CKS burns and scalds: a blister on a limb measured under 5 cm is well under the palm's 1 % of the body, for
    // first aid, a pharmacist or a minor injuries unit. The face, a baby, a deep (white, leathery, numb) burn or one
    // measured wider is referred whatever the words say of its size.
    kind: 'a small burn measured after its blister, on a limb',
    emergencies: [
      "I burned my leg on the motorbike exhaust, blister about 2cm but the skin around it is white and leathery and I can't feel it",
      'my 10 month old touched the oven door, blister about 2cm on her hand',
      'burnt my face on the grill, blister roughly 2 cm on my cheek',
      'scalded my arm with the kettle, the blister is about 8 cm and the skin is peeling off the whole forearm',
    ],
    lookAlikes: [
      'i burned my leg on the motorbike exhaust yesterday, blister about 2cm, bit weepy today, no redness spreading. pharmacist or minor injuries?',
      'scalded my forearm with the kettle, the blister is roughly 3 cm across, cooled it for 20 minutes',
      'burn on my calf from the exhaust pipe, blister around 1.5cm, bit sore',
      'caught my wrist on the oven shelf, blister measuring 2 cm, ran it under cold water, do I pop it',
      'my 12 year old touched the glue gun, burn is about 1 cm on his forearm with a blister, he is fine',
    ],
  },
];

describeKindsByRulesAndProduct('session 55: English urgent boundary, injuries, burns and withdrawal (%s)', KINDS);
