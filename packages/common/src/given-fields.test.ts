import { givenFields } from './given-fields';

describe('givenFields', () => {
  it('keeps what was given, including false, 0 and empty lists', () => {
    expect(givenFields({ a: false, b: 0, c: [], d: '' })).toEqual({ a: false, b: 0, c: [], d: '' });
  });

  it('drops fields left out or sent as null', () => {
    expect(givenFields({ a: undefined, b: null, c: 'x' })).toEqual({ c: 'x' });
  });
});
