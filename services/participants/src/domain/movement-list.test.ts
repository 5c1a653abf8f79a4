import { bySectionAndName } from './movement-list';

describe('the order of a movement list', () => {
  it('sorts by section (numbers as numbers, none last), then last and first name', () => {
    const people = [
      { section: null, lastName: 'Aerts', firstName: 'Tom' },
      { section: 'B10', lastName: 'Claes', firstName: 'Jan' },
      { section: 'B2', lastName: 'Wouters', firstName: 'Ali' },
      { section: 'B2', lastName: 'Claes', firstName: 'Noor' },
      { section: 'B2', lastName: 'Claes', firstName: 'Ahmed' },
      { section: 'A1', lastName: 'Zeeman', firstName: 'Piet' },
    ];
    expect([...people].sort(bySectionAndName).map((p) => `${p.section}:${p.lastName}:${p.firstName}`)).toEqual([
      'A1:Zeeman:Piet',
      'B2:Claes:Ahmed',
      'B2:Claes:Noor',
      'B2:Wouters:Ali',
      'B10:Claes:Jan',
      'null:Aerts:Tom',
    ]);
  });
});
