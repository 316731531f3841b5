import { EmergencyTriage } from '../../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Look-alikes review V18 wrote after reading session 36's lexicon breadth (T25, T26), each flagged there because
 * one word was read as a finding without what it describes: a stool or a tooth read as a floppy baby, slices of
 * watermelon as pills, a football match as a convulsion, "breathing more easily" as not breathing, two steps as a
 * fall from a height, garden scratches as cut wrists, fits of temper as seizures. Each is read with what it
 * describes now; the twins beside them, the same word told of the finding, stay emergencies.
 */
describe('other-language triage: a word read with what it describes (review V18)', () => {
  it.each([
    'mi hijo se cayo de la escalera, dos escalones nomas, lloro y ya anda jugando',
    'meu filho caiu da escada, so dois degraus, chorou na hora e ja ta brincando',
    'me corte los brazos con las ramas podando el jardin, solo son rasguños',
    'el dolor de la rodilla no se mueve de lugar, lo tengo hace meses',
    'me ahogo con este calor jaja, que ventilador me recomiendan',
    "depuis que j'ai arrete de fumer je respire plus facilement, super!",
    'ma fille fait des crises de colere a repetition, elle a 3 ans, comment reagir?',
    '宝宝两个月，便便软软的黄色，正常吗',
    '孩子今天吃了三片西瓜，拉肚子一次，正常吗',
    'मेरे 6 साल के बेटे का दांत ढीला हो गया है, खींच दूं?',
    '中学生の息子が朝なかなか起きません。夜更かしのせいでしょうか',
    '아들이 축구 경기 계속 하고 와서 다리가 아프대요',
  ])('stays quiet: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).isEmergency).toBe(false);
  });

  it.each([
    'mi hijo se cayo de la escalera del segundo piso y no despierta',
    'meu filho caiu da escada de um andaime, esta desacordado',
    'se corto las venas y sangra mucho',
    'el bebe no se mueve y no respira',
    'il respire plus, il est tout bleu',
    'ma fille fait des crises convulsives a repetition',
    '宝宝两个月，浑身软软的，叫不醒',
    '孩子今天吃了三片奶奶的降压药',
    '孩子吃了三片，现在很困',
    'बच्चा एकदम ढीला पड़ गया है और जवाब नहीं दे रहा',
    '呼んでも起きません',
    '아이가 경련을 계속 해요',
  ])('flags the twin: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
  });
});
