/** `--name value` pairs from argv; a flag without a value is an error a person can read. */
export function parseArgs(argv: string[], known: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i].replace(/^--/, '');
    if (!known.includes(flag) || argv[i + 1] === undefined)
      throw new Error(`Unknown or incomplete option ${argv[i]}; options: ${known.map((k) => `--${k}`).join(' ')}`);
    args[flag] = argv[i + 1];
  }
  return args;
}
