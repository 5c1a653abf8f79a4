// The rules a kill must not break, checked over plain rows read from the deployment's databases after the
// kill run (infra/deploy/chaos.mjs reads them). Each check returns the problems it found, as sentences
// with ids only (nothing personal); none: the rule holds. The rules are those the databases and the
// participants service keep (services/participants/prisma/schema.prisma, enrolment.repository.ts):

const groupBy = (rows, key) => {
  const groups = new Map();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/** No activity has more ENROLLED than its capacity (activities: { id, capacity }). */
function capacityProblems(activities, enrolments) {
  const enrolled = groupBy(
    enrolments.filter(({ status }) => status === 'ENROLLED'),
    ({ activityId }) => activityId,
  );
  return activities
    .filter(({ id, capacity }) => (enrolled.get(id)?.length ?? 0) > capacity)
    .map(({ id, capacity }) => `activity ${id}: ${enrolled.get(id).length} enrolled, capacity ${capacity}`);
}

/** Each activity's waiting list holds positions 1..n, each once; no one off the list keeps a position. */
function waitingListProblems(enrolments) {
  const problems = [];
  for (const [activityId, waiting] of groupBy(
    enrolments.filter(({ status }) => status === 'WAITLISTED'),
    ({ activityId }) => activityId,
  )) {
    const positions = waiting.map(({ waitlistPosition }) => waitlistPosition).sort((a, b) => a - b);
    if (positions.some((position, index) => position !== index + 1))
      problems.push(`activity ${activityId}: waiting-list positions ${positions.join(',')} are not 1..${positions.length}`);
  }
  for (const { id, status, waitlistPosition } of enrolments)
    if (status !== 'WAITLISTED' && waitlistPosition !== null && waitlistPosition !== undefined)
      problems.push(`enrolment ${id}: ${status} with waiting-list position ${waitlistPosition}`);
  return problems;
}

const OPEN_STATUSES = ['REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED'];

/** At most one open enrolment per participant and activity. */
function openEnrolmentProblems(enrolments) {
  return [
    ...groupBy(
      enrolments.filter(({ status }) => OPEN_STATUSES.includes(status)),
      ({ participantId, activityId }) => `${participantId} ${activityId}`,
    ),
  ]
    .filter(([, rows]) => rows.length > 1)
    .map(([, rows]) => `participant ${rows[0].participantId}: ${rows.length} open enrolments in activity ${rows[0].activityId}`);
}

/** One mark per participant and session (marks: { sessionId, participantId }). */
function markProblems(marks) {
  return [...groupBy(marks, ({ sessionId, participantId }) => `${sessionId} ${participantId}`)]
    .filter(([, rows]) => rows.length > 1)
    .map(([, rows]) => `session ${rows[0].sessionId}: ${rows.length} marks for participant ${rows[0].participantId}`);
}

/** One open follow-up per enrolment, i.e. per streak of absences or dropout (followUps: { enrolmentId, status }). */
function followUpProblems(followUps) {
  return [
    ...groupBy(
      followUps.filter(({ status }) => status === 'OPEN'),
      ({ enrolmentId }) => enrolmentId,
    ),
  ]
    .filter(([, rows]) => rows.length > 1)
    .map(([enrolmentId, rows]) => `enrolment ${enrolmentId}: ${rows.length} open follow-ups`);
}

/**
 * Every write the client got an OK for is there. acknowledged: { enrolments: [{ id, idempotencyKey }],
 * withdrawals: [id], recordings: [{ idempotencyKey, sessionId, participantIds }] }; stored: { enrolments
 * (rows with id, idempotencyKey, status), recordings ([{ idempotencyKey }]), marks ([{ sessionId, participantId }]) }.
 */
function lostWriteProblems(acknowledged, stored) {
  const problems = [];
  const enrolments = new Map(stored.enrolments.map((row) => [row.id, row]));
  for (const { id, idempotencyKey } of acknowledged.enrolments) {
    const row = enrolments.get(id);
    if (!row) problems.push(`acknowledged enrolment ${id} is missing`);
    else if (row.idempotencyKey !== idempotencyKey) problems.push(`acknowledged enrolment ${id} carries another request's key`);
  }
  for (const id of acknowledged.withdrawals)
    if (enrolments.get(id)?.status !== 'WITHDRAWN')
      problems.push(`acknowledged withdrawal of ${id}: the enrolment is ${enrolments.get(id)?.status ?? 'missing'}`);
  const recordings = new Set(stored.recordings.map(({ idempotencyKey }) => idempotencyKey));
  const marks = new Set(stored.marks.map(({ sessionId, participantId }) => `${sessionId} ${participantId}`));
  for (const { idempotencyKey, sessionId, participantIds } of acknowledged.recordings) {
    if (!recordings.has(idempotencyKey)) problems.push(`acknowledged roll call ${idempotencyKey} is not recorded`);
    for (const participantId of participantIds)
      if (!marks.has(`${sessionId} ${participantId}`))
        problems.push(`session ${sessionId}: the acknowledged mark of ${participantId} is missing`);
  }
  return problems;
}

/** Rows as comparable text: every column but those named in `ignore`, keys sorted. */
const rowKey = (row, ignore) =>
  JSON.stringify(
    Object.keys(row)
      .filter((column) => !ignore.includes(column))
      .sort()
      .map((column) => [column, row[column] instanceof Date ? row[column].toISOString() : row[column]]),
  );

/**
 * The projection equals the replay: per table, the same rows (as multisets), columns in `ignore` (the time a
 * row was written, which a replay cannot repeat) left out. live, replay: { table: rows }.
 */
function replayProblems(live, replay, ignore = []) {
  const problems = [];
  for (const table of [...new Set([...Object.keys(live), ...Object.keys(replay)])].sort()) {
    const count = (rows) => {
      const counts = new Map();
      for (const row of rows ?? []) counts.set(rowKey(row, ignore), (counts.get(rowKey(row, ignore)) ?? 0) + 1);
      return counts;
    };
    const [a, b] = [count(live[table]), count(replay[table])];
    let onlyLive = 0;
    let onlyReplay = 0;
    for (const [key, n] of a) onlyLive += Math.max(0, n - (b.get(key) ?? 0));
    for (const [key, n] of b) onlyReplay += Math.max(0, n - (a.get(key) ?? 0));
    if (onlyLive || onlyReplay)
      problems.push(
        `${table}: ${onlyLive} rows only in the projection, ${onlyReplay} only in the replay (${live[table]?.length ?? 0} vs ${replay[table]?.length ?? 0})`,
      );
  }
  return problems;
}

module.exports = {
  capacityProblems,
  waitingListProblems,
  openEnrolmentProblems,
  markProblems,
  followUpProblems,
  lostWriteProblems,
  replayProblems,
};
