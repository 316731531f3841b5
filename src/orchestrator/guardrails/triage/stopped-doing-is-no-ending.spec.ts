import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Someone who has stopped doing something other than the finding is a finding, not the ending of the
 * episode (issue 11; development-15 line 13, 'he's stopped talking to me, he just nods', read as 'it has
 * stopped'): "she's stopped feeding", "he has stopped shivering", "he's stopped sweating". A stopped
 * bleeding, cough, wheeze or retching still ends its episode.
 */
describe('EmergencyTriage: someone who has stopped doing something', () => {
  it.each([
    "He's sitting up on the sofa, the skin is sucking in between his ribs every breath, and he's stopped talking to me, he just nods",
    "my 4 month old is breathing really fast and hard, and she's stopped feeding, she won't take the bottle",
    'my grandad was shivering badly after we found him in the garden and now he has stopped shivering and is mumbling',
    "the runner collapsed in the heat and he's stopped sweating, his skin is hot and dry and he's confused",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "my son had a nosebleed, it stopped bleeding after ten minutes of pinching and he's playing now",
    "she had a coughing fit at dinner, it's stopped coughing now and she is chatting away",
    "she was retching and being sick after the fairground ride, she's stopped retching and is drinking water",
    "he was wheezing badly at football, he's stopped wheezing after two puffs and is back to normal",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
