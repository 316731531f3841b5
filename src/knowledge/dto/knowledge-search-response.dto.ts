import { ApiProperty } from '@nestjs/swagger';

export class KnowledgeSearchResultDto {
  @ApiProperty({ description: "The collection's id of the passage", example: 'NIHSeniorHealth_0000062_Sec4' })
  id!: string;

  @ApiProperty({ description: 'The NIH source that wrote the answer', example: 'NIHSeniorHealth' })
  source!: string;

  @ApiProperty({
    description: "The source document's address (the citation to follow)",
    example: 'http://nihseniorhealth.gov/shingles/symptomsanddiagnosis/01.html',
  })
  url!: string;

  @ApiProperty({ description: "The passage's focus (the condition or topic it is about)", example: 'Shingles' })
  title!: string;

  @ApiProperty({ example: 'What are the symptoms of Shingles ?' })
  question!: string;

  @ApiProperty({ description: "MedQuAD's question type", example: 'symptoms' })
  question_type!: string;

  @ApiProperty({
    description: 'The start of the answer',
    example: 'Shingles usually starts as a rash on one side of the face or body…',
  })
  snippet!: string;

  @ApiProperty({ description: 'Relevance; comparable within one answer only', example: 12.4 })
  score!: number;
}

export class KnowledgeSearchResponseDto {
  @ApiProperty({
    type: [KnowledgeSearchResultDto],
    description: 'Best first; empty while the collection is still being indexed after a start',
  })
  results!: KnowledgeSearchResultDto[];
}
