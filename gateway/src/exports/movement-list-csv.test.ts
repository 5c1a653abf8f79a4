import { csvField, movementListCsv } from './movement-list-csv';

describe('the movement list as CSV', () => {
  it('quotes separators, quotes and line breaks; keeps a formula a text', () => {
    expect(csvField('Claes')).toBe('Claes');
    expect(csvField('Claes, Jan')).toBe('"Claes, Jan"');
    expect(csvField('De "Smid"')).toBe('"De ""Smid"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(null)).toBe('');
  });

  it('writes one CRLF record per participant and session, times in Belgian time', () => {
    const csv = movementListCsv(
      {
        date: '2026-07-01',
        sessions: [
          {
            session: {
              id: 's1',
              startsAt: '2026-07-01T08:00:00Z',
              endsAt: '2026-07-01T09:30:00Z',
              location: { name: 'Lokaal 1' },
              activity: { id: 'a1', title: 'Tekenen' },
            },
            participants: [{ id: 'p1', detaineeNumber: '123', firstName: 'Noor', lastName: 'Claes', section: null }],
          },
        ],
      },
      { prisonId: 'HAREN', date: '2026-07-01' },
    );
    expect(csv).toBe(
      'date,prison,start,end,room,activity,section,lastName,firstName,detaineeNumber\r\n2026-07-01,HAREN,10:00,11:30,Lokaal 1,Tekenen,,Claes,Noor,123\r\n',
    );
  });
});
