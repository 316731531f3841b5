import { useChatApp } from './chat-app.js';

describe('chat routes in the OpenAPI document', () => {
  // The document does not depend on a model: no Ollama is configured.
  const { client } = useChatApp({ model: 'unconfigured' });
  let document: Record<string, any>;

  beforeAll(async () => {
    document = (await (await fetch(`${client.app.url}/docs-json`)).json()) as Record<string, any>;
  });

  const schema = (ref: string): Record<string, any> =>
    document.components.schemas[ref.replace('#/components/schemas/', '')];

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

  it('documents on every chat route the refusals of a session caller: 401, 403 and 429, as problem+json', () => {
    const routes = Object.entries(document.paths as Record<string, Record<string, any>>)
      .filter(([path]) => path.startsWith('/api/v1/chat/'))
      .flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => ({ path, method, operation })),
      );
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const { path, method, operation } of routes) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({ where, security: operation.security, tags: operation.tags }).toEqual({
        where,
        security: [{ bearer: [] }],
        tags: ['chat'],
      });
      for (const status of ['401', '403'])
        expect({ where, status, description: operation.responses[status]?.description }).toEqual({
          where,
          status,
          description: expect.stringContaining('application/problem+json'),
        });
    }
    for (const path of ['/api/v1/chat/message', '/api/v1/chat/history', '/api/v1/chat/sessions'])
      expect(document.paths[path].get?.responses['429'] ?? document.paths[path].post.responses['429']).toBeDefined();
    expect(document.paths['/api/v1/chat/sessions'].get.responses['403'].description).toMatch(
      /^Guests and the admin key/,
    );
  });

  it('describes the request and the ChatResponse with examples', () => {
    const send = document.paths['/api/v1/chat/message'].post;
    const request = schema(send.requestBody.content['application/json'].schema.$ref);
    expect(request.required).toEqual(['message']);
    expect(request.properties.message).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 5000,
      example: expect.any(String),
    });
    expect(Object.keys(request.properties).sort()).toEqual(['audio_file_id', 'image_file_id', 'message', 'session_id']);

    const response = schema(send.responses['200'].content['application/json'].schema.$ref);
    expect(Object.keys(response.properties).sort()).toEqual([
      'message_id',
      'metadata',
      'response',
      'session_id',
      'timestamp',
    ]);
    for (const field of ['response', 'session_id', 'message_id', 'timestamp'])
      expect(response.properties[field].example).toEqual(expect.any(String));
    const metadata = schema(response.properties.metadata.$ref ?? response.properties.metadata.allOf[0].$ref);
    expect(Object.keys(metadata.properties).sort()).toEqual([
      'emergency_detected',
      'emergency_source',
      'emergency_symptoms',
      'image_analysis',
      'input_type',
      'model',
      'safety',
      'sources',
      'tools_used',
      'transcription',
    ]);
    expect(send.responses['503']).toBeDefined();
  });

  it('says the stream produces text/event-stream', () => {
    const stream = document.paths['/api/v1/chat/message/stream'].post;
    expect(Object.keys(stream.responses['200'].content)).toEqual(['text/event-stream']);
    expect(stream.responses['200'].content['text/event-stream'].example).toContain('event: start');
  });

  it('documents the queued event and the error event with retry_after on the stream', () => {
    const stream = document.paths['/api/v1/chat/message/stream'].post;
    expect(stream.description).toMatch(/`queued` `\{ position, estimated_wait_seconds \}`/);
    const content = stream.responses['200'].content['text/event-stream'];
    expect(content.example).toContain('event: queued\ndata: {"position":2,"estimated_wait_seconds":3}');
    const events = content.schema.oneOf.map((entry: { $ref: string }) => schema(entry.$ref));
    const queued = events.find((event: Record<string, any>) => event.properties.position);
    expect(queued.required.sort()).toEqual(['estimated_wait_seconds', 'position']);
    const error = events.find((event: Record<string, any>) => event.properties.status);
    expect(error.properties.retry_after).toMatchObject({ type: 'number' });
    expect(error.required).not.toContain('retry_after');
  });

  it('documents 503 for capacity and 429 for the daily allowance, both with Retry-After, on every JSON turn route', () => {
    for (const path of ['/api/v1/chat/message', '/api/v1/chat/message-with-image', '/api/v1/chat/message-with-audio']) {
      const responses = document.paths[path].post.responses;
      expect(responses['503'].description).toMatch(/every LLM slot is taken/);
      expect(responses['503'].headers['Retry-After'].schema).toMatchObject({ type: 'integer' });
      expect(responses['429'].description).toMatch(/token allowance/);
      expect(responses['429'].headers['Retry-After']).toBeDefined();
    }
  });

  it('documents the history query and page', () => {
    const history = document.paths['/api/v1/chat/history'].get;
    expect(history.parameters.map((p: any) => p.name).sort()).toEqual(['before', 'limit', 'scope', 'session_id']);
    const page = schema(history.responses['200'].content['application/json'].schema.$ref);
    expect(Object.keys(page.properties).sort()).toEqual([
      'messages',
      'next_cursor',
      'patient_id',
      'session_id',
      'total_messages',
    ]);
    const cleared = document.paths['/api/v1/chat/history'].delete;
    expect(cleared.parameters.map((p: any) => p.name)).toEqual(['purge']);
  });
});
