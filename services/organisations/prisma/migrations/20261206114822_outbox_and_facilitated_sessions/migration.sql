-- CreateEnum
CREATE TYPE "FacilitatedSessionStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "position" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "transactionId" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("position")
);

-- CreateTable
CREATE TABLE "FeedCursor" (
    "producer" TEXT NOT NULL,
    "cursor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedCursor_pkey" PRIMARY KEY ("producer")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "eventId" TEXT NOT NULL,
    "producer" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "DeadLetterEvent" (
    "id" TEXT NOT NULL,
    "producer" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadLetterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilitatedActivity" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "facilitatorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FacilitatedActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilitatedSession" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "FacilitatedSessionStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FacilitatedSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "OutboxEvent_transactionId_position_idx" ON "OutboxEvent"("transactionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DeadLetterEvent_producer_eventId_key" ON "DeadLetterEvent"("producer", "eventId");

-- CreateIndex
CREATE INDEX "FacilitatedActivity_prisonId_idx" ON "FacilitatedActivity"("prisonId");

-- CreateIndex
CREATE INDEX "FacilitatedActivity_facilitatorIds_idx" ON "FacilitatedActivity" USING GIN ("facilitatorIds");

-- CreateIndex
CREATE INDEX "FacilitatedSession_activityId_status_idx" ON "FacilitatedSession"("activityId", "status");

-- CreateIndex
CREATE INDEX "FacilitatedSession_status_startsAt_idx" ON "FacilitatedSession"("status", "startsAt");
