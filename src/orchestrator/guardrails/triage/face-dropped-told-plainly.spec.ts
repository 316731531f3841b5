import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * NHS FAST in the words its campaign taught (issue 11; open misses of reviews V10 and V11, recognised by the
 * wording model but not by the rules): "her face has dropped and she can't talk", "his face dropped and his
 * speech went", "dads face has dropped and he cant lift his arm". A face told as dropped with no side named
 * counts beside speech lost or an arm that cannot be lifted, each told plainly; neither counts alone (a face
 * drops at a bill, an arm will not lift with a frozen shoulder, a voice goes with a sore throat).
 */
describe('EmergencyTriage: a face told as dropped, with speech or an arm failing', () => {
  it.each([
    "her face has dropped and she can't talk",
    'his face dropped and his speech went',
    'wife has took a funny turn her face has dropped and she cant get a word out',
    "dad's face just sort of dropped at dinner and he can't lift his arm",
    'dads face has dropped and he cant lift his arm above his head, started 10 min ago',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "my face dropped when I saw the repair bill and I couldn't speak for a minute",
    "her face dropped as she read the letter and she couldn't say anything",
    "he has a sore throat and can't talk much, his face has dropped a bit because he's lost weight",
    "my frozen shoulder means I can't lift my arm above my head, and my face dropped when the physio told me it'd take a year",
    'I cannot lift my arm after the flu jab, and my mouth has dropped open in shock at the queue lol',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
