import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11 breadth in German: breathing, collapse, stroke incl. one eye, seizure, bleeding, anaphylaxis read from lips
 * and tongue swelling after nuts, a child who swallowed a grandparent's tablets, suicide, pregnancy, an infant's fever,
 * spreading chest pain, the worst headache of a life, sudden testicle pain; beside look-alikes with the same words (a
 * mild headache, a hypothetical, a stiff neck from sleeping, a cut that has stopped bleeding). On 288e644 the rules
 * flagged 10 of the 15 emergencies, the product 11.
 */
const BREADTH: TriageProbeTable = [
  [
    'German',
    [
      'Mein Vater bekommt keine Luft, die Lippen sind blau',
      'Meine Mutter ist umgekippt und wacht nicht auf',
      'Bei Opa hängt plötzlich der Mundwinkel und er kann nicht mehr sprechen',
      'Plötzlich sehe ich auf einem Auge nichts mehr',
      'Mein Sohn krampft seit 10 Minuten',
      'Die Blutung hört nicht auf',
      'Er erbricht Blut',
      'Nach Erdnüssen sind Lippen und Zunge angeschwollen',
      'Mein Kind hat Tabletten von der Oma geschluckt',
      'Ich will nicht mehr leben, ich bring mich um',
      'Schwanger in der 30. Woche und starke Blutung',
      'Baby 6 Wochen alt, 38,5 Fieber',
      'Starker Druck auf der Brust, zieht in den linken Arm, kalter Schweiß',
      'Schlagartig die stärksten Kopfschmerzen meines Lebens',
      'Mein Hoden tut plötzlich extrem weh',
    ],
    [
      'Hab ein bisschen Kopfweh',
      'Mein Kind hustet leicht',
      'Gestern war mir schwindelig, jetzt geht es wieder',
      'Was soll ich tun, wenn mein Kind einen Krampfanfall hat?',
      'Beim Zähneputzen blutet das Zahnfleisch etwas',
      'Nacken verspannt vom Schlafen',
      'Schwanger in der 8. Woche, morgens übel',
      'Bin total müde',
      'Hab mich in den Finger geschnitten, Blutung hat aufgehört',
      'Sodbrennen nach dem Essen',
    ],
  ],
];

describeTriageProbes('EmergencyTriage in %s, issue 11 breadth (the rules)', BREADTH);
