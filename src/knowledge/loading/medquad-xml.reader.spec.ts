import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readMedquadXml } from './medquad-xml.reader.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000559" source="GHR" url="https://ghr.nlm.nih.gov/condition/keratoderma">
<Focus>keratoderma with woolly hair</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000559-1" qtype="information">What is (are) keratoderma with woolly hair ?</Question><Answer>Thick skin &amp; woolly hair.</Answer></QAPair>
<QAPair pid="2"><Question qid="0000559-2" qtype="frequency">How many people are affected ?</Question><Answer></Answer></QAPair>
</QAPairs>
</Document>`;

describe('readMedquadXml', () => {
  it('reads the pairs with ids like the JSONL collection, skipping pairs without an answer', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'medquad-xml-')), '0000559.xml');
    writeFileSync(file, XML);
    expect(await readMedquadXml(file)).toEqual([
      {
        id: 'GHR_0000559_Sec1',
        source: 'GHR',
        url: 'https://ghr.nlm.nih.gov/condition/keratoderma',
        focus: 'keratoderma with woolly hair',
        question_type: 'information',
        question: 'What is (are) keratoderma with woolly hair ?',
        answer: 'Thick skin & woolly hair.',
      },
    ]);
  });
});
