-- CreateEnum
CREATE TYPE "SecurityAdviceStatus" AS ENUM ('PENDING', 'GIVEN', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SecurityAdvice" AS ENUM ('FAVOURABLE', 'FAVOURABLE_WITH_CONDITIONS', 'UNFAVOURABLE');

-- AlterEnum
ALTER TYPE "EnrolmentWarningCode" ADD VALUE 'UNFAVOURABLE_ADVICE';

-- AlterTable
ALTER TABLE "ActivityView" ADD COLUMN     "securityAdviceRequired" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SecurityAdviceRequest" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "status" "SecurityAdviceStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueOn" DATE NOT NULL,
    "advice" "SecurityAdvice",
    "conditions" TEXT,
    "reason" TEXT,
    "givenBy" TEXT,
    "givenAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SecurityAdviceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SecurityAdviceRequest_enrolmentId_key" ON "SecurityAdviceRequest"("enrolmentId");

-- CreateIndex
CREATE INDEX "SecurityAdviceRequest_prisonId_status_dueOn_idx" ON "SecurityAdviceRequest"("prisonId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "SecurityAdviceRequest_participantId_idx" ON "SecurityAdviceRequest"("participantId");
