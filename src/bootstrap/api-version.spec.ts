import type { OpenAPIObject } from '@nestjs/swagger';
import { documentAsV1, unversionedUrl } from './api-version.js';

describe('unversionedUrl', () => {
  it.each([
    ['/api/v1/health/live', '/api/health/live'],
    ['/api/v1/chat/history?limit=5', '/api/chat/history?limit=5'],
    ['/api/v1', '/api'],
    ['/api/v1?x=1', '/api?x=1'],
    ['/api/v1/', '/api/'],
  ])('maps %s to %s', (url, expected) => {
    expect(unversionedUrl(url)).toBe(expected);
  });

  it.each([
    '/api/health',
    '/api/v1x/health',
    '/api/v2/health',
    '/v1/api/health',
    '/metrics',
    '/docs',
    '/API/v1/health',
  ])('leaves %s alone', (url) => {
    expect(unversionedUrl(url)).toBe(url);
  });

  it('rewrites once: /api/v1/v1/… stays a path no route has', () => {
    expect(unversionedUrl('/api/v1/v1/health')).toBe('/api/v1/health');
  });
});

describe('documentAsV1', () => {
  const document = {
    openapi: '3.0.0',
    info: { title: 'MedChat API', version: '0.1.0', description: 'Chat.' },
    paths: { '/api/health': { get: {} }, '/api/upload/{file_id}': { get: {} }, '/metrics': { get: {} } },
  } as unknown as OpenAPIObject;

  it('moves /api paths under /api/v1 and keeps the others', () => {
    expect(Object.keys(documentAsV1(document).paths)).toEqual([
      '/api/v1/health',
      '/api/v1/upload/{file_id}',
      '/metrics',
    ]);
  });

  it('keeps the description and adds the compatibility promise', () => {
    const description = documentAsV1(document).info.description ?? '';
    expect(description.startsWith('Chat.')).toBe(true);
    expect(description).toContain('/api/v1/');
    expect(description).toContain('alias');
  });
});
