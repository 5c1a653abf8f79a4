-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED', 'COMPLETED', 'DROPPED_OUT', 'WITHDRAWN', 'REJECTED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED', 'CANCELLED');

-- AlterTable
ALTER TABLE "OutboxEvent" ALTER COLUMN "transactionId" SET DEFAULT (pg_current_xact_id())::text::bigint;

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "requestedBy" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrolmentChange" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "from" "EnrolmentStatus",
    "to" "EnrolmentStatus" NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "EnrolmentChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityView" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "screeningRequired" BOOLEAN NOT NULL,
    "genders" "Gender"[],
    "legalStatuses" "LegalStatus"[],
    "endsOn" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedCursor" (
    "producer" TEXT NOT NULL,
    "cursor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedCursor_pkey" PRIMARY KEY ("producer")
);

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_idempotencyKey_key" ON "Enrolment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Enrolment_activityId_status_idx" ON "Enrolment"("activityId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_participantId_idx" ON "Enrolment"("participantId");

-- CreateIndex
CREATE INDEX "EnrolmentChange_enrolmentId_at_idx" ON "EnrolmentChange"("enrolmentId", "at");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentChange" ADD CONSTRAINT "EnrolmentChange_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One open enrolment per participant and activity, whatever the concurrency (not expressible in Prisma's schema).
CREATE UNIQUE INDEX "Enrolment_one_open_per_activity" ON "Enrolment"("participantId", "activityId")
  WHERE "status" IN ('REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED');
