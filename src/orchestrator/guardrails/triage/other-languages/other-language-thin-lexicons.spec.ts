import { describeTriageProbes, type TriageProbeTable } from '../../../../../test/support/triage-probe-table.js';

/**
 * Issue 11: the thin lexicons of session 31 (Polish, Turkish, Korean) widened to the red flags of the triage's
 * categories in their past and first-person forms; beside them, ordinary messages with the same words (a head
 * knock with no vomiting, one sleeping pill, a bee sting on the hand). Written before the lexicons were widened.
 */
const THIN_LANGUAGES: TriageProbeTable = [
  [
    'Polish',
    [
      'mój mąż nagle ma opadnięty kącik ust i mówi niewyraźnie',
      'dziecko nie oddycha i jest sine',
      'tata stracił przytomność i nie reaguje',
      'syn ma drgawki od 10 minut',
      'córka wypiła wybielacz',
      'połknęłam wszystkie tabletki nasenne',
      'chcę się zabić',
      'mam silny ból w klatce piersiowej, promieniuje do lewej ręki',
      'jestem w ciąży, 32 tydzień, mocno krwawię',
      'krew leje się strumieniem z nogi',
      'po użądleniu osy puchnie jej gardło i nie może oddychać',
      'ma sztywny kark i wysoką gorączkę',
    ],
    [
      'boli mnie trochę gardło',
      'rok temu miał drgawki, teraz jest dobrze',
      'połknąłem tabletkę nasenną wczoraj, czy mogę dziś drugą?',
      'uderzył się w głowę, ale bawi się normalnie i nie wymiotował',
      'trochę krwawię z dziąseł przy myciu zębów',
    ],
  ],
  [
    'Turkish',
    [
      'annemin yüzü bir tarafa kaydı, konuşması bozuldu',
      'bebeğim nefes alamıyor, dudakları mosmor',
      'babam bayıldı, uyanmıyor',
      'oğlum 10 dakikadır kasılıyor',
      'kızım çamaşır suyu içti',
      'bütün uyku ilaçlarımı içtim',
      'kendimi öldürmek istiyorum',
      'göğsümde şiddetli ağrı var, sol koluma yayılıyor',
      '32 haftalık hamileyim, çok kanamam var',
      'bacağından kan fışkırıyor',
      'arı soktu, boğazı şişiyor, nefes alamıyor',
      'ensesi sertleşti, ateşi çok yüksek',
    ],
    [
      'biraz boğazım ağrıyor',
      'geçen yıl havale geçirdi, şimdi iyi',
      'dün başını çarptı ama şimdi iyi, kusmadı',
      'bir uyku ilacı aldım, tehlikeli mi?',
      'arı soktu, elim biraz şişti',
    ],
  ],
  [
    'Korean',
    [
      '아빠 얼굴 한쪽이 처지고 말이 어눌해요',
      '아기가 숨을 안 쉬어요',
      '엄마가 쓰러져서 의식이 없어요',
      '아들이 10분째 경련하고 있어요',
      '아이가 락스를 마셨어요',
      '수면제를 한 통 다 먹었어요',
      '자살하고 싶어요',
      '가슴이 쥐어짜듯 아프고 왼팔까지 아파요',
      '임신 32주인데 피가 많이 나요',
      '다리에서 피가 솟구쳐요',
      '벌에 쏘였는데 목구멍이 부어서 숨쉬기 힘들어요',
      '목이 뻣뻣하고 열이 40도예요',
    ],
    [
      '목이 조금 아파요',
      '작년에 경련을 한 번 했는데 지금은 괜찮아요',
      '머리를 부딪혔는데 괜찮고 토하지 않았어요',
      '수면제 한 알 먹어도 되나요?',
      '벌에 쏘였는데 손이 조금 부었어요',
    ],
  ],
];

describeTriageProbes('EmergencyTriage reads %s in more of its words', THIN_LANGUAGES);
