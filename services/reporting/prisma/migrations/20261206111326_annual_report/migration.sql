-- AlterTable
ALTER TABLE "ReportActivity" ADD COLUMN     "domain" TEXT;

-- AlterTable
ALTER TABLE "ReportEnrolment" ADD COLUMN     "gender" TEXT,
ADD COLUMN     "legalStatus" TEXT,
ADD COLUMN     "requestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReportParticipant" (
    "participantId" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "legalStatus" TEXT NOT NULL,

    CONSTRAINT "ReportParticipant_pkey" PRIMARY KEY ("participantId")
);

-- CreateTable
CREATE TABLE "ReportEnrolmentRequest" (
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportEnrolmentRequest_pkey" PRIMARY KEY ("participantId","activityId")
);

-- Activities read before this migration were projected without their domain: read the activities feed
-- again from its start, as the attendance migration did (each event is an upsert of the facts as they were
-- then; the activities feed carries no participant ids, so no pseudonym is touched). The participants feed
-- is not read again: its enrolments may carry pseudonyms by now, which a replay would undo. Enrolments
-- projected before this migration keep a null target group and request time; the report leaves them out of
-- the target-group table and the waiting times, and says so in those fields' descriptions.
DELETE FROM "ProcessedEvent" WHERE "producer" = 'activities';
DELETE FROM "FeedCursor" WHERE "producer" = 'activities';
