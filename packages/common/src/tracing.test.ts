import { BACKGROUND_ATTRIBUTE, backgroundRatio, backgroundSampler, inBackgroundTrace, startTracing, withRequestId } from './tracing';

// With tracing on, what the processes export is tested end to end (gateway/test/e2e/tracing.test.ts).
describe('tracing when OTEL_EXPORTER_OTLP_ENDPOINT is not set', () => {
  it('does not start, and a request runs its handler as it would without tracing', async () => {
    expect(startTracing('participants', {})).toBe(false);
    expect(startTracing('participants', { OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe(false);
    expect(withRequestId('6f1c2d7e-0000-4000-8000-000000000000', () => 'handled')).toBe('handled');
    await expect(withRequestId('6f1c2d7e-0000-4000-8000-000000000000', async () => 'awaited')).resolves.toBe('awaited');
  });
});

describe('sampling when tracing is on', () => {
  const kit = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { ROOT_CONTEXT, SpanKind, TraceFlags, trace } = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const traceId = 'f'.repeat(8) + '0'.repeat(24); // an id the ratio sampler ranks highest: below 1, never sampled
  const decide = (ratio: number, attributes: Record<string, unknown>, context = ROOT_CONTEXT) =>
    backgroundSampler(ratio, kit).shouldSample(context, traceId, 'span', SpanKind.INTERNAL, attributes as never, []).decision;
  const under = (traceFlags: number) => trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: 'a'.repeat(16), traceFlags });

  it('traces every client request, and a share of the background work', () => {
    expect(decide(0.01, {})).toBe(kit.SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(0.01, { [BACKGROUND_ATTRIBUTE]: true })).toBe(kit.SamplingDecision.NOT_RECORD);
    expect(decide(1, { [BACKGROUND_ATTRIBUTE]: true })).toBe(kit.SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('keeps a trace whole: a span follows its parent (a feed request under a poll not traced is not traced)', () => {
    expect(decide(1, {}, under(TraceFlags.NONE))).toBe(kit.SamplingDecision.NOT_RECORD);
    expect(decide(0, {}, under(TraceFlags.SAMPLED))).toBe(kit.SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('reads TRACE_BACKGROUND_RATIO, 0.01 unless set, and refuses what is no share', () => {
    expect(backgroundRatio({})).toBe(0.01);
    expect(backgroundRatio({ TRACE_BACKGROUND_RATIO: '0' })).toBe(0);
    expect(backgroundRatio({ TRACE_BACKGROUND_RATIO: '0.25' })).toBe(0.25);
    for (const wrong of ['-0.1', '1.5', 'all', '1e-2'])
      expect(() => backgroundRatio({ TRACE_BACKGROUND_RATIO: wrong })).toThrow(/TRACE_BACKGROUND_RATIO is a number from 0 to 1/);
  });

  it('runs background work as it would without tracing when tracing is off', async () => {
    await expect(inBackgroundTrace('follow the activities feed', async () => 'caught up')).resolves.toBe('caught up');
  });
});
