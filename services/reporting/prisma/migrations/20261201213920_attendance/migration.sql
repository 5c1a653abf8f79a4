-- AlterTable
ALTER TABLE "ReportActivity" ADD COLUMN     "organisationId" TEXT;

-- AlterTable: the session's status replaces the cancelled flag, keeping what the flag said until the
-- feed is read again below (HELD is known from SessionHeld events only, which start with this change).
ALTER TABLE "ReportSession" ADD COLUMN     "cancellationReason" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'SCHEDULED';
UPDATE "ReportSession" SET "status" = 'CANCELLED', "cancellationReason" = 'OTHER' WHERE "cancelled";
ALTER TABLE "ReportSession" DROP COLUMN "cancelled";

-- CreateTable
CREATE TABLE "ReportAttendance" (
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "absenceReason" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportAttendance_pkey" PRIMARY KEY ("sessionId","participantId")
);

-- CreateTable
CREATE TABLE "ReportFollowUp" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "absencesInRow" INTEGER,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "reasons" TEXT[],
    "outcome" TEXT,
    "heldOn" DATE,
    "cause" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ReportFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportAttendance_activityId_idx" ON "ReportAttendance"("activityId");

-- CreateIndex
CREATE INDEX "ReportAttendance_participantId_idx" ON "ReportAttendance"("participantId");

-- CreateIndex
CREATE INDEX "ReportFollowUp_prisonId_openedAt_idx" ON "ReportFollowUp"("prisonId", "openedAt");

-- CreateIndex
CREATE INDEX "ReportFollowUp_participantId_idx" ON "ReportFollowUp"("participantId");

-- Activities read before this migration were projected without their organisation, and cancellations
-- without their reason code. Read the activities feed again from its start: forgetting its processed
-- events and cursor makes every event apply once more, in feed order, and each one is an upsert of the
-- activity's or session's facts as they were then, so the rows end as the feed's latest events say, now
-- with organisationId and cancellationReason. The activities feed carries no participant ids, so no
-- pseudonym is touched.
DELETE FROM "ProcessedEvent" WHERE "producer" = 'activities';
DELETE FROM "FeedCursor" WHERE "producer" = 'activities';
