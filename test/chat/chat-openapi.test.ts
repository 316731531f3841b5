import { startTestApp, type TestApp } from '../support/test-app.js';

describe('chat routes in the OpenAPI document', () => {
  let app: TestApp;
  let document: Record<string, any>;

  beforeAll(async () => {
    app = await startTestApp();
    document = (await (await fetch(`${app.url}/docs-json`)).json()) as Record<string, any>;
  });
  afterAll(() => app?.close());

  const schema = (ref: string): Record<string, any> => document.components.schemas[ref.replace('#/components/schemas/', '')];

  it('documents every chat route behind bearer auth', () => {
    const routes = {
      '/api/v1/chat/message': 'post',
      '/api/v1/chat/message/stream': 'post',
      '/api/v1/chat/history': 'get',
    };
    for (const [path, method] of Object.entries(routes)) {
      expect(document.paths[path]?.[method]).toMatchObject({ security: [{ bearer: [] }], tags: ['chat'] });
    }
    expect(document.paths['/api/v1/chat/history'].delete).toMatchObject({ security: [{ bearer: [] }] });
  });

  it('describes the request and the ChatResponse with examples', () => {
    const send = document.paths['/api/v1/chat/message'].post;
    const request = schema(send.requestBody.content['application/json'].schema.$ref);
    expect(request.required).toEqual(['message']);
    expect(request.properties.message).toMatchObject({ type: 'string', minLength: 1, maxLength: 5000, example: expect.any(String) });
    expect(Object.keys(request.properties).sort()).toEqual(['audio_file_id', 'image_file_id', 'message', 'session_id']);

    const response = schema(send.responses['200'].content['application/json'].schema.$ref);
    expect(Object.keys(response.properties).sort()).toEqual(['message_id', 'metadata', 'response', 'session_id', 'timestamp']);
    for (const field of ['response', 'session_id', 'message_id', 'timestamp']) expect(response.properties[field].example).toEqual(expect.any(String));
    const metadata = schema(response.properties.metadata.$ref ?? response.properties.metadata.allOf[0].$ref);
    expect(Object.keys(metadata.properties).sort()).toEqual(
      ['emergency_detected', 'emergency_source', 'emergency_symptoms', 'image_analysis', 'input_type', 'model', 'safety', 'sources', 'tools_used', 'transcription'],
    );
    expect(send.responses['503']).toBeDefined();
  });

  it('says the stream produces text/event-stream', () => {
    const stream = document.paths['/api/v1/chat/message/stream'].post;
    expect(Object.keys(stream.responses['200'].content)).toEqual(['text/event-stream']);
    expect(stream.responses['200'].content['text/event-stream'].example).toContain('event: start');
  });

  it('documents the history query and page', () => {
    const history = document.paths['/api/v1/chat/history'].get;
    expect(history.parameters.map((p: any) => p.name).sort()).toEqual(['before', 'limit', 'scope']);
    const page = schema(history.responses['200'].content['application/json'].schema.$ref);
    expect(Object.keys(page.properties).sort()).toEqual(['messages', 'next_cursor', 'patient_id', 'session_id', 'total_messages']);
    const cleared = document.paths['/api/v1/chat/history'].delete;
    expect(cleared.parameters.map((p: any) => p.name)).toEqual(['purge']);
  });
});
