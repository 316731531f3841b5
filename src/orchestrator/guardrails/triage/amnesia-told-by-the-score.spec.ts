import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Amnesia after a knock to the head told by what is lost from the game (NICE NG232: amnesia after a head
 * injury; issue 11; development-16 line 88, beside "cannot remember the first half" and "keeps asking what
 * the score is" in other development sets): "can't remember the score", "doesn't remember the result".
 * It is the amnesia signal, so it needs a knock or a fall beside it. The look-alikes forget a score with
 * no knock (a fan, a grandfather with long-standing memory problems) or ask about concussion in general.
 */
describe('EmergencyTriage: amnesia told by the score', () => {
  it.each([
    "rugby coach: lad took a knock to the head in a tackle, keeps saying he's fine but can't remember the score",
    "my daughter clashed heads at netball and she can't remember the score or who we were playing",
    "he hit his head on the goalpost, now he doesn't remember the result and has a headache",
    "football coach (under 14s): player clashed heads, now says his head is killing him, can't remember the score, sick once",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "I can't remember the score from last night's match, was it 2-1?",
    'I headed the ball loads at training, can you get concussion from headers? I remember everything fine',
    "grandad can't remember the score of the cricket five minutes after I tell him, he's had memory problems for years",
    "what are the signs of concussion in a player, for example if they can't remember the score?",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
