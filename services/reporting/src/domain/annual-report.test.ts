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
  months: {},
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

describe('attendance by month', () => {
  it('withholds a month that the categories would give back, and its rate with it', () => {
    // 12 PRESENT marks in one category: 9 in March, 3 in April. April's 3 is withheld; March is the only
    // other month, so March = 12 − April would give it back: March is withheld too, and both rates.
    const counts = { ...empty(), marks: { EDUCATIONAL: { PRESENT: 12 } }, markedParticipants: { EDUCATIONAL: 12 } };
    counts.months = { 3: { present: 9, absent: 0, participants: 9 }, 4: { present: 3, absent: 0, participants: 3 } };
    const months = reportSections(counts, empty()).attendanceByMonth;
    expect(months).toHaveLength(12);
    expect(months[3]).toMatchObject({ month: 4, present: { value: null, suppressed: true }, rate: null });
    expect(months[2]).toMatchObject({ month: 3, present: { value: null, suppressed: true }, rate: null });
    expect(months[0]).toMatchObject({ month: 1, present: { value: 0, suppressed: false }, rate: null });
  });

  it('shows a month over five participants or more with its rate', () => {
    const counts = { ...empty(), marks: { EDUCATIONAL: { PRESENT: 8, ABSENT_EXCUSED: 10 } }, markedParticipants: { EDUCATIONAL: 9 } };
    counts.months = { 5: { present: 8, absent: 10, participants: 9 } };
    const may = reportSections(counts, empty()).attendanceByMonth[4];
    expect(may).toMatchObject({ present: { value: 8, suppressed: false }, absent: { value: 10, suppressed: false }, rate: 8 / 18 });
  });
});
