import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * NHS FAST in the words its campaign taught (issue 11; open misses of reviews V10 and V11, recognised by the
 * wording model but not by the rules): "her face has dropped and she can't talk", "his face dropped and his
 * speech went", "dads face has dropped and he cant lift his arm". A face told as dropped with no side named
 * counts beside speech lost or an arm that cannot be lifted, each told plainly; neither counts alone (a face
 * drops at a bill, an arm will not lift with a frozen shoulder, a voice goes with a sore throat), and a face
 * that dropped "when the consultant told us" with the speechlessness that goes with it ("couldn't say a word")
 * is the look of shock (review V11, 15:53), the writer's own face at news, never how someone is found ("when I
 * got home mum's face had dropped": review V11, 15:57).
 */
describe('EmergencyTriage: a face told as dropped, with speech or an arm failing', () => {
  it.each([
    "her face has dropped and she can't talk",
    'his face dropped and his speech went',
    'wife has took a funny turn her face has dropped and she cant get a word out',
    "dad's face just sort of dropped at dinner and he can't lift his arm",
    'dads face has dropped and he cant lift his arm above his head, started 10 min ago',
    "my husband's face has dropped and he can't lift his arm, it happened when we were eating dinner 20 minutes ago",
    "when I got home from work mum's face had dropped and she couldn't talk, she's sat at the table",
    "when I checked on him after his nap his face has dropped and he can't lift his arm",
    "when we found her this morning her face has dropped and she can't get a word out",
    "my face has dropped and I can't lift my arm, it happened when I got up",
    "When I got the post in my face dropped and I can't talk",
    "when they told us my face had dropped at the party I realised I can't lift my arm",
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
    "When the consultant told us the news my face dropped and I couldn't say a word. Now I can't sleep, what helps with shock?",
    "my face dropped and I couldn't say anything when I opened the gas bill, anyway how do I get rid of a tension headache",
    "My face has fallen since I lost 4 stone and I can't lift my arm above my head since my frozen shoulder. Any exercises for both?",
    "my face dropped when I got the results and I couldn't speak for a minute, how do I cope with the news?",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
