import { hours, type ListHeading, type MovementListAnswer } from './movement-list';

// The movement list as CSV (RFC 4180): one row per participant and session, in the order of the list.

export const CSV_COLUMNS = ['date', 'prison', 'start', 'end', 'room', 'activity', 'section', 'lastName', 'firstName', 'detaineeNumber'];

/**
 * One field: quoted when it holds a separator, quote or line break; a text a spreadsheet would read as a
 * formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe so it stays a text.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function movementListCsv(list: MovementListAnswer, heading: ListHeading): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { session, participants } of list.sessions) {
    const { from, to } = hours(session);
    for (const p of participants)
      lines.push(
        [
          list.date,
          heading.prisonId,
          from,
          to,
          session.location?.name,
          session.activity?.title,
          p.section,
          p.lastName,
          p.firstName,
          p.detaineeNumber,
        ]
          .map(csvField)
          .join(','),
      );
  }
  return `${lines.join('\r\n')}\r\n`;
}
