import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';

/**
 * Session 63 (T140): red flags of the 13 categories told in the plainest everyday words of Spanish, Portuguese, Italian,
 * French, German, Romanian, Dutch, Tagalog, Haitian Creole and Malay that their readers left unread, written from the
 * protocols (NHS 111, NICE CG95, CG137, NG39, NG143, NG225, NG232, NG240, FAST, RCOG) and never from a labelled set, each
 * with the look-alikes that share its words: an attack of panic or laughter, a fainting from which one came round, a
 * letter of resignation, an arm hurt at the gym or in a fall, a tired morning "dans les vapes", a job that "bringt mich
 * um", a father gone out shopping, a teenager rolling her eyes, a breath held while crying. Emergencies must be flagged
 * by the product; look-alikes stay quiet by the rules and the product alike.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Portuguese: fits told as attacks, no coming round, blood like a tap, a throat that tightens, a sunken fontanelle',
    emergencies: [
      ['pt', 'a minha filha está com ataques há 6 minutos e não para'],
      ['pt', 'meu filho tá tendo ataques faz 10 minutos'],
      ['pt', 'a criança está a ter um ataque e a espumar'],
      ['pt', 'meu avô teve um ataque, ficou duro e babando'],
      ['pt', 'a minha avó desmaiou e não volta a si'],
      ['pt', 'está a deitar sangue como uma torneira'],
      ['pt', 'o sangue sai da perna como uma mangueira'],
      ['pt', 'fui picado por uma abelha e estou a ficar todo inchado, a garganta aperta'],
      ['pt', 'a moleira do meu bebê de 3 meses está funda e ele não faz xixi'],
      ['pt', 'mano já não aguento, tou lá em cima no prédio, vou saltar, só queria dizer adeus'],
    ],
    lookAlikes: [
      ['pt', 'tive um ataque de pânico ontem, já passou'],
      ['pt', 'o meu filho teve um ataque de tosse, já está bem'],
      ['pt', 'ela desmaiou mas já voltou a si e está a conversar'],
      ['pt', 'a torneira da cozinha está a deitar água'],
      ['pt', 'a garganta aperta quando eu choro'],
      ['pt', 'estou lá em cima no prédio a ver a vista, tirei umas fotos'],
    ],
  },
  {
    kind: 'Spanish: an attack with a fit’s signs, no coming round, blood like a tap, a mouth to one side, a goodbye letter',
    emergencies: [
      ['es', 'a mi viejo le agarró un ataque, está tieso y echando baba'],
      ['es', 'a la niña le dio un ataque y tiene los ojos en blanco'],
      ['es', 'mi tío se privó y no vuelve en sí'],
      ['es', 'se cortó con un vidrio y la sangre sale como grifo'],
      ['es', 'mi mamá tiene la boca de lado y no le sale la voz'],
      ['es', 'mi papá se dio un golpe en la cabeza y ahora no conoce a nadie'],
      ['es', 'ya escribí la carta, mañana no voy a estar'],
      ['es', 'al nene le dio una convulsión y lleva 10 minutos así'],
      ['es', 'el nene se metió a la boca una pila de botón'],
    ],
    lookAlikes: [
      ['es', 'me dio un ataque de risa en la clase'],
      ['es', 'escribí la carta de renuncia, mañana no voy a estar en la oficina'],
      ['es', 'se desmayó pero ya volvió en sí y está hablando'],
      ['es', 'el grifo de la cocina gotea'],
    ],
  },
  {
    kind: 'Italian: an arm and a crooked face, a life taken tonight, a baby turning purple, an attack, blood like a fountain',
    emergencies: [
      ['it', 'mio zio non riesce ad alzare il braccio e la faccia è storta'],
      ['it', 'la nonna all’improvviso non riesce a muovere la gamba e parla strano'],
      ['it', 'mia figlia dice che stanotte si toglie la vita'],
      ['it', 'il neonato di 2 mesi diventa viola e smette di respirare'],
      ['it', 'il bimbo sta diventando blu'],
      ['it', 'il bambino ha avuto un attacco, è rigido e ha la bava'],
      ['it', 'il sangue esce come una fontana dalla gamba'],
      ['it', 'mio padre ha sbattuto la testa e ora non riconosce nessuno'],
      ['it', 'mi impicco, ho già la corda'],
      ['it', 'mal di testa fortissimo all’improvviso, il peggiore della mia vita'],
    ],
    lookAlikes: [
      ['it', 'ieri ho avuto un attacco di panico, ora sto bene'],
      ['it', 'il peggiore film della mia vita'],
      ['it', 'non riesco ad alzare il braccio dopo la palestra, mi fa male la spalla'],
      ['it', 'mia figlia si è tolta il trucco'],
    ],
  },
  {
    kind: 'French: a chest held and crushed, an arm and a twisted face, purple spots that stay, blood like a tap, pills',
    emergencies: [
      ['fr', 'au bouchon mon oncle se tient la poitrine, il dit que ça l’écrase, il est tout gris et en sueur'],
      ['fr', 'mon oncle n’arrive plus à lever le bras et son visage est tordu'],
      ['fr', 'le bébé a de la fièvre et des petits points violets sur le ventre qui ne partent pas'],
      ['fr', 'ça saigne comme un robinet, ça s’arrête pas'],
      ['fr', 'ma fille a pris un flacon de médicaments, elle est dans les vapes'],
      ['fr', 'mal de tête brutal, le pire de ma vie'],
      ['fr', 'ma grand-mère a fait un malaise et ne reprend pas connaissance'],
      ['fr', 'le bébé devient tout bleu'],
    ],
    lookAlikes: [
      ['fr', 'le pire film de ma vie'],
      ['fr', 'il a fait un malaise mais il a repris connaissance tout de suite'],
      ['fr', 'je n’arrive plus à lever le bras depuis ma chute au ski, l’épaule me fait mal'],
      ['fr', 'des boutons rouges qui ne partent pas depuis un mois'],
      ['fr', 'je suis dans les vapes ce matin, trop fatigué'],
    ],
  },
  {
    kind: 'German: the separable "bringt sich um", "kurz weg" after a knock, eyes rolled in a fit, a mouth hanging, SSW',
    emergencies: [
      ['de', 'meine Tochter sagt sie bringt sich heute Nacht um'],
      ['de', 'mein Sohn ist vom Hochbett gefallen, Kopf angeschlagen, war kurz weg'],
      ['de', 'Onkel ist umgefallen, zuckt und verdreht die Augen'],
      ['de', 'Opa lallt und der Mund hängt schief'],
      ['de', 'SSW 36, plötzlich so viel hellrotes Blut, es läuft mir d Bei ab'],
    ],
    lookAlikes: [
      ['de', 'der Job bringt mich um'],
      ['de', 'Papa war kurz weg zum Einkaufen'],
      ['de', 'meine Tochter verdreht die Augen wenn ich was sage'],
      ['de', 'SSW 36, alles gut, Baby bewegt sich'],
    ],
  },
  {
    kind: 'Tagalog, Romanian and Dutch in a few words of their own',
    emergencies: [
      ['tl', 'si lola tabingi ang bibig at di maigalaw ang kanang braso'],
      ['tl', 'nawalan ng malay si papa at di magising'],
      ['tl', 'kinukumbulsyon si bunso 6 minutes na di tumitigil'],
      ['tl', 'nag-violet ang baby ko 2 months at tumitigil huminga'],
      ['tl', 'nag-seizure si baby, nanigas tapos bumula bibig'],
      ['tl', 'ininom ni ate lahat ng gamot nya'],
      ['ro', 'nu pot sa respir, ma sufoc'],
      ['ro', 'am mancat creveti si mi se umfla gatul si limba'],
      ['ro', 'mi-am taiat venele'],
      ['ro', 'fiica mea zice ca se sinucide diseara'],
      ['ro', 'se ineaca cu o bucata de carne si nu poate respira'],
      ['nl', 'garnalen gegeten, keel gaat dicht, tong dik'],
      ['nl', 'ik heb mijn polsen doorgesneden'],
    ],
    lookAlikes: [
      ['tl', 'tumigil ang paghinga nya habang umiiyak tapos bumalik agad'],
      ['tl', 'ininom ko na ang gamot ko kanina'],
      ['ro', 'mor de ras'],
      ['nl', 'ik heb pinda’s gegeten, alles goed'],
    ],
  },
  {
    kind: 'Malay and Haitian Creole: blood spurting, a fit foaming, an end told with "nak", medicine swallowed',
    emergencies: [
      ['ms', 'member aku kena parang masa tebas kebun, darah memancut, dah ikat tapi tak stop'],
      ['ms', 'anak aku sawan, mulut berbuih'],
      ['ms', 'aku nak bunuh diri'],
      ['ms', 'adik aku telan ubat nenek banyak'],
      ['ht', 'san an ap pise, li pa vle rete'],
    ],
    lookAlikes: [
      ['ms', 'aku nak tidur'],
      ['ms', 'darah keluar sikit, dah stop'],
      ['ht', 'm ap mouri ri'],
    ],
  },
];

describeKindsFlaggedByProduct('other-language plain red flags of session 63', KINDS);
