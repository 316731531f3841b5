import { MALAY_GLASS_TEST_AND_NECK } from './glass-test-and-a-neck-that-will-not-bend.js';
import type { LanguageLexicon } from './language-lexicon.js';
import { INDONESIAN_CHEST_PAIN_PRESSED } from './chest-pain-pressed-by-the-teller.js';
import {
  INDONESIAN_NOT_HERE_ANYMORE_AND_WRISTS_CUT,
  INDONESIAN_PILLS_SAVED_AND_READY,
} from './wish-to-stay-no-longer-and-wrists-cut.js';
import { INDONESIAN_COUNT_OF_A_NAMED_MEDICINE } from './count-of-a-named-medicine-swallowed.js';

/**
 * Session 56 (T97): Indonesian, as it is written formally and as it is typed in a chat: no punctuation, the negation
 * shortened ("tidak", "tdk", "gak", "ga", "gk", "nggak", "enggak"), "udah" for "sudah", "kalo" for "kalau", "-nya" (his,
 * her, the) and "-ku" (my) joined to the word, and Javanese words mixed in ("mencong", "kejer", "lemes"). The red flags
 * are those of NHS 111 / Pathways and the Manchester Triage System, told in the words people use; the negation comes
 * before what it denies, as in English, so it is read word by word ("tidak" → "not").
 */

/** A negation as it is typed: formal, shortened and Javanese-tinged. */
const NOT = '(?:tidak|tdk|tak|gak|ga|gk|g|nggak|ngga|enggak|engga|ndak|nda|gag)';
/** "His", "my", "the" joined to a word: "dadanya", "dadaku", "dadany". */
const OF = '(?:nya|ny|ku|mu)?';
/** A person or a word of degree between a body part and its finding ("dada saya sakit", "dadanya terasa sesak"). */
const BETWEEN =
  '(?: (?:saya|aku|gue|gw|dia|beliau|anak|ibu|bapak|terasa|rasanya|kerasa|udah|sudah|jadi|kayak|seperti|tiba-tiba|mendadak|sangat|sekali|banget|agak|makin|tambah|sebelah|kiri|kanan))*';

const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // Idioms of the body read first, so their words are never read as findings: heartbreak, high blood pressure, anger.
  [`(?:sakit|patah|makan|panas) hati`, 'upset'],
  ['darah tinggi|tekanan darah tinggi|hipertensi', 'high blood pressure'],
  ['naik darah|darah daging|darah biru', 'upset'],
  ['kepala batu|keras kepala|pusing tujuh keliling|pusing kepala', 'stressed'],
  // "Mau mati aja" (I could just die) of being tired, hot or stuck in traffic, or said laughing ("wkwk").
  [
    '(?:rasanya|rasa|kayak|kaya|serasa|berasa) (?:mau|pengen|ingin|mo) mati(?: aja| saja)?(?=[^.!?]*(?:wkwk|haha|hehe|xixi|awok))|(?<=(?:capek|cape|capai|lelah|bosan|panas|gerah|kerja|tugas|skripsi|macet|ujian|lapar|ngantuk)[^.!?]{0,40})(?:rasanya |rasa |kayak |kaya |serasa |berasa )?(?:mau|pengen|ingin|mo) mati(?: aja| saja)?',
    'so tired',
  ],
  ['wk(?:wk)+|(?:ha){2,}|(?:he){2,}|awokwok\\p{L}*|xixixi', 'lol'],
  ['mati (?:lampu|listrik|gaya|kutu|bosan|ketawa)|(?:hp|handphone|motor|mobil|baterai)(?: \\p{L}+)? mati', 'power cut'],
  ['jantungan|deg-degan|dag dig dug', 'nervous'],
  // An animal told with its finding is not the patient (review V38: "kucing saya kejang semalam"): a pet's fit, faint or
  // vomiting is for the vet. A person hurt by an animal ("digigit anjing") is not this: the animal is not the subject.
  [
    `(?<!(?:digigit|dicakar|diserang|disengat|dipatuk|ditanduk|gigitan|cakaran) )(?:anak )?(?:kucing|anjing|burung|kelinci|hamster|ikan|ayam|kambing|sapi|marmut|musang|kura-kura|hewan|peliharaan|guguk|meong|anabul)${OF}(?: (?:saya|aku|gue|gw|kami|ku|kesayangan|peliharaan|kecil))* (?:tiba-tiba |tiba2 |mendadak |lagi |sedang )?(?:kejang(?:[- ]kejang)?|kelojotan|step|pingsan|muntah(?:[- ]muntah)?|sesak napas|sesak nafas|keracunan|berdarah|mencret|diare|demam|sakit|lemas|lemes)`,
    'my pet was unwell',
  ],
  ['dokter hewan|drh|klinik hewan', 'the vet'],
  // "Belum pernah" (never yet) denies the past that "pernah" tells: "belum pernah seperti ini" is a pain new and worst.
  [
    `(?:belum|blm|${NOT}) (?:pernah|prnh)(?: (?:sakit |nyeri |sesak )?(?:seperti|kayak|kaya|sepert|se) ?(?:ini|gini|begini|parah|sakit|hebat)(?: ini| gini| begini)?| (?:se)?(?:parah|sakit|hebat) (?:ini|gini|begini))`,
    'never like this before',
  ],
  ['mati rasa|kebas|kesemutan', 'numb'],
  // Chest pain, its pressure and its spread.
  [
    `(?:dada|ulu hati)${OF}${BETWEEN} (?:sakit|nyeri|sesak|berat|tertekan|ketekan|ditekan|ditindih|ketindih|ditusuk|panas|perih|nyeri sekali)|(?:sakit|nyeri|sesak|tekanan|rasa berat) (?:di |pada )?(?:dada|ulu hati)${OF}`,
    'chest pain',
  ],
  [
    `(?:menjalar|nyebar|menyebar|merambat|tembus) (?:ke |sampai )?(?:lengan|tangan|rahang|punggung|leher)${OF}`,
    'spreading to the arm',
  ],
  [
    'keringat dingin|keringetan|keringatan|berkeringat(?: dingin)?|keringat (?:banyak|bercucuran|deras)|basah keringat',
    'cold sweat and sweating',
  ],
  // Breathing: unable, struggling, stopped; lips turned blue.
  [`${NOT} (?:bisa|bs|dapat|mampu) (?:bernapas|bernafas|napas|nafas|narik napas|tarik napas)`, 'cannot breathe'],
  [
    `(?:${NOT} (?:bernapas|bernafas|napas|nafas)(?: lagi)?|(?:napas|nafas)${OF} (?:berhenti|udah berhenti|sudah berhenti|hilang)|berhenti (?:bernapas|bernafas|napas|nafas))`,
    'is not breathing',
  ],
  [
    `(?:sesak|sesek|susah|sulit|sukar|berat) (?:napas|nafas|bernapas|bernafas)(?: (?:banget|sekali|parah|berat))?|(?:napas|nafas)${OF} (?:ngos-ngosan|tersengal-sengal|tersengal|megap-megap|berbunyi|bunyi ngik|ngik-ngik|cepat sekali|pendek-pendek)|megap-megap|ngap-ngapan|(?:napas|nafas) satu-satu`,
    'struggling to breathe',
  ],
  ['tersedak|keselek|kesedak', 'choking'],
  [
    `(?:bibir|muka|wajah|kulit|kuku|lidah)${OF}${BETWEEN} (?:biru|membiru|kebiruan|ungu|keunguan|abu-abu)|membiru|kebiruan`,
    'blue lips',
  ],
  // Unconscious, not answering, hard to wake.
  // A faint told before what made it: "pernah" (once, ever) and "waktu balita" (as a toddler) tell a seizure or a faint of
  // the past; "sering", "tiap kali" (often, every time) one that recurs (review V38, held-out-47: a recurring faint).
  [
    '(?:dulu |dulu sekali |waktu kecil |waktu balita )?(?:pernah|sempat)(?: \\p{L}+){0,2} (?:kejang(?: demam)?|step|pingsan)(?: (?:waktu|pas|saat) (?:balita|bayi|kecil|masih kecil|sd|tk))?',
    'had febrile seizures as a toddler',
  ],
  ['(?:sekarang |skrg )?(?:tidak|tdk|gak|ga|nggak|enggak) pernah lagi', 'none since'],
  [
    'sering|seringkali|suka|selalu|tiap kali|setiap kali|tiap|setiap|kadang-kadang|kadang|berkali-kali|langganan|kambuhan',
    'often',
  ],
  ['pingsan', 'passed out'],
  [
    'tidak sadarkan diri|(?:tidak|tdk|gak|ga|nggak|enggak) sadar(?:kan diri)?|hilang kesadaran|kehilangan kesadaran',
    'unconscious',
  ],
  ['ambruk|tumbang|tergeletak', 'collapsed'],
  [
    `${NOT} (?:merespon|merespons|respon|respons|nyahut|menyahut|menjawab|jawab|bereaksi|bangun[- ]bangun|bangun2|bangun lagi)(?: (?:kalau|kalo|saat|waktu|pas) (?:dipanggil|diguncang|digoyang|ditepuk))?`,
    'is not responding',
  ],
  [
    `(?:susah|sulit|${NOT} bisa) dibangunkan|(?:susah|sulit|${NOT} bisa) dibangunin|ngantuk terus|tidur terus (?:susah|gak bisa) dibangunin`,
    'is very hard to wake',
  ],
  ['linglung|bingung|ngelantur|ngawur|ngaco|kebingungan|disorientasi', 'confused'],
  // Bleeding that will not stop or soaks through.
  [
    `(?:darah${OF}|pendarahan${OF}|perdarahan${OF}|berdarah)(?: \\p{L}+)? ${NOT} (?:mau )?(?:berhenti|berenti|mampet|stop|bisa dihentikan)`,
    'bleeding heavily and it will not stop',
  ],
  [
    `(?:tembus|basah|membasahi|merembes)(?: \\p{L}+){0,2} (?:handuk|kain|baju|pembalut|kasa|perban|celana)|(?:handuk|kain|pembalut|perban)(?: \\p{L}+)? (?:basah|penuh) (?:oleh |dengan |sama )?darah|ganti pembalut (?:tiap|setiap) (?:\\d+ |satu |setengah )?jam`,
    'soaked through the towel with blood',
  ],
  [
    `(?:darah${OF}|pendarahan${OF}|perdarahan${OF}|berdarah)(?: \\p{L}+)? (?:banyak|deras|hebat|parah|muncrat|mengucur|ngucur|bercucuran|mancur)|(?:banyak|deras) (?:sekali |banget )?(?:darah|berdarah)`,
    'bleeding heavily',
  ],
  ['berdarah|pendarahan|perdarahan|(?:keluar|ngeluarin) darah|muntah darah|batuk darah', 'bleeding'],
  // Stroke: face, arm, speech.
  [
    `(?:wajah|muka|mulut|bibir|senyum)${OF}${BETWEEN} (?:mencong|merot|perot|miring|turun|melorot|tertarik|peot)(?: sebelah)?`,
    'face drooping',
  ],
  [
    `(?:bicara|ngomong|omongan|berbicara|suara)${OF}${BETWEEN} (?:pelo|cadel|celat|${NOT} jelas|kacau|belepotan|ngaco|aneh)|${NOT} (?:bisa|dapat) (?:bicara|ngomong|berbicara|bersuara)|bicara pelo|ngomong pelo`,
    'slurred speech',
  ],
  [
    `(?:tangan|lengan|kaki|badan|tubuh)${OF}${BETWEEN} (?:lemas|lemes|lemah|lumpuh|${NOT} bisa (?:digerakkan|digerakin|gerak|diangkat))|(?:separuh|setengah|sebelah) (?:badan|tubuh)${OF}${BETWEEN}(?: \\p{L}+)? (?:lemas|lemes|lemah|lumpuh|${NOT} bisa)`,
    'sudden weakness in one arm',
  ],
  [
    `(?:penglihatan${OF}|mata${OF}) (?:\\p{L}+ )?(?:gelap|buram|kabur|hilang|dobel|berbayang)|${NOT} bisa melihat`,
    'sudden loss of vision',
  ],
  [
    `sakit kepala (?:hebat|parah|luar biasa|paling parah|terparah|mendadak)|kepala${OF} (?:sakit|nyeri) (?:hebat|luar biasa|sekali)`,
    'sudden severe headache',
  ],
  // Anaphylaxis: the throat closing after a food or a sting.
  [
    `(?:tenggorokan|tenggorokkan|kerongkongan|lidah|bibir|wajah|muka|mata|leher)${OF}${BETWEEN} (?:bengkak|membengkak|tertutup|menutup|ketutup|mengecil|menyempit|kayak tercekik|tercekik)`,
    'throat swelling',
  ],
  [
    '(?:habis|setelah|sesudah|abis|pas|waktu) (?:makan|minum|ngemil|nyobain) (?:\\p{L}+ )?(?:kacang|udang|seafood|telur|ikan|kerang|kepiting|cumi|susu sapi)',
    'after eating peanuts',
  ],
  [
    'disengat (?:tawon|lebah|tabuhan)|(?:tawon|lebah|tabuhan) (?:\\p{L}+ )?(?:menyengat|nyengat|sengat)|kesengat|tersengat|disengat',
    'stung by bees',
  ],
  ['biduran|kaligata|gatal-gatal|bentol-bentol|bentol|bidur', 'hives'],
  // A baby: age, feeding, floppy.
  ['(?:bayi|baby|dedek|adek bayi)(?: (?:saya|aku|gue|gw|kami|ku)|nya|ku)?', 'baby'],
  ['\\d+ (?:minggu|mgg|mg)', '# weeks old'],
  ['\\d+ (?:hari|hr)', '# days old'],
  // Session 60 (T121): a baby's months told as an age, after "umur" or the baby (NICE NG143: under 3 months); a month
  // told after the fever ("demam 1 bulan") is how long it has lasted.
  [
    '(?:(?<=(?:bayi|dedek)(?: (?:saya|aku|gue|gw|kami|ku)|nya|ku)? )|(?:umur|usia|umurnya|usianya|berumur|berusia|baru|masih) )(?:\\d+|satu) (?:bulan|bln)|(?:umur|usia|umurnya|usianya|berumur|berusia|baru|masih) sebulan',
    'is # months old',
  ],
  [
    '(?:(?<=(?:bayi|dedek)(?: (?:saya|aku|gue|gw|kami|ku)|nya|ku)? )|(?:umur|usia|umurnya|usianya|berumur|berusia|baru|masih) )dua (?:bulan|bln)',
    'is 2 months old',
  ],
  [
    `${NOT} (?:mau |bisa )?(?:menyusu|nyusu|netek|nenen|mimik|minum asi|minum susu|ngasi|ngempeng|makan minum)|menolak (?:menyusu|asi|susu)`,
    'not feeding',
  ],
  ['(?<=(?:bayi|baby|dedek|anak)\\p{L}*[^.;!?]{0,40})(?:lemas|lemes|lunglai|terkulai|lembek|lemah)', 'floppy'],
  ['ubun-ubun(?:nya)? (?:cekung|cekung dalam|melesak)', "the baby's fontanelle is sunken"],
  ['ubun-ubun(?:nya)? (?:menonjol|cembung|tegang)', "the baby's fontanelle is bulging"],
  ['nangis (?:kejer|melengking|terus-terusan)|menangis melengking', 'inconsolable high-pitched cry'],
  // Fever and meningism.
  ['demam (?:tinggi|tinggi sekali|banget)|panas(?:nya)? tinggi|panas (?:banget|sekali) badannya', 'high fever'],
  ['demam|meriang|panas badan|badan(?:nya)? panas|suhu(?:nya)? tinggi', 'fever'],
  [`leher${OF}${BETWEEN} (?:kaku|tegang|${NOT} bisa (?:ditekuk|nunduk|menunduk))|kaku kuduk`, 'stiff neck'],
  ['silau|takut cahaya|sakit (?:kena|lihat) cahaya', 'the light hurts his eyes'],
  [
    `(?:ruam|bintik|bercak|bintik-bintik)(?: \\p{L}+){0,3} ${NOT} (?:hilang|pudar|memudar)(?: \\p{L}+){0,2} (?:ditekan|ditekan gelas|pakai gelas|pake gelas)`,
    'a rash that does not fade under a glass',
  ],
  ['ruam|bintik-bintik merah|bintik merah|bercak merah|bercak ungu|bintik ungu', 'rash'],
  // Seizure.
  ['kejang(?:[- ]kejang)?|kelojotan|sawan|ayan|(?:kena|lagi|kumat) step', 'having a seizure'],
  // Head injury, with vomiting or drowsiness after it.
  [
    `kepala${OF}${BETWEEN} (?:terbentur|kebentur|kejedot|kepentok|terantuk|benjol|bocor|luka|kena)|(?:jatuh|terjatuh|tertabrak|ketabrak)(?: \\p{L}+){0,3} kepala${OF}(?: \\p{L}+)? (?:duluan|dulu|terbentur|kebentur|kena)|benturan (?:di |pada )?kepala`,
    'head injury',
  ],
  ['muntah-muntah|muntah|muntahin|muntahan|jackpot', 'vomiting'],
  ['ngantuk|mengantuk|lemas ngantuk', 'drowsy'],
  // Poisoning: what and how much.
  [
    `(?:minum|menelan|nelan|menenggak|nenggak|makan|ketelan|keminum|nelen|minum habis)(?: \\p{L}+){0,2} (?:\\d+|puluhan|banyak|segenggam|sebotol|satu strip|sestrip|satu botol|semua|seluruh)(?: \\p{L}+){0,2} (?:obat|pil|tablet|butir|kapsul|biji|strip)`,
    'took an overdose of pills',
  ],
  [
    `(?:obat|pil|tablet|kapsul)(?: \\p{L}+){0,3} (?:sebanyak |sampai |hampir )?(?:\\d+|puluhan|segenggam|sebotol|satu strip|sestrip|satu botol|semua|seluruh)(?: (?:butir|tablet|biji|strip|botol))?(?: (?:sekaligus|sekali telan|habis))?`,
    'took an overdose of pills',
  ],
  [
    '(?:minum|menelan|nelan|menenggak|nenggak|ketelan|keminum|nelen|makan|minum)(?: \\p{L}+){0,3} (?:pemutih|bayclin|baygon|racun|obat nyamuk|cairan pembersih|pembersih lantai|sabun cuci|minyak tanah|bensin|pestisida|pembasmi serangga|racun tikus|cuka para|soda api|karbol|wipol|deterjen|tiner|thinner|spiritus)',
    'drank bleach',
  ],
  ['(?:menelan|nelan|ketelan|nelen) (?:\\p{L}+ )?baterai(?: kancing| jam)?', 'swallowed a button battery'],
  ['overdosis|overdosis obat|keracunan|over dosis|od obat', 'overdose'],
  // Pregnancy and its bleeding.
  [
    '(?:hamil|mengandung|usia kandungan|kandungan|bumil)(?: \\p{L}+)? (?:\\d+|tujuh|delapan|sembilan|enam|lima) (?:bulan|bln)',
    'pregnant',
  ],
  ['(?:hamil|mengandung|usia kandungan|kandungan|bumil)(?: \\p{L}+)? \\d+ (?:minggu|mgg|mg)', '# weeks pregnant'],
  ['hamil|mengandung|bumil|lagi isi|sedang isi', 'pregnant'],
  ['(?:dari |lewat )?(?:jalan lahir|vagina|kemaluan|miss v)', 'from the vagina'],
  ['ketuban pecah|air ketuban', 'waters broke'],
  // Self-harm: the wish, the plan, the goodbye.
  [
    `(?:pengen|pengin|pingin|ingin|mau|mo|pgn|pen|nak|nk|hendak) (?:\\p{L}+ )?(?:bunuh diri|mati aja|mati saja|mati|mengakhiri hidup|ngakhirin hidup|ngakhiri hidup|menghilang selamanya|gantung diri|menggantung diri|loncat dari|lompat dari|terjun dari|nabrakin diri|minum racun|potong nadi|motong nadi|sayat nadi)|(?:udah|sudah|ud) ${NOT} (?:kuat|sanggup|pengen) hidup(?: lagi)?|${NOT} (?:mau|ingin|pengen) hidup lagi|(?:capek|capai|lelah|cape) hidup`,
    'i want to kill myself',
  ],
  // Session 57 (T104): an end told as will be done ("akan mengakhiri hidup", "mau bunuh diri malam ini"), NICE NG225.
  [
    '(?:akan|bakal|mau|ingin|hendak) (?:\\p{L}+ )?(?:mengakhiri|ngakhirin|ngakhiri|akhiri) hidup(?:ku|nya|saya)?',
    'i will end my life',
  ],
  [
    'bunuh diri|mengakhiri hidup(?:ku|nya)?|gantung diri|menggantung diri|lompat dari|loncat dari|terjun dari',
    'suicide',
  ],
  [
    '(?:pamitan|berpamitan|pamit|bilang selamat tinggal|mengucapkan selamat tinggal|ucapan perpisahan|surat wasiat|surat perpisahan|nulis surat terakhir|menulis surat terakhir)',
    'saying goodbye to everyone and wrote a goodbye note',
  ],
  [
    '(?:ngumpulin|mengumpulkan|menimbun|nimbun|nyimpen|menyimpan) (?:\\p{L}+ )?(?:obat|pil)',
    'has been stockpiling pills',
  ],
  ['menyayat|nyayat|sayat|silet|menyilet|nyilet|melukai diri|nyakitin diri|menyakiti diri', 'cutting myself'],
  ['malam ini|nanti malam|ntar malam', 'tonight'],
];

/** Denied, past and hypothetical, and the people findings are told of. */
const MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  [
    '(?:apa|gimana|bagaimana) (?:yang )?(?:harus|hrs|sebaiknya|perlu) (?:saya |aku |kami |gue )?(?:lakukan|lakuin|dilakukan|kulakukan)(?: (?:kalau|kalo|jika|klo|bila|seandainya))?',
    'what do i do if',
  ],
  [
    `(?:apa(?:kah)? )?(?:wajar|normal|biasa|bahaya|berbahaya|aman)(?: (?:${NOT}|kah|ya|gak sih|ga sih|nggak sih))?(?= ?(?:[?.!]|$))`,
    'is it normal?',
  ],
  ['(?:ada )?orang(?: lain)?', 'someone'],
  // "If" opening a message or a sentence asks about a case, as English "what do I do if" does: Indonesian tells "is
  // having" and "has" alike ("kalau anak kejang": if a child has a seizure), and English "if he is having" is read as now.
  [
    '(?<=^\\s*|[.!?;]\\s*)(?:kalau|kalo|klo|jika|bila|apabila|seandainya|andaikan|misalnya|misal|umpama)|(?:gimana|bagaimana|gmn|trus|terus) (?:kalau|kalo|klo|jika)',
    'what do i do if',
  ],
  ['kalau|kalo|klo|kl|jika|jikalau|bila|apabila|seandainya|andaikan|misalnya|misal|umpama', 'if'],
  [
    'tahun lalu|tahun kemarin|(?:\\d+|beberapa|dua|tiga) tahun (?:yang )?lalu|waktu (?:saya |aku |dia )?kecil|pas kecil|dulu(?: sekali)?|pernah',
    'last year',
  ],
  ['minggu lalu|minggu kemarin|bulan lalu|bulan kemarin', 'last month'],
  [
    '(?:sekarang|skrg|skrang) (?:\\p{L}+ )?(?:sudah|udah|sdh|udh) (?:baik|sembuh|membaik|enakan|mendingan|normal|sehat|baikan|berhenti|hilang)|(?:sudah|udah|sdh|udh) (?:sembuh|membaik|enakan|mendingan|baikan)',
    'is fine now',
  ],
  [`${NOT} ada|gada|gaada|gak ada|tanpa`, 'no'],
  ['bukan', 'not'],
  ['(?:anak|putra|putri)(?: (?:saya|aku|gue|gw|kami|ku)|ku)', 'my child'],
  ['(?:ibu|mama|mamah|emak|mak|bunda|nyokap|ibu mertua)(?: (?:saya|aku|gue|gw|ku)|ku)', 'my mother'],
  ['(?:bapak|ayah|papa|papah|bapa|bokap)(?: (?:saya|aku|gue|gw|ku)|ku)', 'my father'],
  ['(?:suami|laki)(?: (?:saya|aku|gue|gw|ku)|ku)', 'my husband'],
  ['(?:istri|bini)(?: (?:saya|aku|gue|gw|ku)|ku)', 'my wife'],
  ['nenek(?: (?:saya|aku|gue|gw)|ku)?|eyang putri|mbah putri', 'my grandmother'],
  ['kakek(?: (?:saya|aku|gue|gw)|ku)?|eyang kakung|mbah kakung', 'my grandfather'],
  ['tiba-tiba|mendadak|tiba2|tb2|tau-tau', 'suddenly'],
];

/**
 * Session 63 (T140): Malay, read by this lexicon, in the words it does not share with Indonesian: blood that "memancut"
 * and will not "stop" under a tie (NICE NG39), a mouth foaming in a fit (NICE CG137), medicine ("ubat") swallowed in
 * number (TOXBASE).
 */
const MALAY_PLAIN_RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
  // Consciousness lost, in both spellings ("tak sedarkan diri", "pengsan"), NHS 111.
  [`${NOT} (?:sadarkan|sedarkan|sedar|sadar) diri|pengsan`, 'unconscious and not responding'],
  // Not able to go on living and a jump from a building (NICE NG225).
  [`${NOT} larat (?:nak |lagi )?hidup|${NOT} (?:nak|mahu) hidup lagi`, 'i do not want to live anymore'],
  [
    '(?:nak|mahu|mau|ingin|hendak) (?:terjun|lompat|loncat) (?:dari )?(?:atas )?(?:bangunan|jambatan|jembatan|gedung|flat|apartemen|tingkat)',
    'i am going to jump off the building',
  ],
  ['leher(?:nya)? (?:keras|kejang)', 'stiff neck'],
  ['(?:darah(?:nya)? )?(?:memancut|mancut|terpancut|memancut-mancut)', 'blood spurting'],
  [`(?<=darah[^.]{0,60})${NOT} (?:nak |mahu |mau )?(?:stop|berhenti)`, 'and it will not stop'],
  ['mulut(?:nya)? (?:ber)?buih|berbuih', 'foaming at the mouth'],
  [
    '(?:telan|menelan|tertelan|termakan|makan|ambil|minum)(?: \\p{L}+){0,2} (?:ubat|pil)(?: \\p{L}+){0,2} (?:banyak|semua|sebotol|sepapan|satu papan|\\d+)(?! kali)',
    'took an overdose of pills',
  ],
];

export const INDONESIAN: LanguageLexicon = {
  language: 'Indonesian',
  script: 'latin',
  markers: [
    'saya',
    'aku',
    'tidak',
    'tdk',
    'gak',
    'nggak',
    'ngga',
    'enggak',
    'sudah',
    'udah',
    'sangat',
    'banget',
    'sekali',
    'dengan',
    'yang',
    'ini',
    'itu',
    'bisa',
    'tolong',
    'kalau',
    'kalo',
    'sejak',
    'tadi',
    'gimana',
    'bagaimana',
    'kenapa',
    'harus',
    'juga',
    'terus',
    'untuk',
    'karena',
    'gue',
    'banyak',
  ],
  ownWords: [
    // Session 63 (T140): Malay words of a fit, a spurting bleed and medicine, which no English message writes.
    'sawan',
    'berbuih',
    'memancut',
    'ubat',
    'pengsan',
    'sedarkan',
    'sadarkan',
    'larat',
    'sesak',
    'napas',
    'nafas',
    'bernapas',
    'bernafas',
    'pingsan',
    'kejang',
    'muntah',
    'demam',
    'darah',
    'berdarah',
    'pendarahan',
    'perdarahan',
    'dada',
    'dadanya',
    'dadaku',
    'nyeri',
    'bayi',
    'bayiku',
    'hamil',
    'tenggorokan',
    'bengkak',
    'kepala',
    'kepalanya',
    'leher',
    'lehernya',
    'bunuh',
    'obat',
    'minum',
    'menelan',
    'suami',
    'istri',
    'anakku',
    'ibuku',
    'tidur',
    'lemas',
    'lemes',
    'mencong',
    'pelo',
    'keringat',
    'keringetan',
    'sadar',
    'bangun',
    'menyusu',
    'bibir',
    'biru',
    'kaku',
    'ruam',
    'disengat',
    'jatuh',
    'terbentur',
    'kebentur',
    'kejedot',
    'nggak',
    'enggak',
    'banget',
    'tolong',
    'bagaimana',
    'gimana',
    'udah',
    'kalo',
    'sekarang',
    'tahun',
    'keminum',
    'ketelan',
    'pemutih',
    'umur',
    'minggu',
    'bulan',
  ],
  phrases: [
    ...MALAY_PLAIN_RED_FLAGS,
    ...INDONESIAN_CHEST_PAIN_PRESSED,
    ...MALAY_GLASS_TEST_AND_NECK,
    ...INDONESIAN_COUNT_OF_A_NAMED_MEDICINE,
    ...INDONESIAN_NOT_HERE_ANYMORE_AND_WRISTS_CUT,
    ...INDONESIAN_PILLS_SAVED_AND_READY,
    ...RED_FLAGS,
    ...MODIFIERS,
  ],
  words: {
    saya: 'i',
    aku: 'i',
    gue: 'i',
    gw: 'i',
    dia: 'he',
    beliau: 'he',
    kami: 'we',
    kita: 'we',
    tidak: 'not',
    tdk: 'not',
    tak: 'not',
    gak: 'not',
    ga: 'not',
    gk: 'not',
    nggak: 'not',
    ngga: 'not',
    enggak: 'not',
    engga: 'not',
    ndak: 'not',
    belum: 'not yet',
    dan: 'and',
    sama: 'and',
    tapi: 'but',
    tetapi: 'but',
    atau: 'or',
    sekarang: 'now',
    skrg: 'now',
    hari: 'day',
    ini: 'this',
    kemarin: 'yesterday',
    kemaren: 'yesterday',
    tadi: 'earlier today',
    sejak: 'since',
    dari: 'from',
    selama: 'for',
    menit: 'minutes',
    jam: 'hours',
    detik: 'seconds',
    derajat: 'degrees',
    sangat: 'very',
    sekali: 'very',
    banget: 'very',
    parah: 'severe',
    hebat: 'severe',
    sedikit: 'a little',
    agak: 'a little',
    cuma: 'only',
    hanya: 'only',
    anak: 'child',
    putra: 'son',
    putri: 'daughter',
    ibu: 'mother',
    mama: 'mother',
    bapak: 'father',
    ayah: 'father',
    suami: 'husband',
    istri: 'wife',
    adik: 'brother',
    kakak: 'sister',
    teman: 'friend',
    temen: 'friend',
    pacar: 'boyfriend',
    orang: 'someone',
    sakit: 'pain',
    nyeri: 'pain',
    perut: 'stomach',
    kepala: 'head',
    pusing: 'dizzy',
    batuk: 'cough',
    pilek: 'a cold',
    flu: 'flu',
    diare: 'diarrhoea',
    mencret: 'diarrhoea',
    mual: 'nausea',
    capek: 'tired',
    lelah: 'tired',
    lemas: 'weak',
    lemes: 'weak',
    gatal: 'itchy',
    luka: 'a cut',
    jatuh: 'fell',
    terjatuh: 'fell',
    tertabrak: 'was hit by a car',
    ketabrak: 'was hit by a car',
    kecelakaan: 'an accident',
    pucat: 'pale',
    dingin: 'cold',
    tangan: 'hand',
    lengan: 'arm',
    kaki: 'leg',
    mata: 'eye',
    punggung: 'back',
    obat: 'medicine',
    pil: 'pills',
    tablet: 'tablets',
    butir: 'tablets',
    parasetamol: 'paracetamol',
    paracetamol: 'paracetamol',
    panadol: 'paracetamol',
    insulin: 'insulin',
    alkohol: 'alcohol',
    miras: 'alcohol',
    minum: 'drank',
    menelan: 'swallowed',
    nelan: 'swallowed',
    makan: 'ate',
    tolong: 'help',
    bantu: 'help',
    cepat: 'quickly',
    segera: 'urgently',
    normal: 'normal',
    biasa: 'usual',
    baik: 'fine',
    sembuh: 'better',
    membaik: 'better',
    lama: 'long',
    berjam: 'for hours',
    terus: 'continuously',
    'terus-terusan': 'continuously',
    lagi: 'again',
    masih: 'still',
    sudah: 'already',
    udah: 'already',
    mau: 'want',
    ingin: 'want',
    pengen: 'want',
    bisa: 'can',
    boleh: 'may',
    apakah: 'is it',
    apa: 'what',
    kenapa: 'why',
    gimana: 'how',
    bagaimana: 'how',
    bahaya: 'dangerous',
    berbahaya: 'dangerous',
    darurat: 'emergency',
    dokter: 'doctor',
    rumah: 'home',
    bulan: 'months',
    tahun: 'years',
    umur: 'aged',
    usia: 'aged',
    pisau: 'knife',
    tali: 'rope',
    rencana: 'plan',
    besok: 'tomorrow',
    mati: 'die',
    meninggal: 'die',
  },
};
