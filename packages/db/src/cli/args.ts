/** `--name value` pairs from argv; an unknown flag or one without a value is an error a person can read. */
export function parseArgs(argv: string[], known: string[]): Record<string, string | undefined> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i].replace(/^--/, '');
    if (!known.includes(flag) || argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
      throw new Error(`Unknown or incomplete option ${argv[i]}; options: ${known.map((k) => `--${k} <value>`).join(' ')}`);
    args[flag] = argv[i + 1];
  }
  return args;
}

/** Runs a command: its error is one readable line and exit code 1, not a stack trace. */
export function run(command: () => Promise<void>): void {
  command().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
