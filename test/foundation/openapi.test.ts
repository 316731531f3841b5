import { validate, compileErrors, type ValidationResult } from '@readme/openapi-parser';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('OpenAPI document', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is a valid OpenAPI 3 document, titled, versioned and declaring bearer auth', async () => {
    const response = await fetch(`${app.url}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as Record<string, any>;
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info).toMatchObject({ title: 'MedChat API', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/health/live', '/api/v1/health/ready']),
    );

    const result: ValidationResult = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
  });

  it('serves the Swagger UI page at /docs', async () => {
    const response = await fetch(`${app.url}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger-ui');
  });
});
