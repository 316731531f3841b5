import { serializeReply, withJsonText } from './json-text.js';

describe('serializeReply', () => {
  it('writes JSON.stringify of any body without a text of its own, as Fastify did', () => {
    for (const body of [{ a: 1, b: [null, 'x'] }, [1, 2], null, 'text', 42, { at: new Date(0) }])
      expect(serializeReply(body)).toBe(JSON.stringify(body));
  });

  it('writes the text a body carries, which no other reader of the body sees', () => {
    const body = withJsonText({ a: 1 }, () => '{"a":1}');

    expect(serializeReply(body)).toBe('{"a":1}');
    expect(Object.keys(body)).toEqual(['a']);
    expect(JSON.stringify(body)).toBe('{"a":1}');
    expect(body).toEqual({ a: 1 });
  });
});
