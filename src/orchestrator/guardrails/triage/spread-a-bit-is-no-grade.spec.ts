import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * "A bit" after the part of the body a pain has reached tells how far it spread, not a mild pain (NICE CG95:
 * chest pain spreading to the arm, jaw or neck; issue 11): development-16 line 1's "this heaviness in the middle
 * of my chest is still there, it's gone down my left arm a bit and I'm sweating", missed by rules and product,
 * and the "gone down my left arm a bit" open miss of reviews V10 and V11. Only "a bit" or "a little" right after
 * a body part is read so; any other mild word in the clause still grades it ("my chest is a bit sore"), so the
 * look-alikes stay quiet: a cough's sore chest that goes into the back a bit, a pressed rib, heartburn up the
 * throat, a jab's aching arm.
 */
describe('EmergencyTriage: a bit after the part a pain spread to', () => {
  it.each([
    "this heaviness in the middle of my chest is still there, it's gone down my left arm a bit and I'm sweating like I've run for a bus",
    "dad says his chest feels heavy, it's moving down his arm a bit and he's gone pale and sweaty",
    "crushing feeling in my chest, it's spread into my jaw a little and I feel sick and clammy",
    "central chest pressure for half an hour, it's gone into my neck a bit and I'm clammy and sick",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'sore chest from coughing all week, it goes into my back a bit when I cough, no fever, breathing fine',
    'chest pain when I press on my ribs, it goes to my shoulder a little, started after moving furniture yesterday',
    'heartburn after a big curry, it creeps up my throat a bit, Gaviscon usually sorts it',
    'my left arm aches a bit after the jab, chest fine',
    'heartburn after curry, burning in my chest that comes up my throat a bit, Gaviscon helped, no sweating or breathlessness',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
