/** One JSON line per event, as the subgraphs log. Ids and codes only: never tokens or request bodies. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(service = 'gateway', quiet = process.env.NODE_ENV === 'test'): Logger {
  const write = (level: string, message: string, fields: Record<string, unknown> = {}) => {
    if (quiet && level !== 'error') return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields });
    (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
