import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A question that a later sentence says is happening, in words that name no finding (issue 11; review V11's
 * 15:06 to 15:26 previews, and the "general question then a report" misses of review V10): "If my daughter
 * has a fit that lasts more than 5 minutes what do we do? it's been 6 now", "what do I do if my husband stops
 * breathing?? he just has", "I think she has, one's missing from the remote", "That's what's happening",
 * "This one has gone on for 7 minutes". The question is then the report, for "my son" and a general question
 * alike; so is a condition told with a perfect as "he's had" ("he is had" once normalised). The look-alikes
 * answer the question with something other than "it is happening now": a time years back, a denial, an
 * earlier episode, an episode that ended.
 */
describe('EmergencyTriage: a question told as met in a later sentence', () => {
  it.each([
    "If my daughter has a fit that lasts more than 5 minutes what do we do? it's been 6 now",
    'If my son has a fit that lasts more than 5 minutes what do we do? It has been 6 minutes now',
    "If my son's fit goes over 5 minutes should I give the buccal midazolam? Over 5 minutes already.",
    'If my daughter has a fit next time should we call 999 straight away? This one has gone on for 7 minutes.',
    'what do I do if my husband stops breathing?? he just has',
    "what do you do if a baby swallows a button battery? I think she has, there's one missing from the remote",
    "What should I do if my dad's face droops and his arm goes weak? That's what's happening",
    "what do I do if my son swallows a button battery? pretty sure he did, the remote's open and one is gone",
    "what should we do if my dad's speech goes slurred and his arm goes weak? It's happened.",
    "what do we do if my daughter's lips go blue and she can't breathe? yes that's exactly what's going on",
    'if my son has had a fit for 10 minutes what do i do',
    "If he's had a fit for 10 minutes what do I do",
    "She's 2. If she has a fit that lasts more than 5 minutes what do we do? it's been 6 now",
    'If he stops breathing what do I do?? he just has',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "If my son has a fit that lasts more than 5 minutes what do we do? It's been 2 years since his last one.",
    "If my son has a fit next time should we call 999 straight away? This one lasted a minute and he's fine now.",
    "what do I do if my son swallows a button battery? pretty sure he didn't, I counted them",
    "what should we do if my dad's speech goes slurred and his arm goes weak? It's happened before, years ago, and he recovered",
    "what do you do if a baby swallows a button battery? I think she has a cold too, she's sniffly",
    'what should I do if my daughter has an asthma attack at school? she has asthma but it is well controlled',
    'how long can a seizure go on before you call an ambulance? it has been 5 years now since my last one',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
