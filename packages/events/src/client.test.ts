import { feedPollIntervalMs } from './client';

describe('FEED_POLL_INTERVAL_MS', () => {
  it('defaults to half a second and reads whole milliseconds', () => {
    expect(feedPollIntervalMs({})).toBe(500);
    expect(feedPollIntervalMs({ FEED_POLL_INTERVAL_MS: '50' })).toBe(50);
  });

  it.each(['0', '9', '1.5', 'soon'])('refuses %s', (value) => {
    expect(() => feedPollIntervalMs({ FEED_POLL_INTERVAL_MS: value })).toThrow(/whole number of milliseconds/);
  });
});
