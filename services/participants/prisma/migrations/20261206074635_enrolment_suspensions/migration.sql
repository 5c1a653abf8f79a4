-- CreateEnum
CREATE TYPE "SuspensionReason" AS ENUM ('ISOLATION', 'HOSPITAL', 'COURT', 'SECURITY_MEASURE', 'OTHER');

-- CreateTable
CREATE TABLE "EnrolmentSuspension" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "until" DATE NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "reason" "SuspensionReason" NOT NULL,
    "note" TEXT,
    "suspendedBy" TEXT NOT NULL,
    "suspendedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resumedBy" TEXT,
    "resumedAt" TIMESTAMP(3),

    CONSTRAINT "EnrolmentSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnrolmentSuspension_activityId_startsAt_idx" ON "EnrolmentSuspension"("activityId", "startsAt");

-- CreateIndex
CREATE INDEX "EnrolmentSuspension_enrolmentId_startsAt_idx" ON "EnrolmentSuspension"("enrolmentId", "startsAt");

-- CreateIndex
CREATE INDEX "EnrolmentSuspension_participantId_idx" ON "EnrolmentSuspension"("participantId");

-- CreateIndex
CREATE INDEX "EnrolmentSuspension_prisonId_startsAt_idx" ON "EnrolmentSuspension"("prisonId", "startsAt");

-- AddForeignKey
ALTER TABLE "EnrolmentSuspension" ADD CONSTRAINT "EnrolmentSuspension_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
