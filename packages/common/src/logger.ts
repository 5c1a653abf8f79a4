/**
 * One JSON line per event, the same from the gateway and every subgraph. Callers pass ids and codes only:
 * never tokens, names, detainee numbers or request bodies, which may hold personal data.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Quiet in tests (errors only), so a test run's output shows what failed. */
export function createLogger(service: string, quiet = process.env.NODE_ENV === 'test'): Logger {
  const write = (level: 'info' | 'error', message: string, fields: Record<string, unknown> = {}) => {
    if (quiet && level !== 'error') return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields });
    (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
