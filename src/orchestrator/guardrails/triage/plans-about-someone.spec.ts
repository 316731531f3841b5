import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Reports put as a plan about someone of one's own. The condition "if my dad got chest pain ..., what
 * should we do" is a plan; told as done ("if my baby has stopped breathing") or going on ("... and is
 * sweating", "this morning", "an hour ago") it is a report, and so is anyone told as being or doing
 * something after the question, by a comma, "because" or nothing at all ("... what should we do because
 * the baby is blue and floppy"), or in the next sentence ("He has it now", "his leg is swelling fast").
 * Before this, each line below was quiet by the rules or its pronoun twin was.
 */
describe('EmergencyTriage: a report put as a plan about someone of one’s own', () => {
  it.each([
    'if my dad got chest pain on the plane what should we do because the baby is blue and floppy',
    'if my dad got chest pain what should we do, the baby is not breathing',
    'if he got chest pain what should we do the old man next to us is grey and clutching his chest',
    'if my baby has stopped breathing what do i do',
    'if she has swallowed a battery should i make her sick',
    "if he's been stabbed should i pull the knife out",
    'If she got a fever what would we do, she is 5 weeks old and her temperature is 38.6 right now',
    'if her waters broke would she know, she is 30 weeks and there is a gush of green fluid now',
    'if my dad got chest pain what should we do? he has it now and is sweating',
    'if my dad got bitten by a snake what do we do? we are in the bush and his leg is swelling fast and he feels faint',
    // In the frame of review V9's lines: a condition dated to a moment passed, or told as going on.
    'if my son took 20 of his sleeping tablets about an hour ago what should I do',
    'if my daughter swallowed a button battery about 20 minutes ago what do I do',
    'if her waters broke an hour ago and the cord is hanging out what do we do',
    "if they got hit by a car and he's lying in the road not moving, what do we do",
    "if my mum took her insulin twice tonight and she's shaking and confused what should I do",
    'if my son swallowed a magnet and a battery this afternoon should we wait for it to pass',
    'if my mum fell down the stairs earlier and cannot move her legs should we move her',
    // Review V9's 10:33 lines told of someone of one's own: a past condition with no plan in it.
    'if my daughter swallowed one of the button batteries at lunch what should I do',
    'if my son took 30 of his paracetamol a few minutes back what should we do',
    'if my son drink the weed killer since 1 hour what i do',
    "if my daughter got stung by a bee at the picnic and her throat is swollen and she can't breathe what do we do",
    "if my son cut his wrist on the way home and it won't stop bleeding what do we do",
    'if my dad fell off the ladder and is unconscious should I move him',
    'if my dad got chest pain what should we do? he does right now, and he is grey',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "my mum has a pacemaker and we're going camping. if my mum got dizzy out there what would we do first?",
    'my grandad is on warfarin. if my grandad fell and hit his head would he need a scan?',
    'My husband is diabetic. If my husband got really low on the hike, what should I give him?',
    'If our son had a febrile convulsion on holiday, what should we do in the moment?',
  ])('stays quiet on %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
