import type { LanguageLexicon, LexiconPhrases } from './language-lexicon.js';

/**
 * Session 63 (T141): Greek typed in Latin letters ("Greeklish"), as phones and chat write it when the Greek keyboard is
 * not at hand: the Greek-script lexicon reads none of it. One Greek letter has several spellings ("θ" th / 8, "χ" x /
 * h / ch, "ω" o / w, "η" i / h, "υ" y / i / u, "β" v / b), written here as alternatives. The 13 categories' commonest
 * discriminators (NHS 111 / Pathways, Manchester Triage, NICE NG143 / NG225 / NG232, BE-FAST); "den" (not) comes before
 * its verb, so a phrase reads the negated verb ("den anapnei": is not breathing).
 */
const TH = '(?:th|8)';
const X = '(?:x|h|ch)';
const O = '(?:o|w)';
const I = '(?:i|h|y|u)';

const RED_FLAGS: LexiconPhrases = [
  // Chest: pressure, tightness or weight in it, and a heart attack; a pain alone in the chest is as often a cough's or a
  // muscle's, and is left to what is told beside it.
  [`(?:sfi[xk]im${O}|piesi|varos|kaimo)(?: \\p{L}+)? st${O} st${I}${TH}os|emfragma`, 'chest pain'],
  [
    `den (?:mp${O}rei|mporw|mporo|boro|mpori) na anapn(?:eusei|efsei|evsei|eysei|eusw|efso|eyso)|den anapn(?:eei|ei|ew|eo)|stamat${I}se na anapnei|dysp?noia|dispnoia|la${X}anaz(?:ei|w|o)|pnig(?:ete|etai|omai|ike)`,
    'cannot breathe',
  ],
  [`(?:ta )?${X}(?:ei|i)li(?:a)? (?:einai )?(?:mple|ble|mwv|mov)|melan(?:iase|iasan)`, 'blue lips'],
  [
    `den (?:apanta(?:ei)?|antidra(?:ei)?|ksypna(?:ei)?|xypna(?:ei)?|ksipna(?:ei)?|xipna(?:ei)?|s${I}k${O}netai|mila(?:ei)?)|anais${TH}${I}t(?:os|i)|li(?:p|pp)o${TH}${I}m(?:ise|hse|ise)|e(?:xase|hase|chase) tis aisthiseis`,
    'unconscious and is not responding',
  ],
  [`epese(?= |$|[,.!?])`, 'fell'],
  [
    `(?:to )?aima den stamata(?:ei)?|aimorrag(?:ia|eia)|aimorag(?:ia|eia)|trexei (?:poly |poli )?aima|${X}anei (?:poly |poli )?aima|aima pantou`,
    'bleeding heavily and it will not stop',
  ],
  [
    `(?:to )?(?:stoma|prosopo|pros${O}po)(?: t${O}u| tis)? (?:strava${I}ke|stravwse|stravose|strabwse|strabose|epese|kremete|exei pesei)|strav(?:o|w)se to stoma`,
    'face drooping',
  ],
  [
    `den (?:mp${O}rei|boro|mporw) na mil(?:isei|hsei|isw|iso)|mperdevei ta logia|mperdeuei ta logia|mpe?rdeyei ta logia|mila (?:mperdemena|asyndeta|varia)|alalia`,
    'cannot speak and slurred speech',
  ],
  [
    `(?:to )?(?:${X}eri|xeri|podi) (?:t${O}u |tis )?den (?:k${O}unietai|kounaei|s${I}kwnetai|sikonetai)|moudiase (?:to |i )?(?:${X}eri|mia pleura|misi)`,
    'suddenly weak arm',
  ],
  [`egkefaliko|egefaliko|egkefaliko epeisodio|ekefaliko`, 'stroke'],
  [`ksafnika|xafnika|jafnika|apotoma`, 'suddenly'],
  [
    `spasmoi|spasmous|sp?asmoys|epilipsia|epilhpsia|krisi epilipsias|afrous sto stoma|afroi sto stoma`,
    'he is having a seizure',
  ],
  [
    `${TH}el(?:w|o) na pe${TH}an(?:w|o)|${TH}a (?:a|af|au)toktonis(?:w|o)|(?:a|af|au)toktoni(?:a|es)|den ${TH}el(?:w|o) na z(?:w|o)|${TH}a pidi(?:ks|x)(?:w|o)`,
    'i want to kill myself',
  ],
  [
    `(?:ipie|hpie|katapie) (?:${X}l${O}rini|xlorini|klorini|drano|dilitirio|fytofarmako|ntiskol)|dilitiriasi|dhlhthriash`,
    'drank poison',
  ],
  [
    `(?:ipie|hpie|katapie|pire) (?:ola ta |polla |ena kouti )?(?:xapia|chapia|hapia|xapakia)`,
    'took an overdose of pills',
  ],
  [
    `(?:prisike|prhsthke|prisistike|prixtike|prhxthke|prixthke) (?:o |to )?(?:laimos|glwssa|glossa|xeili|xeilia|prosopo)|(?:o )?laimos (?:tou |tis )?(?:klinei|kleinei|prisike|prixtike)`,
    'throat is closing up and swollen lips and tongue',
  ],
  [`(?:to )?ts(?:i|h)mp(?:i|h)se (?:\\p{L}+ )?melissa|melissa (?:ton |tin )?ts(?:i|h)mp(?:i|h)se`, 'stung by a bee'],
  [`fistikia|fystikia|fistiki`, 'peanuts'],
  [`${X}t(?:y|i)p(?:ise|hse) (?:sto |to )?kefali|${X}t(?:y|i)p(?:ise|hse) dynata (?:sto |to )?kefali`, 'hit his head'],
  [`kanei emet(?:o|ous)|emet(?:os|oi|ous)|ksernaei|xernaei|ksernei|xernei`, 'vomiting'],
  [
    `(?:dyskamptos|duskamptos|diskamptos) (?:o )?sverkos|(?:o )?sverkos (?:einai )?(?:skliros|sklhros|dyskamptos|den lygizei|den ligizei)`,
    'stiff neck',
  ],
  [
    `(?:ekse|eks|e[xk]s)an${TH}(?:ima|hma) (?:pou )?den (?:fevgei|feugei|xanetai|sbinei)(?:[^.!?]{0,30}potiri)?`,
    'non-blanching rash',
  ],
  [`(?:ekse|eks|e[xk]s)an${TH}(?:ima|hma)|spyria|spiria`, 'rash'],
  [`p(?:y|i)ret(?:os|o)(?: (?:4[0-2]|3[89]))?`, 'fever'],
  [`(?:m${O}r${O}|mwro|moro) (?:\\d+) (?:evdomad${O}n|ebdomadwn|evdomadwn)`, '# weeks old baby'],
  [`(?:m${O}r${O}|mwro|moro) (?:\\d+) (?:min${O}n|mhnwn|minwn)`, '# months old baby'],
  [`den (?:tr${O}ei|thilazei|8hlazei|pinei gala)`, 'not feeding'],
  [`plad(?:aro|aros|aro)|${X}alaro san koukla`, 'floppy'],
  [`(?:e(?:g|n)k(?:y|i)os|egkuos)`, 'pregnant'],
  [`zalizete|zalizetai|zalizomai`, 'feels faint'],
];

/** Persons, and what keeps a finding hypothetical, past or settled. */
const MODIFIERS: LexiconPhrases = [
  [`ti (?:na )?kan(?:w|o|oume|woume)`, 'what do i do'],
  [`an (?:ginei|pa${TH}ei|ksanaginei|exei|to paidi|kapoios)`, 'what do i do if ever'],
  [`perysi|persi|pernysi|prin (?:\\d+|kapoia) (?:xronia|hronia)`, 'last year'],
  [`t${O}ra (?:einai )?(?:kala|entaxei|ok)`, 'is fine now'],
  [`(?:o )?pap(?:p)?ous(?: m${O}u)?`, 'my grandfather'],
  [`(?:i )?giagia(?: m${O}u)?|(?:i )?yiayia(?: m${O}u)?`, 'my grandmother'],
  [`(?:i )?mama m${O}u|(?:i )?mitera m${O}u`, 'my mother'],
  [`(?:o )?babas m${O}u|(?:o )?pateras m${O}u`, 'my father'],
  [`(?:o )?(?:a|)ntras m${O}u|(?:o )?syzygos m${O}u`, 'my husband'],
  [`(?:i )?gynaika m${O}u|(?:i )?ginaika m${O}u`, 'my wife'],
  [`(?:to )?paidi m${O}u|(?:o )?gios m${O}u|(?:i )?kori m${O}u`, 'my child'],
  [`(?:o )?filos m${O}u`, 'my friend'],
  [`(?:o )?theios|(?:o )?${TH}eios`, 'my uncle'],
];

export const GREEKLISH: LanguageLexicon = {
  language: 'Greek',
  script: 'latin',
  // Greek's short words that English never writes: two of them mark a message.
  markers: ['einai', 'kai', 'stin', 'stis', 'mou', 'tou', 'oti', 'twra', 'tora', 'pou', 'mporei', 'giati', 'mipos'],
  // Words for a finding or a person that no English message writes: one marks a message.
  ownWords: [
    'pappous',
    'papous',
    'giagia',
    'yiayia',
    'mwro',
    'paidi',
    'aima',
    'aimorragia',
    'anapnei',
    'anapneei',
    'apantaei',
    'lipothymise',
    'lipothimise',
    'spasmoi',
    'pyretos',
    'piretos',
    'egkyos',
    'stithos',
    'kefali',
    'xapia',
    'sverkos',
    'mperdevei',
    'pagomenos',
    'thelw',
    'thelo',
    'autoktonisw',
    'aftoktonisw',
    'autoktonia',
    'pethanw',
    'pethano',
    'apopse',
    'xlorini',
    'ipie',
    'kori',
    'babas',
    'idrwnei',
  ],
  phrases: [...RED_FLAGS, ...MODIFIERS],
  words: {
    idrwnei: 'sweating',
    idronei: 'sweating',
    apopse: 'tonight',
    kai: 'and',
    alla: 'but',
    twra: 'now',
    tora: 'now',
    simera: 'today',
    xthes: 'yesterday',
    xtes: 'yesterday',
    poly: 'very',
    poli: 'very',
  },
};
