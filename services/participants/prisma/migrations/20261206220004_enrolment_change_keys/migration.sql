-- A withdrawal may carry the client's idempotency key (issue 18): kept on the history line it wrote, unique, so
-- that a retry after a lost answer finds that withdrawal instead of being refused. Earlier lines keep none.

-- AlterTable
ALTER TABLE "EnrolmentChange" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EnrolmentChange_idempotencyKey_key" ON "EnrolmentChange"("idempotencyKey");
