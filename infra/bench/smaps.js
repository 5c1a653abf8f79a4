// The memory of a process as /proc/<pid>/smaps_rollup gives it, the rule alone (graph.mjs reads the files).
// RSS counts every page a process maps, so pages shared between the graph's processes (the node binary,
// the shared libraries) count once per process in a sum of RSS; PSS splits each shared page between the
// processes mapping it, so the sum of PSS is the memory the whole graph holds.

/** The kB figures of one smaps_rollup text, in bytes: { rss, pss, pssAnon, pssFile, swapPss } (0 when absent). */
function parseSmapsRollup(text) {
  const kB = (field) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
    return match ? Number(match[1]) * 1024 : 0;
  };
  return { rss: kB('Rss'), pss: kB('Pss'), pssAnon: kB('Pss_Anon'), pssFile: kB('Pss_File'), swapPss: kB('SwapPss') };
}

module.exports = { parseSmapsRollup };
