const { describe, it, expect } = require('@jest/globals');
const { PROCESS_ENV, processEnvOver } = require('./process-env');

describe('the environment every process of the graph gets', () => {
  it('limits glibc to two malloc arenas', () => {
    expect(processEnvOver({})).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('leaves a value set by hand to the caller, so that a measurement can change it', () => {
    expect(processEnvOver({ MALLOC_ARENA_MAX: '8' })).toEqual({});
    expect(PROCESS_ENV.MALLOC_ARENA_MAX).toBe('2');
  });
});
