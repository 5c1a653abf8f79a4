import { MAX_OPERATIONS, createMetrics, metricsPort, serveMetrics } from './metrics';

describe('metrics', () => {
  it('bounds the operation label: names as given, at most MAX_OPERATIONS of them, then "other"', () => {
    const metrics = createMetrics('probe');
    const label = (name: string | undefined) => metrics.operationLabels(name).operation;
    expect(label('CoordinatorOffer')).toBe('CoordinatorOffer');
    expect(label(undefined)).toBe('anonymous');
    expect(label('not a name; DROP')).toBe('anonymous');
    for (let index = 0; index < MAX_OPERATIONS; index += 1) label(`Operation${index}`);
    expect(label('OneTooMany')).toBe('other');
    expect(label('CoordinatorOffer')).toBe('CoordinatorOffer');
  });

  it('makes the labels of each operation once: the same objects for every request of it, under its bounded label', () => {
    const metrics = createMetrics('probe');
    const offer = metrics.operationLabels('CoordinatorOffer');
    expect(offer).toEqual({
      operation: 'CoordinatorOffer',
      ok: { operation: 'CoordinatorOffer', outcome: 'ok' },
      error: { operation: 'CoordinatorOffer', outcome: 'error' },
      timed: { operation: 'CoordinatorOffer' },
    });
    expect(metrics.operationLabels('CoordinatorOffer')).toBe(offer);
    expect(Object.isFrozen(offer.ok)).toBe(true);
    expect(metrics.operationLabels(undefined)).toBe(metrics.operationLabels('not a name; DROP'));
    expect(metrics.operationLabels(undefined).operation).toBe('anonymous');
    for (let index = 0; index < MAX_OPERATIONS; index += 1) metrics.operationLabels(`Operation${index}`);
    expect(metrics.operationLabels('OneTooMany').timed).toEqual({ operation: 'other' });
    expect(metrics.operationLabels('AnotherTooMany')).toBe(metrics.operationLabels('OneTooMany'));
    expect(metrics.operationLabels('CoordinatorOffer')).toBe(offer);
  });

  it('serves the Prometheus text of its own registry on /metrics only, labelled with the service', async () => {
    const metrics = createMetrics('probe');
    metrics.requests.inc({ operation: 'Prisons', outcome: 'ok' });
    metrics.errors.inc({ code: 'NOT_FOUND' });
    metrics.duration.observe({ operation: 'Prisons' }, 0.02);
    const server = await serveMetrics(metrics, 0);
    try {
      const answer = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await answer.text();
      expect(text).toContain('graphql_requests_total{operation="Prisons",outcome="ok",service="probe"} 1');
      expect(text).toContain('graphql_errors_total{code="NOT_FOUND",service="probe"} 1');
      expect(text).toContain('graphql_request_duration_seconds_bucket{le="0.025",service="probe",operation="Prisons"} 1');
      expect((await fetch(`http://127.0.0.1:${server.port}/graphql`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('reads the port from <NAME>_METRICS_PORT, then METRICS_PORT, and refuses a bad one', () => {
    expect(metricsPort('participants', {})).toBeUndefined();
    expect(metricsPort('participants', { METRICS_PORT: '9464' })).toBe(9464);
    expect(metricsPort('participants', { METRICS_PORT: '9464', PARTICIPANTS_METRICS_PORT: '9465' })).toBe(9465);
    expect(() => metricsPort('gateway', { METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT must be a port number/);
  });
});
