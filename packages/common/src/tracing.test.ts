import { startTracing, withRequestId } from './tracing';

// With tracing on, what the processes export is tested end to end (gateway/test/e2e/tracing.test.ts).
describe('tracing when OTEL_EXPORTER_OTLP_ENDPOINT is not set', () => {
  it('does not start, and a request runs its handler as it would without tracing', async () => {
    expect(startTracing('participants', {})).toBe(false);
    expect(startTracing('participants', { OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
    expect(withRequestId('6f1c2d7e-0000-4000-8000-000000000000', () => 'handled')).toBe('handled');
    await expect(withRequestId('6f1c2d7e-0000-4000-8000-000000000000', async () => 'awaited')).resolves.toBe('awaited');
  });
});
