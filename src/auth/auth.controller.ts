import { Body, Controller, HttpCode, HttpStatus, Ip, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '../common/decorators/public.decorator.js';
import { RateLimitByBodyField } from '../common/throttling/rate-limit-by-body-field.decorator.js';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import { Roles } from '../common/decorators/roles.decorator.js';
import { LoginRequestDto } from './dto/login-request.dto.js';
import { LogoutQueryDto } from './dto/logout-query.dto.js';
import { LogoutResponseDto } from './dto/logout-response.dto.js';
import { TokenResponseDto } from './dto/token-response.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  // Limited per patient id, not per address: see RateLimitByBodyField and LoginFailureService.
  @RateLimitByBodyField('patient_id')
  @ApiOperation({ summary: 'Sign in as a patient; answers an access token for a new session' })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({
    description: 'Unknown patient id, missing or wrong password (one generic detail for all)',
  })
  @ApiUnprocessableEntityResponse({ description: 'patient_id is not of the form Given###_Family###_<uuid>' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins from this client address or for this patient id, or too many sign-ins for this patient id this minute; see Retry-After',
  })
  login(@Body() body: LoginRequestDto, @Ip() clientIp: string): Promise<TokenResponseDto> {
    return this.auth.login(body.patient_id, body.password, clientIp);
  }

  @Public()
  @Post('guest')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start a guest session: can chat, has no patient record' })
  @ApiOkResponse({ type: TokenResponseDto, description: 'patient_id is null' })
  guest(@Ip() clientIp: string): Promise<TokenResponseDto> {
    return this.auth.startGuestSession(clientIp);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @Roles('patient', 'guest')
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'A new access token for the same live session' })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token, or the session has ended' })
  refresh(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<TokenResponseDto> {
    return this.auth.refresh(principal);
  }

  @Post('logout')
  @HttpCode(HttpStatus.OK)
  @Roles('patient', 'guest')
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: "End the caller's session; its tokens are refused from then on" })
  @ApiOkResponse({ type: LogoutResponseDto })
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or expired token, or the session has already ended' })
  @ApiNotFoundResponse({ description: "session_id names a session that is not the caller's" })
  @ApiForbiddenResponse({ description: 'Called with the admin API key, which has no session' })
  logout(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: LogoutQueryDto,
  ): Promise<LogoutResponseDto> {
    return this.auth.logout(principal, query.session_id);
  }
}
