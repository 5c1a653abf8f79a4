const { describe, it, expect } = require('@jest/globals');
const { PROCESS_ENV, nodeFlagsFor, processEnvOver } = require('./process-env');

describe('the environment every process of the graph gets', () => {
  it('limits glibc to two malloc arenas', () => {
    expect(processEnvOver({})).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('leaves a value set by hand to the caller, so that a measurement can change it', () => {
    expect(processEnvOver({ MALLOC_ARENA_MAX: '8' })).toEqual({});
    expect(PROCESS_ENV.MALLOC_ARENA_MAX).toBe('2');
  });
});

describe('the flags of a service process', () => {
  it('compiles embedded PGlite with the baseline compiler only, and leaves a service on PostgreSQL as Node runs it', () => {
    expect(nodeFlagsFor({ embedded: true })).toEqual(['--liftoff-only']);
    expect(nodeFlagsFor({ embedded: false })).toEqual([]);
  });
});
