-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceCode" AS ENUM ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'REFUSED', 'CLASH', 'NOT_REQUIRED', 'SESSION_CANCELLED');

-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('SICK', 'COURT', 'LAWYER', 'VISIT', 'WORK', 'OTHER_ACTIVITY', 'NOT_BROUGHT_BY_PRISON', 'SECURITY_MEASURE', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE', 'CLOSED');

-- CreateEnum
CREATE TYPE "FollowUpTrigger" AS ENUM ('DROPPED_OUT', 'ABSENCES');

-- CreateEnum
CREATE TYPE "DropoutReason" AS ENUM ('SCHEDULE_CLASH_WORK', 'SCHEDULE_CLASH_VISIT', 'SCHEDULE_CLASH_OTHER_ACTIVITY', 'NOT_BROUGHT_BY_PRISON', 'CONTENT', 'LEVEL', 'LANGUAGE', 'GROUP', 'FACILITATOR', 'HEALTH', 'MOTIVATION', 'PERSONAL_CIRCUMSTANCES', 'SECURITY_MEASURE', 'OTHER');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('NOT_SUITABLE', 'NOT_READY', 'SECURITY_ADVICE', 'NO_LONGER_INTERESTED', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpOutcome" AS ENUM ('RESUMED', 'NEXT_EDITION', 'REFERRED_TO_OTHER_ACTIVITY', 'REFERRED_TO_INDIVIDUAL_SUPPORT', 'NO_FURTHER_ACTION', 'DECLINED_CONVERSATION');

-- AlterTable
ALTER TABLE "EnrolmentChange" ADD COLUMN     "dropoutReason" "DropoutReason",
ADD COLUMN     "rejectionReason" "RejectionReason";

-- CreateTable
CREATE TABLE "SessionView" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "SessionStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceMark" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "code" "AttendanceCode" NOT NULL,
    "absenceReason" "AbsenceReason",
    "note" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AttendanceMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceMarkChange" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "previousCode" "AttendanceCode",
    "code" "AttendanceCode",
    "absenceReason" "AbsenceReason",
    "note" TEXT,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotencyKey" TEXT,

    CONSTRAINT "AttendanceMarkChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceRecording" (
    "idempotencyKey" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantIds" TEXT[],
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttendanceRecording_pkey" PRIMARY KEY ("idempotencyKey")
);

-- CreateTable
CREATE TABLE "DropoutFollowUp" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "trigger" "FollowUpTrigger" NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "absencesInRow" INTEGER,
    "closedAt" TIMESTAMP(3),
    "closedCause" TEXT,
    "conversationHeldOn" DATE,
    "conversationReasons" "DropoutReason"[] DEFAULT ARRAY[]::"DropoutReason"[],
    "conversationOutcome" "FollowUpOutcome",
    "conversationNote" TEXT,
    "recordedBy" TEXT,
    "recordedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DropoutFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionView_activityId_startsAt_idx" ON "SessionView"("activityId", "startsAt");

-- CreateIndex
CREATE INDEX "SessionView_prisonId_startsAt_idx" ON "SessionView"("prisonId", "startsAt");

-- CreateIndex
CREATE INDEX "AttendanceMark_enrolmentId_idx" ON "AttendanceMark"("enrolmentId");

-- CreateIndex
CREATE INDEX "AttendanceMark_participantId_idx" ON "AttendanceMark"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceMark_sessionId_participantId_key" ON "AttendanceMark"("sessionId", "participantId");

-- CreateIndex
CREATE INDEX "AttendanceMarkChange_sessionId_participantId_at_idx" ON "AttendanceMarkChange"("sessionId", "participantId", "at");

-- CreateIndex
CREATE INDEX "AttendanceMarkChange_participantId_idx" ON "AttendanceMarkChange"("participantId");

-- CreateIndex
CREATE INDEX "AttendanceRecording_sessionId_idx" ON "AttendanceRecording"("sessionId");

-- CreateIndex
CREATE INDEX "DropoutFollowUp_prisonId_status_openedAt_idx" ON "DropoutFollowUp"("prisonId", "status", "openedAt");

-- CreateIndex
CREATE INDEX "DropoutFollowUp_enrolmentId_idx" ON "DropoutFollowUp"("enrolmentId");

-- CreateIndex
CREATE INDEX "DropoutFollowUp_participantId_idx" ON "DropoutFollowUp"("participantId");

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SessionView"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropoutFollowUp" ADD CONSTRAINT "DropoutFollowUp_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropoutFollowUp" ADD CONSTRAINT "DropoutFollowUp_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One OPEN follow-up per enrolment, whatever the concurrency (not expressible in Prisma's schema): an
-- opening that loses the race conflicts here and is tolerated by openFollowUp.
CREATE UNIQUE INDEX "DropoutFollowUp_one_open_per_enrolment" ON "DropoutFollowUp"("enrolmentId")
  WHERE "status" = 'OPEN';

-- An absence reason belongs to an excused absence, and an excused absence has one.
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_absence_reason_only_when_excused"
  CHECK (("code" = 'ABSENT_EXCUSED') = ("absenceReason" IS NOT NULL));
