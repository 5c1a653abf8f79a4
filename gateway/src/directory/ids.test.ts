import { DIRECTORY_NAMESPACE, directoryIds, isUuid, uuidV5 } from './ids';

describe('derived ids', () => {
  it('are RFC 9562 version 5 UUIDs (the RFC’s own example)', () => {
    // The DNS namespace and "www.example.com", as in RFC 9562's test vectors.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'urn:cort:directory')).toBe(DIRECTORY_NAMESPACE);
  });

  it('are the same for the same thing, forever, and differ between things', () => {
    expect(directoryIds.location('haren')).toBe(directoryIds.location('HAREN'));
    // Pinned: a directory that imported HAREN yesterday finds it again today.
    expect(directoryIds.location('HAREN')).toBe('e959d6d4-7eb2-59fd-88e7-02f141ed493e');
    expect(directoryIds.location('HAREN')).not.toBe(directoryIds.location('GENT'));
    expect(directoryIds.schedule('a', 'weekly')).not.toBe(directoryIds.schedule('b', 'weekly'));
    expect(isUuid(directoryIds.taxonomyTerm('cort-domain', 'SPORT'))).toBe(true);
  });
});
