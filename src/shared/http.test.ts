import { describe, expect, it } from 'vitest';
import { csrfVerdict, jsonTooDeep, loggableError, unstorableTextPaths } from './http.ts';

describe('unstorableTextPaths', () => {
  it('finds NUL characters and lone surrogates at any depth, with their paths', () => {
    const body = { customer: { name: 'a\u0000b' }, items: ['ok', '\ud800'], note: '正常文本 😀' };
    expect(unstorableTextPaths(body)).toEqual(['customer.name', 'items.1']);
  });

  it('accepts well-formed text, emoji and non-strings', () => {
    expect(unstorableTextPaths({ a: '快递 😀', b: 1, c: null, d: [true] })).toEqual([]);
  });
});

describe('loggableError', () => {
  it('keeps the query but none of its values, nor a database message quoting them', () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "13812345678"'), { code: '22P02', routine: 'string_to_uuid' });
    const err = Object.assign(new Error('Failed query: select 1 where id = $1\nparams: 13812345678', { cause }), {
      name: 'DrizzleQueryError',
      query: 'select 1 where id = $1',
      params: ['13812345678'],
    });
    const logged = loggableError(err);
    expect(logged).toMatchObject({ type: 'DrizzleQueryError', query: 'select 1 where id = $1', code: '22P02', routine: 'string_to_uuid' });
    expect(JSON.stringify(logged)).not.toContain('13812345678');
  });

  it('keeps the message of an ordinary programming error', () => {
    expect(loggableError(new TypeError('x is undefined'))).toMatchObject({ type: 'TypeError', message: 'x is undefined' });
  });
});

describe('csrfVerdict (issue 12)', () => {
  const base = { method: 'POST', origin: undefined, secFetchSite: undefined, ownOrigin: 'https://cases.example.com', allowedOrigins: ['https://ops.example.com'] };
  const verdict = (over: Partial<Parameters<typeof csrfVerdict>[0]>) => csrfVerdict({ ...base, ...over });

  it('should let through what no browser sent, and every safe method', () => {
    expect(verdict({})).toBe('ok');
    expect(verdict({ method: 'GET', secFetchSite: 'cross-site', origin: 'https://evil.example' })).toBe('ok');
  });

  it('should refuse cross-site writes, and same-site ones from an origin not listed', () => {
    expect(verdict({ secFetchSite: 'cross-site' })).toBe('rejected');
    expect(verdict({ method: 'DELETE', origin: 'https://evil.example' })).toBe('rejected');
    expect(verdict({ origin: 'null' })).toBe('rejected');
    expect(verdict({ secFetchSite: 'same-site', origin: 'https://intranet.example.com' })).toBe('rejected');
    expect(verdict({ secFetchSite: 'same-site', origin: 'https://ops.example.com' })).toBe('ok');
  });

  it("should accept the server's own origin, a listed one, and what the browser calls same-origin", () => {
    expect(verdict({ origin: 'https://cases.example.com' })).toBe('ok');
    expect(verdict({ origin: 'https://ops.example.com', secFetchSite: 'cross-site' })).toBe('ok');
    expect(verdict({ origin: 'https://ops.example.com' })).toBe('ok');
    // A proxy may have rewritten the Host the server sees; the browser's word stands.
    expect(verdict({ origin: 'https://cases.example.com', secFetchSite: 'same-origin', ownOrigin: 'http://10.0.0.5:3000' })).toBe('ok');
  });
});

describe('jsonTooDeep', () => {
  it('counts nesting outside strings only, without recursion', () => {
    expect(jsonTooDeep('[[[]]]', 3)).toBe(false);
    expect(jsonTooDeep('[[[[]]]]', 3)).toBe(true);
    expect(jsonTooDeep('{"a":"[[[[[[\\"[[[["}', 3)).toBe(false);
    expect(jsonTooDeep('['.repeat(1_000_000))).toBe(true);
  });
});
