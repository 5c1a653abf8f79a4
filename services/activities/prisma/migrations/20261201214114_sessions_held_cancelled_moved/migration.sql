-- CreateEnum
CREATE TYPE "CancellationReason" AS ENUM ('LOCKDOWN', 'STRIKE', 'FACILITATOR_ABSENT', 'ROOM_UNAVAILABLE', 'TOO_FEW_PARTICIPANTS', 'PRISON_REGIME', 'OTHER');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "attendanceRecordedAt" TIMESTAMP(3),
ADD COLUMN     "cancellationReasonCode" "CancellationReason";

-- CreateTable
CREATE TABLE "FeedCursor" (
    "producer" TEXT NOT NULL,
    "cursor" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedCursor_pkey" PRIMARY KEY ("producer")
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

-- CreateIndex
CREATE INDEX "DeadLetterEvent_producer_receivedAt_idx" ON "DeadLetterEvent"("producer", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeadLetterEvent_producer_eventId_key" ON "DeadLetterEvent"("producer", "eventId");

-- CreateIndex
CREATE INDEX "Session_status_endsAt_idx" ON "Session"("status", "endsAt");
