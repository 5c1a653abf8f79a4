-- CreateEnum
CREATE TYPE "ReviewCause" AS ENUM ('GENDER', 'LEGAL_STATUS');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'KEPT', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "EnrolmentReview" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "causes" "ReviewCause"[],
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "EnrolmentReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnrolmentReview_prisonId_status_openedAt_idx" ON "EnrolmentReview"("prisonId", "status", "openedAt");

-- CreateIndex
CREATE INDEX "EnrolmentReview_enrolmentId_idx" ON "EnrolmentReview"("enrolmentId");

-- CreateIndex
CREATE INDEX "EnrolmentReview_participantId_idx" ON "EnrolmentReview"("participantId");

-- AddForeignKey
ALTER TABLE "EnrolmentReview" ADD CONSTRAINT "EnrolmentReview_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one OPEN review per enrolment (Prisma cannot express a partial unique index): two changes of the
-- participant at once open one, and ON CONFLICT DO NOTHING lets the second go on.
CREATE UNIQUE INDEX "EnrolmentReview_one_open_per_enrolment" ON "EnrolmentReview"("enrolmentId") WHERE "status" = 'OPEN';
