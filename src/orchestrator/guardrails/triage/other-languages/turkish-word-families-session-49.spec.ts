import { describeRulesAndProduct, type LabelledMessages } from '../../../../../test/support/triage-probe-table.js';
import { turkishNounForms } from './turkish-word-families.js';

/**
 * Session 49 (T72): Turkish words read through their endings (`turkish-word-families.ts`): a body part with its
 * possessive and case ("kolumun", "bacağımdan"); a bleeding that will not stop, told by the verb of stopping in any
 * person or tense ("durmuyor", "durmadı", "durduramıyoruz", "kesilmedi"); skin that came off and a hot liquid spilt or
 * splashed, in any tense; a head knocked in any form of the verb, vomiting counted in words and sleep falling; and a
 * knock that went purple, read as the bruise it is. Written from the Resuscitation Council's first aid (bleeding not
 * stopped by firm pressure), the British Burn Association's referral criteria (skin lost after a scald on a limb or the
 * face) and NICE NG232 (vomiting and drowsiness after a head injury), in my own words, never copied from a labelled set.
 * Look-alikes: a nosebleed that stopped, sunburnt skin peeling, a blood test, a cola, a bruise, a baby asleep after a
 * feed.
 * On the unchanged rules (main eb17c1e): emergencies 1 of 11 by the rules and 4 of 11 by the product; look-alikes 11 of
 * 11 quiet by both. After: emergencies 11 of 11 by both; look-alikes 11 of 11 quiet by both.
 */
const EMERGENCIES: LabelledMessages = [
  ['tr', 'kaynar su döküldü, kolumun derisi soyuldu, bembeyaz oldu'],
  ['tr', 'kolumun derisi soyuldu, kaynar su döküldü'],
  ['tr', 'oğlumun kolundan kan akıyor, durduramıyoruz'],
  ['tr', 'bacağımdan fışkırır gibi kan geliyor, bastırıyorum durmuyor'],
  ['tr', 'kızımın bacağındaki kesikten kan geliyor, yarım saattir bastırıyoruz, kesilmedi'],
  ['tr', 'annemin yüzüne kızgın yağ sıçradı, yüzünün derisi kalktı'],
  ['tr', 'babamın boynundan kan geliyor, havluyla bastırıyoruz ama durmadı'],
  ['tr', 'bebek düştü sonra dudakları morardı, nefes almıyor'],
  ['tr', 'bacağım birden morardı, buz gibi soğuk ve uyuşuk'],
  ['tr', 'kafasını çarptıktan sonra üç kez kustu, uykuya dalıyor'],
  ['tr', 'oğlum başını kaldırıma vurunca iki kez kustu, şimdi uyuklayıp duruyor'],
];

const LOOK_ALIKES: LabelledMessages = [
  // Review V31 (06:37): a bleed told as not stopping at first and stopped later.
  ['tr', 'kızımın burnu kanadı, önce durmadı ama buz koyunca durdu, şimdi iyi'],
  ['tr', 'burnum kanadı, beş dakikada durdu'],
  ['tr', 'kolumun derisi güneşten soyuldu, kaşınıyor'],
  ['tr', 'kan tahlilimde şeker yüksek çıktı, başım ağrıyor, ağrı durmuyor'],
  ['tr', 'kola içtim, midem ağrıyor'],
  ['tr', 'kolumda morluk var, düştüm ama ağrı yok'],
  ['tr', 'parmağımı kağıt kesti, biraz kan geldi, durdu'],
  ['tr', 'sırtımın derisi denizden sonra soyuluyor, kaşınıyor, ağrı yok'],
  ['tr', 'kolumu masaya çarptım, morardı ama ağrısı durdu'],
  ['tr', 'kafamı rafa çarptım, biraz ağrıdı, kusma yok, iyiyim'],
  ['tr', 'bebek emdikten sonra uykuya dalıyor, normal mi?'],
];

describeRulesAndProduct('Turkish words read through their endings (session 49)', EMERGENCIES, LOOK_ALIKES);

describe('turkishNounForms', () => {
  it('takes off the case, the possessive and the plural, and hardens a softened stem', () => {
    expect(turkishNounForms('kolumun')).toContain('kol');
    expect(turkishNounForms('bacagimdan')).toContain('bacak');
    expect(turkishNounForms('derisi')).toContain('deri');
    expect(turkishNounForms('kollarindan')).toContain('kol');
  });

  it('leaves a word no ending can be taken from', () => {
    expect(turkishNounForms('ve')).toEqual([]);
  });
});
