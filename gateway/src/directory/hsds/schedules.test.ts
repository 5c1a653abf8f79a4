import { publicActivity, sessionOn } from '../../../test/public-activity';
import { schedulesOf } from './schedules';

describe('schedulesOf', () => {
  it('gives sessions that follow a weekly rule as one RRULE schedule, in Belgian time with its offset', () => {
    const [schedule, ...others] = schedulesOf(publicActivity(), 'nl');
    expect(others).toEqual([]);
    expect(schedule).toMatchObject({
      service_id: publicActivity().id,
      valid_from: '2026-01-06',
      valid_to: '2026-03-31',
      dtstart: '2026-01-13',
      until: '2026-01-27',
      freq: 'WEEKLY',
      interval: 1,
      wkst: 'MO',
      byday: 'TU',
      opens_at: '09:00+01:00',
      closes_at: '11:00+01:00',
      timezone: 1,
      description: 'Elke dinsdag, 09:00–11:00 (Belgische tijd)',
    });
  });

  it('gives sessions that follow no rule as their dates, each a one-time rule', () => {
    const activity = publicActivity({
      upcomingSessions: [sessionOn('2026-06-02', '09:00', '11:00'), sessionOn('2026-06-04', '13:00', '15:00')],
    });
    const schedules = schedulesOf(activity, 'fr');
    expect(schedules).toHaveLength(2);
    expect(schedules[1]).toMatchObject({
      valid_from: '2026-06-04',
      valid_to: '2026-06-04',
      dtstart: '2026-06-04',
      count: 1,
      freq: 'WEEKLY',
      byday: 'TH',
      opens_at: '13:00+02:00',
      closes_at: '15:00+02:00',
      timezone: 2,
      description: 'jeudi 4 juin 2026, 13:00–15:00',
    });
    expect(new Set(schedules.map((schedule) => schedule.id)).size).toBe(2);
  });

  it('leaves cancelled sessions out: they do not take place (and break a rule)', () => {
    const sessions = [
      sessionOn('2026-01-13', '09:00', '11:00'),
      sessionOn('2026-01-20', '09:00', '11:00', 'CANCELLED'),
      sessionOn('2026-01-27', '09:00', '11:00'),
    ];
    const schedules = schedulesOf(publicActivity({ upcomingSessions: sessions }), 'en');
    expect(schedules.map((schedule) => schedule.dtstart)).toEqual(['2026-01-13', '2026-01-27']);
    expect(schedules.every((schedule) => 'count' in schedule && schedule.count === 1)).toBe(true);
    expect(schedulesOf(publicActivity({ upcomingSessions: [] }), 'en')).toEqual([]);
  });
});
