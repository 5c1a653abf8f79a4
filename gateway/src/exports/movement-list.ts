/** The movement list as the contract's operation answers it (contract/web/MovementList.graphql). */
export interface MovementListAnswer {
  date: string;
  sessions: {
    session: {
      id: string;
      startsAt: string;
      endsAt: string;
      location: { name: string } | null;
      activity: { id: string; title: string | null } | null;
    };
    participants: { id: string; detaineeNumber: string; firstName: string; lastName: string; section: string | null }[];
  }[];
}

/** What a printed or downloaded list says in its header. */
export interface ListHeading {
  prisonId: string;
  date: string;
}

const TIME = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A session's start and end as Belgian wall-clock times, HH:mm. */
export const hours = (session: { startsAt: string; endsAt: string }) => ({
  from: TIME.format(new Date(session.startsAt)),
  to: TIME.format(new Date(session.endsAt)),
});
