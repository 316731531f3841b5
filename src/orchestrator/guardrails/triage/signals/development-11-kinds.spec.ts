import type { EmergencyCategory } from '../../emergency-categories.js';
import { EmergencyTriage } from '../../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The kinds of emergency the eleventh development set showed the rules lacked, each probed in words
 * that set does not use, written before its lines were checked: angina unrelieved by GTN told as a
 * pharmacy or clinician note (NICE CG95); a head injury whose headache worsens or whose nose or ear
 * leaks clear fluid a day on (NICE NG232); a fever under three months told as a bare reading with where
 * it was taken (NICE NG143); a faint during effort with the heart felt beforehand (NICE CG109); a
 * household product swallowed, the act and the product told apart (NPIS / TOXBASE); a first
 * generalised fit in a vignette's verbs (NICE NG217); maroon or dark red stools with faintness
 * (NICE CG141); cough, fast breathing or drowsiness hours after a spell under water (Resuscitation
 * Council UK); an older person hot, dry and confused on a hot day (NHS heatstroke); and a cancer
 * with back pain and heavy legs or stumbling (NICE NG234). Beside them, ordinary messages in the same words.
 */
describe('EmergencyTriage: red flags told late, apart or in other words', () => {
  it.each<readonly [string, EmergencyCategory]>([
    [
      'Dad used his angina spray three times and the pain in his chest is no better after half an hour',
      'cardiac_chest_pain',
    ],
    ['72F, retrosternal pressure 40 mins unresolved after 2 puffs of nitro, diaphoretic', 'cardiac_chest_pain'],
    [
      "Husband's GTN hasn't touched the tightness in his chest, two doses ten minutes apart, he looks ashen",
      'cardiac_chest_pain',
    ],
    ['pain in chest ongoing despite sublingual GTN x2', 'cardiac_chest_pain'],
    ['Chest heaviness persisting despite nitrates, vomited once, looks grey', 'cardiac_chest_pain'],
    [
      'Fell off the ladder on Saturday and banged my head; since then a salty clear drip keeps running from my left nostril',
      'head_injury',
    ],
    ['Took a football to the face yesterday and now clear fluid is trickling from his ear', 'head_injury'],
    ['After a rugby tackle two days ago her headache is worse every hour and nothing touches it', 'head_injury'],
    [
      'walked into a low beam on Sunday, the headache has been building all day today and painkillers do nothing',
      'head_injury',
    ],
    ['my 9 week old daughter was 38.1 on the ear thermometer an hour ago', 'infant_distress'],
    ['Baby is 7 weeks, armpit reading 38.6, still feeding ok', 'infant_distress'],
    ['newborn (3 wks) felt warm so I checked: 38.0', 'infant_distress'],
    ['11-week-old, reading of 38.3 in her armpit, otherwise smiley', 'infant_distress'],
    ['our 4 week old has been feeling hot since teatime', 'infant_distress'],
    [
      "I keeled over halfway up the stairs at work with no warning, and my heart was fluttering just before; I'm fine now",
      'loss_of_consciousness',
    ],
    [
      'My 15-year-old passed out sprinting for the bus, came round quickly, says her heart was hammering',
      'loss_of_consciousness',
    ],
    ['62M, syncope while climbing stairs, preceded by palpitations, now recovered', 'loss_of_consciousness'],
    [
      'Blacked out while pushing the lawnmower up the slope; felt my heart jumping about beforehand',
      'loss_of_consciousness',
    ],
    ['my dad fainted carrying the shopping up the hill and his heart had been thudding', 'loss_of_consciousness'],
    [
      "my 3 yr old took a swig from a bottle under the sink, we think it's screenwash, she seems fine",
      'poisoning_overdose',
    ],
    ['toddler got a mouthful of something from the shed - the label says weedkiller', 'poisoning_overdose'],
    ['she drank from a lemonade bottle dad had filled with white spirit, only a sip', 'poisoning_overdose'],
    [
      "My grandson had a gulp of the blue stuff in the garage, I think it's antifreeze... he's playing now",
      'poisoning_overdose',
    ],
    ['son 2 years, drank little bit from bottle, is drain cleaner, he cry', 'poisoning_overdose'],
    [
      'A 19-year-old student with no history of epilepsy became rigid and then had jerking of all four limbs for two minutes; now drowsy and confused',
      'seizure',
    ],
    [
      "my husband, never had a fit before, stiffened up then his arms and legs were jerking for a couple of minutes, now he's very confused",
      'seizure',
    ],
    [
      'colleague suddenly went rigid, arms and legs shaking rhythmically for about 2 mins, first time anyone has seen this',
      'seizure',
    ],
    ['17F, first episode: tonic stiffening followed by clonic jerking about 90 s, post-ictal now', 'seizure'],
    ['passing dark maroon stool three times today and I feel dizzy when I stand', 'severe_bleeding'],
    ['76M on clopidogrel, plum-coloured stools x2, lightheaded', 'severe_bleeding'],
    ["my nan's poo is dark red and full of clots and she nearly passed out on the commode", 'severe_bleeding'],
    [
      'my son went under at swimming lessons for a few seconds; an hour later he is coughing a lot and breathing fast',
      'drowning',
    ],
    [
      'pulled my toddler out of the paddling pool after she slipped under, now she is really sleepy and her breathing is rapid',
      'drowning',
    ],
    [
      '8yo got dunked by a wave and swallowed loads of seawater, now keeps coughing and says his chest hurts',
      'drowning',
    ],
    ['she slipped under the surface in the bath, I lifted her out, she spluttered and now seems drowsy', 'drowning'],
    ['heatwave, 35 degrees, my mum (79) is talking gibberish and her skin is burning and dry', 'heat_stroke'],
    [
      'My neighbour, 88, sat in his greenhouse all afternoon in 33 degrees, now he is muddled and not sweating',
      'heat_stroke',
    ],
    ["It's 36°C outside and my grandma has gone confused, she's hot to touch", 'heat_stroke'],
    ['elderly man found in a stuffy flat during the heatwave, disoriented, skin dry and very hot', 'heat_stroke'],
    [
      'breast cancer that spread to her bones, mid-back ache for a fortnight and now her legs feel like lead and she keeps tripping',
      'spinal_cord_compression',
    ],
    [
      '65M with myeloma, back pain, legs heavy since this morning, struggling to get out of a chair',
      'spinal_cord_compression',
    ],
    [
      "my husband has lung cancer; his back has been aching for weeks and since yesterday he stumbles and can't manage the stairs",
      'spinal_cord_compression',
    ],
    ['known mets, new thoracic pain, legs giving out on him today', 'spinal_cord_compression'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'My GTN spray has expired, can I still use it for my angina if I need it?',
    'Used my GTN before climbing the stairs as the cardiologist suggested and had no chest pain at all',
    'GTN gives me a pounding headache every time, is that normal?',
    'bumped my head on the cupboard yesterday, small lump, no headache now, feel fine',
    "I've had a runny nose with clear snot for three days with a cold",
    'got a mild headache after my fall last week and it has gone completely',
    'my 9 month old was 38.1 after his jabs yesterday and is playing happily',
    'my 8 week old was 37.4 under her arm, is that normal?',
    'my 2 year old was 38.2 with a cold, drinking fine and playing',
    'I fainted at the sight of my blood test and came round straight away, feel fine',
    'felt my heart thump after three coffees, no dizziness, no chest pain',
    "got lightheaded standing up too fast from the bath, didn't pass out",
    "I keep antifreeze locked in the garage, what's the safest way to get rid of an old bottle?",
    "we spilled some antifreeze on the drive, how do I clean it so the dog doesn't lick it?",
    'my daughter took a sip of my coffee, is caffeine bad for a 4 year old?',
    "my epileptic son had one of his usual seizures, it stopped after a minute and he's back to normal",
    "my legs jerk as I'm falling asleep, is that a seizure?",
    "my baby's arms jerk when she is startled by a loud noise",
    'my stools were red after I ate a lot of beetroot yesterday, feel totally well',
    'a streak of bright red blood on the paper when I wipe, I have piles',
    'black poo since starting iron tablets, otherwise well',
    "my son swallowed some pool water during his lesson, coughed once and he's been totally fine and playing all afternoon",
    'how long should kids be watched after swimming lessons?',
    'he went under for a second in the shallow end and came straight up laughing, no cough',
    "it's 34 degrees and I feel sweaty and tired but I'm drinking lots and fine in the shade",
    'my grandad is 84 and has been a bit confused in the evenings for years with his dementia',
    'the heatwave makes me sweat loads, how much water should an older person drink?',
    'I had breast cancer 10 years ago and now have mild back ache after gardening, walking fine',
    'my legs feel heavy after a long run, no back pain',
    'Mum is on chemo and has been tired and a bit unsteady, her oncologist knows, no back pain',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});

/**
 * The second round, on what the rules alone still missed there (the wording model caught them): a fit
 * timed as a note times it or going on after rescue medicine, a run of fits without waking (NICE NG217),
 * a focal fit by its twitching; a head injury's lost minute, repeated questions or a fit after it told
 * by a team-mate or in non-native English (NICE NG232); a newborn's breathing pauses told "for about 20
 * seconds" with blueness round the lips (AAP BRUE); pain on bending the head forward with a fever (NICE
 * NG240); and half the field of both eyes lost (NICE NG128).
 */
describe('EmergencyTriage: fits by their time course, head injuries by a team-mate, meningism and field loss', () => {
  it.each<readonly [string, EmergencyCategory]>([
    ["my son's fit has gone on for 7 minutes now and the rectal diazepam hasn't stopped it", 'seizure'],
    ['care home resident, known epileptic, fitting 10 mins despite midazolam', 'seizure'],
    ["she had a seizure, didn't come round, and now she's jerking again", 'seizure'],
    ["his left hand and the side of his mouth have been twitching for twenty minutes and he can't talk", 'seizure'],
    ["my mum is shaking her arms and legs and not answering me, it's been 6 minutes", 'seizure'],
    ["third seizure in an hour and he hasn't woken up in between", 'seizure'],
    ['goalkeeper took a knee to the skull, was out for half a minute, now keeps asking what day it is', 'head_injury'],
    ['after his head hit the dashboard he lay still for a bit and has been sick three times', 'head_injury'],
    ['my girl 7 bang head on table corner, after few minutes she have a fit, now sleepy and confuse', 'head_injury'],
    [
      "a boot caught the side of his head in the scrum; he can't remember the first half and has vomited twice",
      'head_injury',
    ],
    ['my 3 week old stopped breathing for around 15 seconds and her lips went dusky', 'infant_distress'],
    [
      '10-day-old had a pause in his breathing of about 25 seconds and looked bluish round the mouth',
      'infant_distress',
    ],
    ['newborn keeps having spells where he stops breathing for nearly 20 seconds', 'infant_distress'],
    ['temp 39.5, terrible headache and it hurts his neck to put his chin on his chest', 'meningitis_signs'],
    ["she's burning up, vomiting and cries when she bends her head forward", 'meningitis_signs'],
    ["high fever, can't touch chin to chest, very sleepy", 'meningitis_signs'],
    ['dad suddenly lost the right half of what he can see in both eyes an hour ago', 'stroke_signs'],
    [
      "my wife can't see anything on her left side since lunch and keeps walking into things on that side",
      'stroke_signs',
    ],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    "my daughter's absence seizures last a few seconds and her neurologist is adjusting her meds",
    'he had his usual short seizure this morning, lasted a minute, now back to normal',
    "my hand has been twitching on and off for a week when I'm tired",
    'my son headed the ball a lot at training, no headache, no vomiting, feels fine',
    'bumped my head on the car door, no blackout, no sickness, just a small bruise',
    'my newborn pauses for 5 seconds in his sleep then breathes fast, pink and feeding well',
    'stiff neck from sleeping awkwardly, no fever, feel fine otherwise',
    'my neck hurts when I look down at my phone for hours',
    'I get zigzag lines on the left side of my vision before my usual migraine, they go in 20 minutes',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});

/**
 * Outside the thirteen, the same way: a scald told by the drink fresh from the kettle (British Burn
 * Association), something flying off a tool into the eye or a cut on the eyeball (RCOphth), and the
 * night's cold told as a reading beside a person who barely reacts (NICE hypothermia).
 */
describe('EmergencyTriage: scalds, eye injuries from tools, cold told as a reading', () => {
  it.each<readonly [string, EmergencyCategory]>([
    [
      'my 2 year old knocked a mug of freshly boiled water onto her thigh and tummy, the skin has come off in a patch bigger than her hand',
      'burns',
    ],
    ['toddler tipped a pot of just-made coffee down his front, big blisters across his chest', 'burns'],
    ['a chip of stone pinged up off the strimmer into my eye and now my sight in that eye is blurry', 'eye_emergency'],
    ['grinding a bolt when a sliver of metal shot into his eye, he says he can only see shapes', 'eye_emergency'],
    [
      "found my elderly neighbour in her freezing kitchen, it's minus two outside, she barely reacts when I talk to her",
      'hypothermia',
    ],
    ['man sleeping rough, it was below freezing all night, he is ice cold and hardly responds', 'hypothermia'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'spilled a mug of cold coffee over himself, no harm done just wet',
    'splashed a bit of tea on my hand, small red mark the size of a coin, cooled it under the tap',
    'got a speck of dust in my eye while sweeping, it watered and washed out, vision fine',
    'it was minus three this morning and my hands were cold on the walk to work, warmed up fine',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
