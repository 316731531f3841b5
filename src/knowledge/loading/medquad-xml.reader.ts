import { readFile } from 'node:fs/promises';
import { toPassage, type KnowledgePassage } from '../knowledge-passage.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name])
    .trim();
}

function element(xml: string, name: string): string {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? decode(match[1]) : '';
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/**
 * One MedQuAD XML document (`<Document id source url><Focus/><QAPairs><QAPair pid><Question
 * qid qtype/><Answer/></QAPair>…`) as passages with ids like the JSONL's
 * (`<source>_<document id>_Sec<pair>`). MedQuAD's XML is flat and regular, so a few patterns
 * read it without an XML parser dependency; pairs without an answer (the subsets whose answers
 * were withheld for copyright) are skipped.
 */
export async function readMedquadXml(file: string): Promise<KnowledgePassage[]> {
  const xml = await readFile(file, 'utf8');
  const documentTag = /<Document\b[^>]*>/.exec(xml)?.[0];
  if (!documentTag) throw new Error(`${file}: not a MedQuAD document (no <Document> element)`);
  const documentId = attribute(documentTag, 'id');
  const source = attribute(documentTag, 'source');
  const url = attribute(documentTag, 'url');
  const focus = element(xml, 'Focus');
  const passages: KnowledgePassage[] = [];
  for (const [, pairTag, body] of xml.matchAll(/(<QAPair\b[^>]*>)([\s\S]*?)<\/QAPair>/g)) {
    const answer = element(body, 'Answer');
    if (answer === '') continue;
    const questionTag = /<Question\b[^>]*>/.exec(body)?.[0] ?? '';
    passages.push(
      toPassage({
        id: `${source}_${documentId}_Sec${attribute(pairTag, 'pid')}`,
        source,
        url,
        focus,
        question_type: attribute(questionTag, 'qtype'),
        question: element(body, 'Question'),
        answer,
      }),
    );
  }
  return passages;
}
