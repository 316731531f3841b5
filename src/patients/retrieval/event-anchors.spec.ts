import { readEventAnchor } from './event-anchors.js';

describe('readEventAnchor', () => {
  it.each([
    ['what was the last visit i had before my covid jabs', 'covid jabs', 'before', true],
    ['did she get any shots after she had the tb', 'tb', 'after', false],
    ['my weight when i had tb', 'tb', 'during', false],
    ['how high was his fever while he was sick with the flu', 'flu', 'during', false],
    ['what vaccines did she get the year she had covid', 'covid', 'year', false],
    ['my oxygen the winter i had pneumonia', 'pneumonia', 'season', false],
    ['was my blood pressure taken the time they found my tb', 'tb', 'during', false],
    ['any tests during my pregnancy', 'pregnancy', 'during', false],
    ['was i feverish the summer they diagnosed my tb', 'tb', 'season', false],
    ['what shots has he had since his second mmr', 'second mmr', 'after', true],
    ['which scans did they order while she was throwing up', 'throwing up', 'during', false],
    ['what did they test in the week he was wheezing', 'wheezing', 'during', false],
    ['what else did he get the same day as his mmr', 'mmr', 'day', true],
    ['was her temperature taken at the same visit as her flu shot', 'flu shot', 'day', true],
    // Tersely, without its article.
    ['fever noted when, same day as the swab?', 'swab', 'day', false],
    ['dtap same visit as her mmr?', 'mmr', 'day', true],
    // A reading told after the event with its own subject is no part of the event.
    ['when he had covid his oxygen went down to 80 something right', 'covid', 'during', false],
    ['when i was sick with corona my heart rate was like 150', 'corona', 'during', false],
    ['when she had the flu shot her arm was sore for days', 'flu shot', 'during', true],
    // ... or with the device that took it as its subject.
    ['while he was poorly with the flu the thermometer read 39', 'flu', 'during', false],
    ['when i had pneumonia the clip thing on my finger said 85', 'pneumonia', 'during', false],
    // ... or a complaint told with its own subject.
    ['after the virus his dinner tasted of nothing', 'virus', 'after', false],
    ['when she had covid her whole body ached', 'covid', 'during', false],
    // A vaccine called by its disease and "one", in a question about vaccines; not elsewhere.
    ['did she get the menactra and the boostrix on the same day as the hpv one', 'hpv one', 'day', true],
    ['which swabs did they take the same day as the covid one', 'covid one', 'day', false],
    // A stay counted without "the time": the first or last of them, its reason left out.
    ['my physical two months after they first admitted me for tb', 'first admitted me', 'after', false],
    ['the checkup he had after they last admitted him', 'last admitted him', 'after', false],
    ['my physical a couple of weeks after i was first admitted to hospital', 'first admitted', 'after', false],
    ['my checkup after the first time they kept me in', 'first kept me in', 'after', false],
    // A discharge told of whoever let the patient go: the illness dates it.
    ['checkup right after they let me out of the hospital with tb', 'tb', 'after', false],
    ['the visit after they sent him home from the ward with covid', 'covid', 'after', false],
    // An illness got over: what came "once" someone had, after it.
    ["her first checkup once she'd got over covid", 'covid', 'after', false],
    ['the first well visit once he got over the covid', 'covid', 'after', false],
    ['his check up after he recovered from the flu', 'flu', 'after', false],
  ])('reads "%s"', (question, event, relation, vaccination) => {
    expect(readEventAnchor(question)).toMatchObject({ event, relation, vaccination });
  });

  it('reads months told before a visit and after an event as a span after the event', () => {
    expect(readEventAnchor('the two month checkup after covid')).toMatchObject({
      event: 'covid',
      relation: 'after',
      span: 'month',
      count: 2,
    });
  });

  it('reads "that" season after an event as the season just after it', () => {
    expect(readEventAnchor('was it that spring after she got covid?')).toMatchObject({
      event: 'covid',
      relation: 'after',
      span: 'spring',
    });
  });

  it('reads seasons counted before or after an event as a span that many seasons away', () => {
    expect(readEventAnchor('his checkup two springs before covid')).toMatchObject({
      event: 'covid',
      relation: 'before',
      span: 'spring',
      count: 2,
    });
  });

  it.each([
    [
      'the checkup i had in between my first and second hospital stays',
      'first hospital stays',
      'second hospital stays',
    ],
    ['did i see anyone between the hiv admission and the tb one', 'hiv admission', 'tb admission'],
    ['any physicals between my 2nd and 3rd admissions', '2nd admissions', '3rd admissions'],
  ])('reads "%s" as the period between two events', (question, event, until) => {
    expect(readEventAnchor(question)).toMatchObject({ event, until, relation: 'between' });
  });

  it('reads "right after", "just after", "straight after" an event as the next one, and only those', () => {
    expect(readEventAnchor('checkup right after they let me out of the hospital with tb')).toMatchObject({
      next: true,
    });
    expect(readEventAnchor('the visit just after she had covid')).toMatchObject({ next: true });
    expect(readEventAnchor('did she get any shots after she had the tb')).not.toHaveProperty('next');
    expect(readEventAnchor('the two month checkup right after covid')).not.toHaveProperty('next');
    // The first visit told before the event: the next one too.
    expect(readEventAnchor("his first check-up once he'd got over covid")).toMatchObject({ next: true });
    expect(readEventAnchor('the first checkup after she had covid')).toMatchObject({ next: true });
    expect(readEventAnchor('his first shots after he had covid')).not.toHaveProperty('next');
  });

  it.each([
    ['the checkup after my tb hospital stay', 'tb hospital stay'],
    ['my appointment after the tb admission', 'tb admission'],
    ['the physical after my first hospital stay', 'first hospital stay'],
    ['his checkup after the covid', 'covid'],
    ['the visit after he had covid', 'covid'],
  ])('reads "%s", one visit told as the one after the event, as the next one', (question, event) => {
    expect(readEventAnchor(question)).toMatchObject({ event, relation: 'after', next: true });
  });

  it.each([
    'the checkups after my first hospital stay',
    'any visits after she had covid',
    'his weight after the covid',
  ])('reads "%s", visits in the plural or none, as any time after', (question) => {
    expect(readEventAnchor(question)).not.toHaveProperty('next');
  });

  it('takes "back" with "back when" into the expression, as it only dates the question', () => {
    expect(readEventAnchor('what tests did they run back when he was throwing up')).toMatchObject({
      event: 'throwing up',
      expression: 'back when he was throwing up',
    });
  });

  it.each([
    // A year, a visit or a school stage is no record to date by; a plain question names no event.
    'what shots did i get before 2015',
    'what was done after the visit',
    'did he have the chickenpox booster before kindergarten',
    'what was my weight in march 2020',
    'have i had the flu shot',
    'the needle she got right after she was born',
    'what was my weight between 2015 and 2017',
    'did he have shots between then and now',
    // "Once" as how often names no event.
    'does he get a checkup once a year? when was the last one',
  ])('reads no event in "%s"', (question) => {
    expect(readEventAnchor(question)).toBeUndefined();
  });
});
