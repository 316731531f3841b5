import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { KnowledgeSearchQueryDto } from './dto/knowledge-search-query.dto.js';
import { KnowledgeSearchResponseDto } from './dto/knowledge-search-response.dto.js';
import { KnowledgeSearchService } from './retrieval/knowledge-search.service.js';
import { snippetOf, titleOf } from './retrieval/passage-text.js';

const PROBLEM = ' (application/problem+json)';

@ApiTags('knowledge')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: `Missing, invalid or expired access token, or a dead session${PROBLEM}` })
@Controller('knowledge')
export class KnowledgeController {
  constructor(private readonly knowledge: KnowledgeSearchService) {}

  @Get('search')
  @ApiOperation({
    summary: 'Search the medical-knowledge collection (MedQuAD, NIH sources; CC BY 4.0)',
    description:
      'Any signed-in caller, guests included. BM25 over question, answer, focus and its synonyms, aware of the kind of question asked; hybrid with embeddings when EMBEDDING_MODEL is set.',
  })
  @ApiOkResponse({ type: KnowledgeSearchResponseDto })
  @ApiUnprocessableEntityResponse({
    description: `q missing, empty or longer than 1000 characters, or limit not an integer in 1–50${PROBLEM}`,
  })
  async search(@Query() query: KnowledgeSearchQueryDto): Promise<KnowledgeSearchResponseDto> {
    const hits = await this.knowledge.search(query.q, query.limit);
    return {
      results: hits.map(({ passage, score }) => ({
        id: passage.id,
        source: passage.source,
        url: passage.url,
        title: titleOf(passage),
        question: passage.question,
        question_type: passage.question_type,
        snippet: snippetOf(passage),
        score: Math.round(score * 1000) / 1000,
      })),
    };
  }
}
