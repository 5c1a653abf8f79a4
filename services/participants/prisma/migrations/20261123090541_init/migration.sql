-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('SUSPECT', 'CONVICTED', 'INTERNED');

-- CreateEnum
CREATE TYPE "CustodyStatus" AS ENUM ('IN_CUSTODY', 'RELEASED', 'TRANSFERRED');

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "detaineeNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "legalStatus" "LegalStatus" NOT NULL,
    "languages" TEXT[],
    "section" TEXT,
    "status" "CustodyStatus" NOT NULL DEFAULT 'IN_CUSTODY',
    "transferredTo" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "position" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "transactionId" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("position")
);

-- CreateIndex
CREATE INDEX "Participant_prisonId_lastName_firstName_idx" ON "Participant"("prisonId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_prisonId_detaineeNumber_key" ON "Participant"("prisonId", "detaineeNumber");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "OutboxEvent_transactionId_position_idx" ON "OutboxEvent"("transactionId", "position");
