import { matchesIfNoneMatch, strongEtag } from './http-cache';

describe('strongEtag', () => {
  it('is a quoted digest of the exact bytes, the same for the same body and another for any change', () => {
    const body = '{"data":{"prisons":[{"id":"HAREN"}]}}';
    expect(strongEtag(body)).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag(body)).toBe(strongEtag(Buffer.from(body)));
    expect(strongEtag(body)).not.toBe(strongEtag(body.replace('HAREN', 'GENT')));
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = strongEtag('{"data":{}}');

  it('matches the tag, in a list, weak or not, and *', () => {
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(' * ', etag)).toBe(true);
  });

  it('does not match another tag, an unquoted one or no header', () => {
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(etag.replace(/"/g, ''), etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
  });
});
