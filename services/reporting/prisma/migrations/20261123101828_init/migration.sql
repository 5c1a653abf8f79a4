-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActivityCategory" AS ENUM ('EDUCATIONAL', 'PSYCHOSOCIAL', 'SOCIOCULTURAL');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "ReportActivity" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSession" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "cancelled" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEnrolment" (
    "participantId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportEnrolment_pkey" PRIMARY KEY ("participantId","activityId")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "eventId" TEXT NOT NULL,
    "producer" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "FeedCursor" (
    "producer" TEXT NOT NULL,
    "cursor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedCursor_pkey" PRIMARY KEY ("producer")
);

-- CreateIndex
CREATE INDEX "ReportActivity_prisonId_category_idx" ON "ReportActivity"("prisonId", "category");

-- CreateIndex
CREATE INDEX "ReportSession_activityId_idx" ON "ReportSession"("activityId");

-- CreateIndex
CREATE INDEX "ReportSession_startsAt_idx" ON "ReportSession"("startsAt");

-- CreateIndex
CREATE INDEX "ReportEnrolment_activityId_idx" ON "ReportEnrolment"("activityId");
