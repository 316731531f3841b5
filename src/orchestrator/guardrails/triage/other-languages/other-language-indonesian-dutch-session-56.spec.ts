import {
  describeKindsFlaggedByProduct,
  type LabelledProbeKind,
} from '../../../../../test/support/triage-probe-table.js';
import { otherLanguageReading } from './other-language-reading.js';

/**
 * Session 56 (T97): Indonesian and Dutch, which the triage could not read at all, each with its own reader written from
 * the protocols (NHS 111 / Pathways, Manchester Triage) in the words people type, never from a labelled set: formal and
 * chat Indonesian ("gak", "udah", "kalo", "-nya"), Dutch of the Netherlands and of Flanders ("ge", "mijne vent").
 * Emergencies are told by other voices, with typos and without punctuation; look-alikes share their words but are
 * denied ("gak ada", "geen"), past ("dulu pernah", "vorig jaar"), asked "what if" ("kalau", "als" opening the sentence),
 * recurring ("sering", "tiap kali") or idioms ("sakit hati", "mau mati aja wkwk", "dood van het lachen"). Emergencies
 * must be flagged by the product; look-alikes stay quiet by the rules and the product.
 */
const KINDS: readonly LabelledProbeKind[] = [
  {
    kind: 'Indonesian: the red flags told formally and as typed in a chat, and their look-alikes',
    emergencies: [
      ['id', 'tolong bapak saya dadanya sakit banget kayak ditindih keringat dingin'],
      ['id', 'dada kiri nyeri menjalar ke lengan kiri udah 20 menit'],
      ['id', 'anak saya gak bisa napas bibirnya biru'],
      ['id', 'ibu saya tiba2 pingsan gak sadar dipanggil gak nyahut'],
      ['id', 'mbah tiba tiba mukanya mencong dan ngomongnya pelo tangan kanan lemes'],
      ['id', 'suami saya kejang udah 10 menit belum berhenti'],
      ['id', 'bayiku umur 3 minggu demam tinggi gak mau nyusu lemes banget'],
      ['id', 'darahnya gak berhenti berhenti udah tembus handuk'],
      ['id', 'habis makan kacang tenggorokannya kayak ketutup susah napas'],
      ['id', 'adik saya disengat tawon mukanya bengkak sesak napas'],
      ['id', 'anak saya 2 tahun keminum pemutih bayclin'],
      ['id', 'dia minum 20 butir parasetamol sekaligus tadi malam'],
      ['id', 'aku udah gak kuat hidup lagi mau bunuh diri malam ini'],
      ['id', 'teman saya pamitan ke semua orang dan nyimpen obat tidur banyak'],
      ['id', 'anak jatuh dari motor kepalanya kebentur sekarang muntah muntah dan ngantuk terus'],
      ['id', 'saya hamil 7 bulan keluar darah banyak dari jalan lahir'],
      ['id', 'demam tinggi lehernya kaku dan ada ruam ungu'],
      ['id', 'nenek ambruk di kamar mandi gak bangun bangun'],
      ['id', 'kakek sesak napas berat banget sampai gak bisa ngomong'],
      ['id', 'dia menelan baterai kancing'],
      ['id', 'papaku tiba tiba gak bisa ngomong tangannya gak bisa diangkat'],
      ['id', 'anak ku kejang kejang badannya panas'],
      ['id', 'suamiku tergeletak gak napas'],
      ['id', 'bayi 5 hari gak mau netek dan kuning'],
      ['id', 'istri saya pendarahan hebat habis melahirkan'],
      ['id', 'dia bilang mau mengakhiri hidupnya, udah nulis surat perpisahan'],
      ['id', 'mama tiba2 pusing hebat muntah trus linglung'],
      ['id', 'anak 4 tahun makan obat neneknya satu strip'],
      ['id', 'ibu saya pingsan dan gak bangun bangun'],
      ['id', 'rasanya pengen mati aja, udah nyiapin tali'],
    ],
    lookAlikes: [
      ['id', 'dada saya gak sakit cuma batuk pilek'],
      ['id', 'tahun lalu bapak pernah kejang sekarang sudah sembuh'],
      ['id', 'kalau anak kejang apa yang harus saya lakukan'],
      ['id', 'sakit hati banget diputusin pacar'],
      ['id', 'ibu saya darah tinggi minta saran makanan'],
      ['id', 'hp saya mati terus gimana ya'],
      ['id', 'bayi saya 2 bulan cegukan terus apa normal'],
      ['id', 'luka kecil di jari udah berhenti berdarah'],
      ['id', 'waktu kecil aku sering mimisan'],
      ['id', 'gak ada sesak napas cuma pilek'],
      ['id', 'anak saya demam 38 tapi masih aktif main dan mau makan'],
      ['id', 'kaki saya kesemutan kalau duduk lama'],
      ['id', 'saya capek banget kerja lembur terus'],
      ['id', 'bagaimana cara minum obat parasetamol untuk anak 5 tahun'],
      ['id', 'kemarin kepala kejedot pintu sekarang udah gak apa apa'],
      ['id', 'kemarin bayi muntah sedikit setelah minum susu sekarang sudah baik'],
      ['id', 'misalnya ada orang pingsan apa yang harus dilakukan'],
      ['id', 'film tentang bunuh diri bagus gak'],
      ['id', 'leher saya pegal karena salah bantal'],
      ['id', 'dulu pernah disengat tawon gak apa apa'],
      ['id', 'mati lampu dari tadi'],
      ['id', 'hamil 8 minggu mual muntah wajar gak'],
      ['id', 'capek banget kerja, rasanya mau mati aja wkwk'],
      ['id', 'dulu pernah kejang demam waktu balita, sekarang tidak pernah lagi'],
      ['id', 'saya sering pingsan kalau lihat darah'],
      ['id', 'ibu saya suka pingsan tiap kali ambil darah di lab'],
    ],
  },
  {
    kind: 'Dutch: the red flags of the Netherlands and of Flanders, the negation after the verb, and their look-alikes',
    emergencies: [
      ['nl', 'mijn vader heeft ineens hevige pijn op de borst en zweet heel erg'],
      ['nl', 'drukkend gevoel op mijn borst dat uitstraalt naar mijn linkerarm'],
      ['nl', 'mijn dochtertje krijgt geen lucht en haar lippen zijn blauw'],
      ['nl', 'mijn moeder is in elkaar gezakt en reageert niet meer'],
      ['nl', 'opa zijn mond hangt scheef en hij praat onduidelijk, kan zijn arm niet optillen'],
      ['nl', 'mijn zoon heeft al 10 minuten een aanval en stopt niet'],
      ['nl', 'baby van 3 weken heeft koorts en drinkt niet, heel slap'],
      ['nl', 'het bloed stopt niet, de handdoek is doorweekt'],
      ['nl', 'na het eten van pindas zwelt zijn keel dicht en hij is benauwd'],
      ['nl', 'gestoken door een wesp en nu zit mijn keel dicht'],
      ['nl', 'ons kind heeft gootsteenontstopper gedronken'],
      ['nl', 'ze heeft 30 paracetamols ingenomen'],
      ['nl', 'ik wil dood, vanavond maak ik er een einde aan'],
      ['nl', 'mijn broer heeft afscheid genomen van iedereen en pillen gespaard'],
      ['nl', 'gevallen met zijn hoofd op de stoep en nu moet hij overgeven en is suf'],
      ['nl', 'ik ben 30 weken zwanger en verlies veel bloed'],
      ['nl', 'hoge koorts, stijve nek en paarse vlekjes die niet weggaan'],
      ['nl', 'oma ademt niet meer'],
      ['nl', 'ge moet rap komen, mijne vent is flauwgevallen en reageert niet'],
      ['nl', 'mijn vrouw heeft de ergste hoofdpijn van haar leven'],
      ['nl', 'ik kan bijna niet ademen'],
      ['nl', 'hij is flauwgevallen en wordt niet meer wakker'],
    ],
    lookAlikes: [
      ['nl', 'ik heb geen pijn op de borst, alleen een beetje hoest'],
      ['nl', 'vorig jaar had mijn zoon een koortsstuip, nu gaat het goed'],
      ['nl', 'wat moet ik doen als mijn kind een aanval krijgt?'],
      ['nl', 'ik heb liefdesverdriet, een gebroken hart'],
      ['nl', 'mijn moeder heeft hoge bloeddruk, welke voeding is goed'],
      ['nl', 'mijn telefoon is dood'],
      ['nl', 'ik ga dood van het lachen'],
      ['nl', 'sneetje in mijn vinger bloedt niet meer'],
      ['nl', 'als kind had ik vaak neusbloedingen'],
      ['nl', 'geen koorts, geen benauwdheid, alleen verkouden'],
      ['nl', 'mijn baby van 2 maanden heeft de hik, is dat normaal?'],
      ['nl', 'slapende arm als ik op mijn zij lig'],
      ['nl', 'hoeveel paracetamol mag mijn kind van 5 jaar'],
      ['nl', 'gisteren hoofd gestoten tegen de kast, nu geen klachten'],
      ['nl', 'mijn dochter heeft 38 graden koorts maar speelt en drinkt goed'],
      ['nl', 'vorige week een wespensteek gehad, beetje rood'],
      ['nl', 'ik ben 8 weken zwanger en misselijk, is dat normaal'],
      ['nl', 'ik voel me moe en lusteloos de laatste tijd'],
      ['nl', 'hij heeft een stijve nek van het slapen in een rare houding'],
      ['nl', 'als ik kortademig word, moet ik dan de huisarts bellen?'],
      ['nl', 'wanneer moet ik naar de dokter met koorts bij een baby?'],
    ],
  },
  {
    kind: 'Somali: short messages focused by "baa" / "buu", fainting, shock and a plan told plainly',
    emergencies: [
      ['so', 'hooyo way suuxday'],
      ['so', 'dhiig badan baa ka socda'],
      ['so', 'ninkeyga wuu suuxay mana jawaabayo'],
      ['so', 'aabahay xabadka ayuu xanuunayaa aad buu u dhididayaa'],
      ['so', 'ilmaha ma neefsan karo bushimaha waa buluug'],
      ['so', 'gabadheyda kaniini badan bay liqday'],
      ['so', 'dhiigga ma istaagayo'],
      ['so', 'wiilkeyga qallal buu hayaa'],
      ['so', 'isbitaalka fadlan degdeg aabe wejiga ayaa qalloocday'],
      ['so', 'waan uurraystahay dhiig fara badan baa iga imanaya'],
      ['so', 'walaalkey nolosha wuu ka daalay, xadhig buu diyaarsaday'],
      ['so', 'aabahay xabadka ayuu xanuunayaa wuuna dhididayaa'],
    ],
    lookAlikes: [
      ['so', 'xabadka xanuun ma jiro'],
      ['so', 'sanadkii hore suuxdin ayaa ku dhacday, hadda wuu fiican yahay'],
      ['so', 'maxaan sameeyaa haddii ilmaha suuxdin ku dhacdo'],
      ['so', 'hooyo waa fiican tahay mahadsanid'],
      ['so', 'waan dhididayaa markaan orodo'],
      ['so', 'hooyo way dawakhsan tahay marka ay kacdo'],
    ],
  },
  {
    kind: 'Dutch: a gloss read with its object and its sense (weather, grief, a device or a mail, a sweet, paperwork, the giggles)',
    emergencies: [
      ['nl', 'ik heb het benauwd en pijn op de borst'],
      ['nl', 'mijn dochter heeft het benauwd en piept'],
      ['nl', 'mijn borst voelt zwaar en ik zweet'],
      ['nl', 'mijn vader reageert niet meer'],
      ['nl', 'ze geeft geen reactie als ik haar roep'],
      ['nl', 'mijn opa reageert niet op aanspreken en ademt raar'],
      ['nl', 'mijn lippen zijn blauw en ik krijg geen lucht'],
      ['nl', 'hij is heel sloom en suf, niet wakker te krijgen'],
      ['nl', 'hij heeft een aanval, schokt al 5 minuten'],
      ['nl', 'mijn vrouw heeft een aanval en is blauw'],
    ],
    lookAlikes: [
      ['nl', 'het is benauwd weer vandaag, zo drukkend'],
      ['nl', 'het is zo benauwd buiten'],
      ['nl', 'mijn hart is zwaar sinds mijn opa overleed'],
      ['nl', 'ik heb het hart zwaar door de scheiding'],
      ['nl', 'ik heb nog geen reactie van de huisarts op mijn mail'],
      ['nl', 'hij reageert niet op mijn appjes sinds gisteren'],
      ['nl', 'mijn telefoon reageert niet meer, scherm bevroren'],
      ['nl', 'mijn computer reageert niet op de muis'],
      ['nl', 'mijn lippen zijn blauw van de bosbessen haha'],
      ['nl', 'mijn tong is blauw van de lolly'],
      ['nl', 'mijn laptop is zo sloom vandaag'],
      ['nl', 'ik ben helemaal in de war over mijn zorgverzekering'],
      ['nl', 'ik ben in de war over de regels van de verzekering'],
      ['nl', 'ik kreeg een aanval van de slappe lach'],
      ['nl', 'we kregen allemaal de slappe lach'],
    ],
  },
  {
    kind: 'Indonesian: an animal told with its finding is not the patient',
    emergencies: [
      ['id', 'anak saya digigit anjing darahnya gak berhenti'],
      ['id', 'suami saya kejang udah 10 menit belum berhenti'],
      ['id', 'anak ku kejang kejang badannya panas'],
    ],
    lookAlikes: [
      ['id', 'kucing saya kejang semalam, sekarang sudah dibawa ke dokter hewan'],
      ['id', 'anjing saya muntah muntah dari pagi, besok ke dokter hewan'],
      ['id', 'burung saya pingsan kemarin sekarang sudah sehat'],
    ],
  },
];

describeKindsFlaggedByProduct('Session 56: Indonesian and Dutch, read by readers of their own', KINDS);

describe('Session 56: a message in Indonesian or Dutch is read as it, not as a neighbour', () => {
  it.each([
    ['Indonesian', 'bayi saya kejang'],
    ['Indonesian', 'dia pingsan'],
    ['Indonesian', 'anak saya 2 tahun keminum pemutih bayclin'],
    ['Indonesian', 'anak saya sesak napas, please help'],
    ['Dutch', 'hij ademt niet'],
    ['Dutch', 'mijn moeder reageert niet'],
    ['Dutch', 'my dad says ik heb pijn op de borst'],
    ['Somali', 'hooyo way suuxday'],
    ['Somali', 'dhiig badan baa ka socda'],
  ])('%s: %s', (language, text) => {
    expect(otherLanguageReading(text)?.languages).toEqual([language]);
  });

  it.each([
    ['German', 'mein Vater hat plötzlich starke Schmerzen in der Brust'],
    ['German', 'ich kann nicht atmen'],
    ['Tagalog', 'hindi makahinga ang anak ko'],
    ['Tagalog', 'may sakit ang anak ko'],
  ])('a neighbour stays itself: %s: %s', (language, text) => {
    expect(otherLanguageReading(text)?.languages).toEqual([language]);
  });

  it.each([
    'I keel over at the sight of blood, any tips for my blood test?',
    'my heel hurts when I walk and it is red',
    'Hari has chest pain since this morning',
  ])('English with a word Dutch or Indonesian also writes stays English: %s', (text) => {
    expect(otherLanguageReading(text)).toBeNull();
  });
});
