import { cellKey, equationsOf, cellsOf, showYear, type YearCounts } from './annual-report';
import { reportSections } from './annual-report-sections';

const empty = (): YearCounts => ({
  offer: {},
  targetGroups: {},
  marks: {},
  markedParticipants: {},
  cancellations: {},
  dropouts: {},
  waiting: {},
  needs: { wishes: 0, answered: 0 },
  partners: { organisations: 0, staff: 0, volunteers: 0, volunteerHours: 0 },
  actionPlan: { actions: 0, done: 0 },
});
const measures = (activities: number, sessionsHeld: number, sessionsCancelled = 0, hours = 0, participants = 0) => ({
  activities,
  sessionsHeld,
  sessionsCancelled,
  hours,
  participants,
});

describe('the annual report (rules)', () => {
  it("withholds a second domain of a category when offerOverview's total would give the first back", () => {
    const counts = { ...empty(), offer: { 'EDUCATIONAL/SPORT': measures(3, 20), 'EDUCATIONAL/CULTURE': measures(6, 30) } };
    const year = showYear(counts);
    expect(year.cell(cellKey.offer('EDUCATIONAL', 'SPORT', 'activities'))).toEqual({ value: null, suppressed: true });
    expect(year.cell(cellKey.offer('EDUCATIONAL', 'CULTURE', 'activities'))).toEqual({ value: null, suppressed: true });
    expect(year.cell(cellKey.offer('EDUCATIONAL', 'SPORT', 'sessionsHeld'))).toEqual({ value: 20, suppressed: false });
  });

  it('links the cancelled sessions of the offer to the cancellation reasons', () => {
    const counts = {
      ...empty(),
      offer: { 'PSYCHOSOCIAL/HEALTH': measures(5, 10, 9) },
      cancellations: { LOCKDOWN: 3, STRIKE: 6 },
    };
    const year = showYear(counts);
    // LOCKDOWN 3 would be 9 − 6: STRIKE goes too, and then the offer's 9 gives only their sum.
    expect(year.cell(cellKey.cancellation('LOCKDOWN')).suppressed).toBe(true);
    expect(year.cell(cellKey.cancellation('STRIKE')).suppressed).toBe(true);
    expect(equationsOf(cellsOf(counts)).map((e) => e.name)).toContain('sessions cancelled in the offer = sessions by cancellation reason');
  });

  it('withholds a rate over fewer than five participants or beside a withheld mark, and a median over fewer than five', () => {
    const marks = { PRESENT: 40, ABSENT_EXCUSED: 10 };
    expect(showYear({ ...empty(), marks: { EDUCATIONAL: marks }, markedParticipants: { EDUCATIONAL: 4 } }).rate('EDUCATIONAL')).toBeNull();
    expect(showYear({ ...empty(), marks: { EDUCATIONAL: marks }, markedParticipants: { EDUCATIONAL: 5 } }).rate('EDUCATIONAL')).toBe(0.8);
    const withheld = { ...marks, REFUSED: 2 };
    expect(
      showYear({ ...empty(), marks: { EDUCATIONAL: withheld }, markedParticipants: { EDUCATIONAL: 9 } }).rate('EDUCATIONAL'),
    ).toBeNull();
    expect(showYear({ ...empty(), waiting: { SOCIOCULTURAL: { median: 12.5, participants: 4 } } }).median('SOCIOCULTURAL')).toBeNull();
    expect(showYear({ ...empty(), waiting: { SOCIOCULTURAL: { median: 12.5, participants: 5 } } }).median('SOCIOCULTURAL')).toBe(12.5);
  });

  it("shows each previous-year figure as that year's own report shows it", () => {
    const previous = { ...empty(), targetGroups: { 'MALE/CONVICTED': 2, 'MALE/SUSPECT': 30 } };
    const sections = reportSections({ ...empty(), targetGroups: { 'MALE/CONVICTED': 12 } }, previous);
    const row = sections.participantsByTargetGroup.find((r) => r.gender === 'MALE' && r.legalStatus === 'CONVICTED');
    expect(row?.participants).toEqual({ value: 12, suppressed: false, previousYear: null });
    expect(sections.participantsByTargetGroup.find((r) => r.legalStatus === 'SUSPECT' && r.gender === 'MALE')?.participants).toEqual({
      value: 0,
      suppressed: false,
      previousYear: null,
    });
    expect(sections.offer).toHaveLength(18);
    expect(sections.cancellationReasons).toHaveLength(7);
  });
});
