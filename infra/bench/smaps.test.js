const { describe, it, expect } = require('@jest/globals');
const { parseSmapsRollup } = require('./smaps');

// A node process's rollup as Linux 6.x writes it: most of its resident pages are shared with others.
const rollup = `55ddb50f0000-7fff7977f000 ---p 00000000 00:00 0                          [rollup]
Rss:              131072 kB
Pss:               81920 kB
Pss_Dirty:         70000 kB
Pss_Anon:          69632 kB
Pss_File:          12288 kB
Pss_Shmem:             0 kB
Shared_Clean:      51200 kB
Private_Dirty:     69632 kB
Anonymous:         69632 kB
Swap:                  0 kB
SwapPss:             512 kB
`;

describe('the memory of a process from smaps_rollup', () => {
  it('reads RSS and PSS in bytes, the PSS split into anonymous and file pages', () => {
    expect(parseSmapsRollup(rollup)).toEqual({
      rss: 131072 * 1024,
      pss: 81920 * 1024,
      pssAnon: 69632 * 1024,
      pssFile: 12288 * 1024,
      swapPss: 512 * 1024,
    });
  });

  it('takes Pss for the PSS, not the Pss_ lines that share its prefix', () => {
    const withoutTotal = rollup.replace(/^Pss: .*\n/m, '');
    expect(parseSmapsRollup(withoutTotal).pss).toBe(0);
    expect(parseSmapsRollup(withoutTotal).pssAnon).toBe(69632 * 1024);
  });

  it('gives zeros for a process gone meanwhile (nothing read)', () => {
    expect(parseSmapsRollup('')).toEqual({ rss: 0, pss: 0, pssAnon: 0, pssFile: 0, swapPss: 0 });
  });
});
