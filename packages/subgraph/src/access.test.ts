import { actorOf } from './access';

describe('actorOf', () => {
  it('names a user by subject, a service by name', () => {
    expect(actorOf({ kind: 'user', sub: 'person-7', roles: ['COORDINATOR'], prisons: ['HAREN'] })).toBe('person-7');
    expect(actorOf({ kind: 'service', service: 'participants' })).toBe('service:participants');
    expect(actorOf({ kind: 'anonymous' })).toBe('anonymous');
  });
});
