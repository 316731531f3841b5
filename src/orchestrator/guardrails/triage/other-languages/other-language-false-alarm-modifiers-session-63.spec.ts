import { otherLanguageReading } from './other-language-reading.js';
import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 63 (T142): other-language false alarms by modifier, across languages, written from the protocols and never
 * from a labelled set, each with the emergencies told now in the same frames:
 * - a supposition told with the language's own "what if" (`modifiers/what-if-told-the-language-way.ts`, and the
 *   Chinese and Japanese openers of "if ever": 假如, 倘若, もしも, 万が一): a question asked in advance (NHS 111: advice,
 *   not a disposition); the same finding told as happening now, or beside the supposition in a sentence of its own,
 *   stays an emergency;
 * - what a word-for-word reading lost or added: "en / por la mañana" dated, not an onset that runs on; "no me duele
 *   fuerte" a pain that is not bad, not one gone; German "leichte" mild; French "crise cardiaque" a heart attack, not a
 *   seizure. A heart attack or a seizure told now stays an emergency;
 * - a long-standing finding told as no different today (`modifiers/today-the-same-as-always.ts`): the person's usual
 *   (NICE NG115, NHS 111); today worse, at rest, blue lips or unable to speak stays an emergency;
 * - Haitian Creole's "pa gen" (there is no) before a finding, read as "no", and a pain passed for good ("l pase nèt");
 *   a finding told now, or a breath that will not come, stays an emergency;
 * - Portuguese "passou" closing its clause or told with how it passed: a symptom passed; "não passou", "passou mal"
 *   (felt ill) stay as told.
 * Emergencies must be flagged by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'a supposition told with the language’s own “what if”; the same told as now keeps the emergency',
    emergencies: [
      ['fr', 'mon mari fait une crise cardiaque, il a très mal à la poitrine et transpire'],
      ['fr', 'et si c’était une crise cardiaque ? il a une douleur à la poitrine qui serre et il transpire'],
      ['fr', 'ma fille s’étouffe avec un bonbon, elle ne peut plus respirer'],
      ['de', 'meine Oma ist bewusstlos und reagiert nicht'],
      ['ar', 'لو سمحت أبوي أغمي عليه وما عم يصحى'],
      ['ar', 'أمي أغمي عليها وما عم ترد'],
      ['hi', 'अगर यह हार्ट अटैक है तो? पापा के सीने में बहुत तेज दर्द है और पसीना आ रहा है'],
      ['hi', 'agar ye heart attack hai to kya karun? papa ko seene mein bahut tez dard hai aur paseena aa raha hai'],
      ['zh', '孩子被鱼刺卡住了，喘不上气，脸都紫了'],
      ['ja', '祖母が倒れて意識がありません'],
    ],
    lookAlikes: [
      ['fr', 'et si mon père fait une crise cardiaque pendant le voyage, que dois-je faire ?'],
      ['fr', 'et si ma fille s’étouffe avec un bonbon, comment faire la manœuvre ?'],
      ['fr', 'et si mon mari fait une crise cardiaque la nuit, j’appelle le 15 ou les pompiers ?'],
      ['de', 'für den Fall, dass meine Oma bewusstlos wird, wie lege ich sie richtig hin?'],
      ['de', 'für den Fall, dass mein Sohn einen Krampfanfall bekommt, was muss ich tun?'],
      ['ar', 'لو أمي أغمي عليها شو أعمل؟'],
      ['ar', 'لو أبوي صار عنده ألم بالصدر، شو لازم أعمل؟'],
      ['hi', 'अगर दादी बेहोश हो जाएं तो क्या करें?'],
      ['hi', 'agar dadi behosh ho jayein to kya karein?'],
      ['zh', '倘若孩子噎住了怎么办'],
      ['zh', '假如孩子被鱼刺卡住喘不上气，怎么办？'],
      ['ja', 'もしも祖母が倒れて意識がなかったら、どうすればいいですか？'],
      ['ja', '万が一祖母が倒れたら、どうすればいいですか？'],
    ],
  },
  {
    kind: 'what a word-for-word reading lost or added: a time, a pain not bad, a mild one, a heart attack',
    emergencies: [
      ['es', 'mi hijo vomita sangre desde la mañana y está muy pálido'],
      ['es', 'me duele muy fuerte el pecho, me baja al brazo y estoy sudando frío'],
      ['de', 'mein Vater hat leichte Brustschmerzen, aber kalter Schweiß und Atemnot'],
      ['de', 'mein Sohn ist gestürzt, war kurz weg und hat dreimal erbrochen'],
      ['fr', 'mon père fait une crise cardiaque !'],
      ['fr', 'mon fils fait une crise d’épilepsie depuis dix minutes, ça ne s’arrête pas'],
    ],
    lookAlikes: [
      [
        'es',
        'desde hace 3 días tengo el ojo rojo con lagaña y se me pegan las pestañas en la mañana, veo bien, no me duele fuerte, nomás arde',
      ],
      ['es', 'se me pegan los ojos por la mañana, veo bien y no me duele mucho, ¿qué gotas uso?'],
      ['de', 'mein Sohn ist beim Skifahren gestürzt, mit Helm, jetzt leichte Kopfschmerzen, kein Erbrechen'],
      ['de', 'ich habe seit heute leichten Husten und leichte Halsschmerzen, kein Fieber'],
      ['fr', 'mon grand-père a fait une crise cardiaque il y a dix ans, il va bien, il peut prendre l’avion ?'],
    ],
  },
  {
    kind: 'a long-standing finding told as no different today; today worse, blue or unable to speak keeps it',
    emergencies: [
      [
        'es',
        'mi abuelo tiene EPOC desde hace años, pero hoy no puede hablar de lo ahogado que está y tiene los labios morados',
      ],
      [
        'de',
        'mein Vater hat seit Jahren COPD, heute ist es viel schlimmer, er kann kaum sprechen und hat blaue Lippen',
      ],
      ['ru', 'у дедушки ХОБЛ много лет, сегодня задыхается даже в покое, губы синие'],
      ['zh', '我奶奶哮喘十几年了，今天比平时严重很多，喘得说不出话，嘴唇发紫'],
      ['hi', 'dadi ko saalon se asthma hai, aaj saans bilkul nahi aa rahi, bol nahi pa rahi'],
    ],
    lookAlikes: [
      ['fr', 'ma mère est essoufflée depuis des années à cause de sa BPCO, aujourd’hui comme d’habitude'],
      ['it', 'mio nonno ha la BPCO da anni, ha il fiato corto come sempre, oggi come al solito'],
      ['de', 'mein Vater hat seit Jahren COPD, er ist kurzatmig wie immer, heute nicht schlimmer als sonst'],
      ['ru', 'у дедушки ХОБЛ много лет, одышка как обычно, сегодня не хуже чем всегда'],
      ['hi', 'dadi ko saalon se asthma hai, saans phoolti hai roz ki tarah, aaj bhi waisa hi'],
      ['zh', '我奶奶哮喘十几年了，平时走路就喘，今天和平时一样'],
      ['ko', '할아버지는 몇 년째 COPD로 숨이 차요, 오늘도 평소랑 똑같아요'],
      ['ja', '祖父は何年もCOPDで、いつものように息切れがありますが、今日も変わりません'],
      ['pt', 'meu pai tem falta de ar há anos por causa da DPOC, hoje igual a sempre'],
      ['tr', 'dedem yıllardır KOAH hastası, nefes darlığı var, bugün de her zamanki gibi'],
      ['ar', 'جدي عنده ضيق نفس من سنين بسبب الربو، اليوم مثل كل يوم'],
      ['pl', 'mój dziadek ma POChP od lat, duszność jak zawsze, dziś bez zmian'],
    ],
  },
  {
    kind: 'Haitian Creole “pa gen” before a finding, and a pain passed for good; told now, it stays',
    emergencies: [
      ['ht', 'papa m gen yon gwo doulè nan pwatrin kounye a, l ap swe frèt'],
      ['ht', 'm gen souf kout, m pa ka pale'],
      ['ht', 'pitit mwen an pa ka respire, li pa gen fòs'],
      ['ht', 'yè swa m te gen doulè nan pwatrin, li pa pase, kounye a l ap swe frèt'],
    ],
    lookAlikes: [
      ['ht', 'm pa gen doulè nan pwatrin, m pa gen souf kout, se jis yon ti fatig apre travay'],
      ['ht', 'mwen pa gen souf kout, se yon ti grip mwen genyen'],
      ['ht', 'manman m pa gen souf kout ni doulè nan pwatrin, li jis gen tèt fè mal'],
      ['ht', 'yè swa m te gen yon doulè nan pwatrin lè m t ap touse fò, jodi a l pase nèt, m santi m byen'],
    ],
  },
  {
    kind: 'Portuguese “passou” closing its clause: a symptom passed; “não passou” or “passou mal” stays',
    emergencies: [
      ['pt', 'a dor no peito não passou, está suando frio e com falta de ar'],
      ['pt', 'ele passou mal e desmaiou, não acorda'],
      ['pt', 'a dor no peito ainda não passou depois de uma hora, aperta e vai para o braço'],
    ],
    lookAlikes: [
      ['pt', 'tive dor no peito ontem que passou sozinha, hoje estou bem'],
      ['pt', 'a dor passou depois de meia hora e não voltou, estou bem'],
      ['pt', 'fiquei com uma coceirinha na garganta que passou em uns 10 min, respiro normal'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language false-alarm modifiers of session 63', KINDS);

describe('a word-for-word reading keeps the modifier the language told', () => {
  it.each([
    ['vomitó 2 veces en la mañana, ahora está jugando', /this morning/],
    ['se me pegan las pestañas por la mañana', /this morning/],
    ['no me duele fuerte, nomás arde', /does not hurt much/],
    ['jetzt leichte Kopfschmerzen, kein Erbrechen', /mild headache/],
    ['mon père fait une crise cardiaque', /heart attack/],
  ])('reads %s as told', (text, english) => {
    const reading = otherLanguageReading(text)?.english;
    expect(reading).toMatch(english);
    expect(reading).not.toMatch(/since this morning|seizure|any more/);
  });

  it('still reads an onset told with “desde”', () => {
    expect(otherLanguageReading('vomita desde la mañana sin parar')?.english).toMatch(/since this morning/);
  });
});
