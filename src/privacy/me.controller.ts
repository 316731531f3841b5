import { Body, Controller, Delete, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type AuthenticatedPrincipal } from '../auth/index.js';
import { EraseAccountDto } from './dto/erase-account.dto.js';
import { ErasureResultDto } from './dto/erasure-result.dto.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';

@ApiTags('privacy')
@ApiBearerAuth('bearer')
@Controller('me')
export class MeController {
  constructor(private readonly erasure: AccountErasureService) {}

  @Delete()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Erase the account and everything stored about the patient; every session ends at once' })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiForbiddenResponse({ description: 'A guest, or the password is missing or wrong (nothing is erased)' })
  erase(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Body() body: EraseAccountDto = {}): Promise<ErasureResultDto> {
    return this.erasure.eraseOwn(principal, body?.password);
  }
}
