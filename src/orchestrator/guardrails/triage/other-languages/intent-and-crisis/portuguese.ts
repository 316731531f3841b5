import { toldAnywhere, toldNowhere } from '../language-lexicon.js';
import type { IntentAndCrisisReading } from './intent-and-crisis-reading.js';

/** "Morrendo de fome / de rir / de vergonha": an idiom of degree, not a wish. */
const NOT_OF_A_DEGREE = '(?! (?:de|do|da|por) )';
/** A cut in a task: shaving, cooking, an accident. */
const NOT_IN_A_TASK =
  '(?![^.;]{0,50}(?:barbe|depil|cozinh|cebola|legume|pao |papel|sem querer|acidente|jardim|vidro quebrado))';

/** A film, a series, a novel or a book told anywhere: a character's act, not a report. */
const STORY = '(?:filme|serie|novela|livro|personagem|episodio|capitulo|historia do|conto)';
const NOT_IN_A_STORY = toldNowhere(STORY);

/**
 * Suicidal intent, self-harm and a psychiatric crisis in Brazilian and European Portuguese and in chat spelling (NICE
 * NG225; NHS 111 mental health; CVV 188): a wish or a burden told with no marker of the language ("sou um peso pra
 * minha família, seria melhor se eu morresse"), not wanting to go on, cutting oneself told by its verb, things given
 * away, a delusion of being God or of being hunted, a weapon carried about.
 */
export const PORTUGUESE_INTENT_AND_CRISIS: IntentAndCrisisReading = {
  ownWords: [
    'postou',
    'morresse',
    'morrer',
    'viver',
    'aguento',
    'faca',
    'ameacando',
    'gilete',
    'cortando-se',
    'surtando',
    'surto',
  ],
  phrases: [
    // All of one's pills to be taken at a time told (Columbia: plan with a means), not a course taken as prescribed.
    [
      `(?:vou|vo|quero) (?:tomar|engolir) (?:todos|todas) (?:os|as|meus|minhas) (?:comprimidos|remedios|pilulas|capsulas|medicamentos)(?![^.;]{0,40}(?:como o medico|da receita|receitad|por dia|de (?:\\d+|oito|doze) em|ate acabar|antibiotico))${toldAnywhere('(?:aguento|morrer|me matar|suicid|despedi|sumir|acabar com tudo|nao quero mais viver|nao quero viver)')}`,
      'i am going to take all my pills',
    ],
    // Session 58 (T109): all of them thought of at once, at the clause's end ("to pensando em tomar todos os meus remedios de
    // uma vez"); the day's tablets taken together in the morning instead of apart are a schedule.
    [
      '(?:pensando|penso|pensei|pensar|vontade de|pensado) em (?:tomar|engolir) (?:todos|todas) (?:os|as|meus|minhas)(?: (?:meus|minhas))? (?:comprimidos|remedios|pilulas|capsulas|medicamentos)(?: \\p{L}+)? de uma (?:so )?vez(?= ?(?:[,.;!?]|$| e (?:acabar|sumir|morrer|pronto)))',
      'i am going to take all my pills',
    ],
    [
      '(?:pensado|pensando|penso|pensei|pensa|pensou) em (?:me matar|se matar|suicidio|me suicidar|se suicidar|morrer|tirar (?:a|minha|a minha) (?:propria )?vida)',
      'thinking about suicide',
    ],
    ['pensamentos suicidas|ideias suicidas|ideacao suicida', 'suicidal thoughts'],
    // A method asked about with death as its goal: "how many" and "to die" read apart, so the English rule weighs them together.
    [
      '(?<=(?:quant[ao]s?)[^.?;!]{0,80})(?:pra|para) (?:morrer|nao acordar(?: mais)?|me matar|dormir pra sempre|dormir para sempre)(?! (?:de|do|da) )',
      'to die',
    ],
    ['(?:quer|quero|queria) sumir (?:pra|para) sempre', 'i want to disappear forever'],
    ['escreveu (?:umas |varias )?cartas (?:pra|para) (?:todo mundo|todos|a familia)', 'wrote letters'],
    [
      '(?:sou|me sinto|me sinto como|ele e|ela e|se sente) (?:um|uma) (?:peso|fardo|estorvo|problema) (?:para|pra|pa) (?:todos|todo mundo|minha familia|a minha familia|meus filhos|meus pais|a familia|voces)',
      'i am a burden',
    ],
    [
      `(?:(?:seria|era|ia ser|todos ficariam|ficaria tudo) )?melhor (?:se )?(?:eu )?(?:morresse|tivesse morrido|estivesse mort[oa]|nao existisse|nao estivesse aqui|nao tivesse nascido|me matasse|sumisse)${NOT_OF_A_DEGREE}`,
      'it would be better if i died',
    ],
    [
      '(?:(?:eu )?nao )?(?:quero|aguento|consigo) (?:mais )?continuar(?= ?(?:[,.;!?]|$|assim|vivendo|aqui|nesse mundo|neste mundo|lutando|tentando))(?! ?(?:assim |mais )?(?:com|por causa|desse|dessa|nesse|nessa|no|na|trabalhando|estudando|pagando|o|a|os|as|meu|minha|esse|essa) )',
      'i do not want to go on',
    ],
    [
      `(?:(?:ele|ela|minha filha|meu filho) )?(?:(?:esta|ta|tá|anda|voltou a|continua) )?se (?:cortando|cortar|mutilando|machucando de proposito)${NOT_IN_A_TASK}|(?:esta|ta|anda|voltou a|continua) (?:se )?(?:cortando|mutilando)-se${NOT_IN_A_TASK}`,
      'she is cutting herself',
    ],
    [
      '(?:esta |ta |anda |comecou a )?(?:distribuindo|dando|doando) (?:as|todas as|suas|minhas) (?:coisas|roupas|joias|pertences)(?: (?:dela|dele|minhas))?',
      'giving away his things',
    ],
    [
      '(?:logo|em breve|daqui a pouco) (?:eu )?nao (?:vou|vai) (?:mais )?estar (?:aqui|mais aqui|com voces|por perto)',
      'he will not be around much longer',
    ],
    [
      `(?:ja )?(?:decidi|resolvi|vou) fazer (?:isso|isto) (?:hoje|hj|hoje a noite|essa noite|esta noite|amanha)${toldAnywhere('(?:morrer|me matar|se matar|suicid|aguento|despedi|remedios|comprimidos|corda|veneno|sumir)')}`,
      'i am going to do it tonight',
    ],
    [
      '(?:diz|acha|pensa|grita|jura|fala|falou|ta falando|esta falando|anda dizendo) (?:que )?(?:e|ele e|ela e) (?:deus|jesus|o messias|o diabo|um profeta|um anjo|imortal|invencivel)',
      'he thinks he is god',
    ],
    [
      '(?:diz|acha|pensa|jura|cismou) (?:que )?(?:estao|tao) (?:perseguindo|seguindo|vigiando|envenenando|querendo matar) (?:ele|ela|a gente|ele e|ela e)?|(?:diz|acha|pensa) que (?:querem|vao) (?:matar|envenenar) (?:ele|ela|a gente)',
      'thinks people are trying to kill him',
    ],
    [
      '(?:postou|mandou|escreveu|deixou|publicou) (?:uma )?(?:despedida|carta de despedida|mensagem de adeus|carta de adeus)',
      'a goodbye message',
    ],
    [
      '(?:nao (?:dorme|dormiu|consegue dormir|ta dormindo|esta dormindo) (?:faz|ha|tem|a) (?:\\d+|dois|tres|quatro|cinco|varios) (?:dias|noites)|(?:\\d+|dois|tres|quatro|cinco|varios) (?:dias|noites) sem dormir)',
      'has not slept for days',
    ],
    // Session 54 (T87): a hanging tried or done by one's own hand ("tentou se enforcar", "se enforcou", found hanged), read
    // as the attempt it is (NICE NG225); a tie or a collar that chokes ("a gravata tá me enforcando") is not.
    [
      `(?:(?:tentou|tentaram|quis|queria|ia) (?:se enforcar|enforcar-se)|(?:se|me) enforcou|enforcou-se|(?:encontr\\p{L}+|achamos|achei|achou|vi) (?:\\p{L}+ ){0,3}enforcad[oa])${NOT_IN_A_STORY}`,
      'he tried to hang himself',
    ],
    // A rope is a means only beside despair or a goodbye: one bought for the washing line is not.
    [`corda${toldAnywhere('(?:despedi|morrer|me matar|se matar|suicid|aguento|sumir|enforc|fazer isso)')}`, 'a rope'],
    ['(?:em|num|teve um|esta em|ta em) surto(?: psicotico)?(?! de )|surtando|surtou', 'psychotic'],
    [
      '(?:anda|saiu|esta|ta|corre) (?:pela casa |pela rua |gritando )?com (?:uma|a|um|o) (?:faca|facao|tesoura|arma|revolver|machado)',
      'running around with a knife',
    ],
    // Session 58 (T109): a threat to kill oneself told of another ("ta ameaçando se matar"; NICE NG225).
    [
      'ameac(?:a|ando|ou|ar) (?:de )?(?:se matar|me matar|suicid\\p{L}*|tirar a (?:propria )?vida|se jogar|pular|se enforcar|tomar todos os remedios)',
      'threatening to kill himself',
    ],
    ['ameac(?:a|ando|ou) (?:matar|esfaquear|furar|machucar)', 'threatening to kill'],
  ],
  words: {
    quantos: 'how many',
    quantas: 'how many',
    gilete: 'blade',
    lamina: 'blade',
  },
};
