import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MemoizedQueryValidationPipe, REMEMBERED_QUERIES_PER_DTO } from './memoized-query-validation.pipe.js';

class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @IsOptional()
  @IsIn(['session', 'patient'])
  scope: string = 'session';

  @IsOptional()
  @IsString()
  before?: string;
}

/** Counts the validations actually run (class-validator's step). */
class CountingPipe extends MemoizedQueryValidationPipe {
  validations = 0;
  protected override validate(...args: Parameters<MemoizedQueryValidationPipe['validate']>) {
    this.validations += 1;
    return super.validate(...args);
  }
}

const pipe = () => new CountingPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
const asQuery: ArgumentMetadata = { type: 'query', metatype: PageQuery };

describe('MemoizedQueryValidationPipe', () => {
  it('validates a query string once and gives each request its own equal DTO', async () => {
    const validating = pipe();
    const first = (await validating.transform({ limit: '20' }, asQuery)) as PageQuery;
    first.limit = 99;
    const second = (await validating.transform({ limit: '20' }, asQuery)) as PageQuery;

    expect(second).toBeInstanceOf(PageQuery);
    expect(second).toEqual(Object.assign(new PageQuery(), { limit: 20, scope: 'session' }));
    expect(second).not.toBe(first);
    expect(validating.validations).toBe(1);
    await validating.transform({ limit: '21' }, asQuery);
    expect(validating.validations).toBe(2);
  });

  it('refuses a bad query every time and never remembers it', async () => {
    const validating = pipe();
    for (const query of [{ limit: '0' }, { limit: '0' }, { limit: '5', extra: 'x' }, { limit: '5', extra: 'x' }])
      await expect(validating.transform(query, asQuery)).rejects.toThrow();
    expect(validating.validations).toBe(4);
  });

  it('validates bodies, parameters and queries with lists every time', async () => {
    const validating = pipe();
    await validating.transform({ limit: '20' }, { type: 'body', metatype: PageQuery });
    await validating.transform({ limit: '20' }, { type: 'body', metatype: PageQuery });
    await expect(validating.transform({ limit: ['20', '30'] }, asQuery)).rejects.toThrow();
    await expect(validating.transform({ limit: ['20', '30'] }, asQuery)).rejects.toThrow();
    expect(validating.validations).toBe(4);
  });

  it(`remembers at most ${REMEMBERED_QUERIES_PER_DTO} query strings per DTO, dropping the oldest`, async () => {
    const validating = pipe();
    for (let index = 0; index <= REMEMBERED_QUERIES_PER_DTO; index += 1)
      await validating.transform({ limit: '20', before: `cursor-${index}` }, asQuery);
    expect(validating.validations).toBe(REMEMBERED_QUERIES_PER_DTO + 1);
    await validating.transform({ limit: '20', before: `cursor-${REMEMBERED_QUERIES_PER_DTO}` }, asQuery);
    expect(validating.validations).toBe(REMEMBERED_QUERIES_PER_DTO + 1);
    await validating.transform({ limit: '20', before: 'cursor-0' }, asQuery);
    expect(validating.validations).toBe(REMEMBERED_QUERIES_PER_DTO + 2);
  });
});
