-- CreateTable
CREATE TABLE "ReportParticipantExit" (
    "participantId" TEXT NOT NULL,
    "leftAt" TIMESTAMP(3) NOT NULL,
    "pseudonymisedAt" TIMESTAMP(3),

    CONSTRAINT "ReportParticipantExit_pkey" PRIMARY KEY ("participantId")
);

-- CreateIndex
CREATE INDEX "ReportParticipantExit_leftAt_idx" ON "ReportParticipantExit"("leftAt");

-- Releases and transfers read before this migration were marked processed but not projected, so their
-- exits would never be known and those participants never pseudonymised. Read the participants feed again
-- from its start: forgetting its processed events and cursor makes every event apply once more, which adds
-- the exits and changes nothing else (an enrolment is kept once per participant and activity, and a
-- replayed one is skipped). Retention comes with this migration, so no pseudonym exists yet to undo.
DELETE FROM "ProcessedEvent" WHERE "producer" = 'participants';
DELETE FROM "FeedCursor" WHERE "producer" = 'participants';
