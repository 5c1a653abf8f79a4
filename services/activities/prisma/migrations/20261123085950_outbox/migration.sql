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
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "OutboxEvent_transactionId_position_idx" ON "OutboxEvent"("transactionId", "position");
