-- CreateEnum
CREATE TYPE "NonAssociationReason" AS ENUM ('CO_ACCUSED', 'VIOLENCE', 'THREAT', 'BULLYING', 'GANG_RELATED', 'VICTIM_AND_PERPETRATOR', 'JUDICIAL_ORDER', 'OTHER');

-- CreateEnum
CREATE TYPE "NonAssociationAction" AS ENUM ('OPENED', 'CLOSED', 'REOPENED');

-- CreateTable
CREATE TABLE "NonAssociation" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "participantAId" TEXT NOT NULL,
    "participantBId" TEXT NOT NULL,
    "reason" "NonAssociationReason" NOT NULL,
    "note" TEXT,
    "openedBy" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NonAssociation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NonAssociationChange" (
    "id" TEXT NOT NULL,
    "nonAssociationId" TEXT NOT NULL,
    "action" "NonAssociationAction" NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,

    CONSTRAINT "NonAssociationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NonAssociation_participantAId_idx" ON "NonAssociation"("participantAId");

-- CreateIndex
CREATE INDEX "NonAssociation_participantBId_idx" ON "NonAssociation"("participantBId");

-- CreateIndex
CREATE INDEX "NonAssociation_prisonId_openedAt_idx" ON "NonAssociation"("prisonId", "openedAt");

-- CreateIndex
CREATE INDEX "NonAssociationChange_nonAssociationId_at_idx" ON "NonAssociationChange"("nonAssociationId", "at");

-- AddForeignKey
ALTER TABLE "NonAssociationChange" ADD CONSTRAINT "NonAssociationChange_nonAssociationId_fkey" FOREIGN KEY ("nonAssociationId") REFERENCES "NonAssociation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One open non-association per pair (stored in id order, so A-B and B-A are one key), and the pair is two
-- people: the database refuses a second open record of the same pair, whatever the concurrency.
CREATE UNIQUE INDEX "NonAssociation_one_open_per_pair" ON "NonAssociation"("participantAId", "participantBId")
  WHERE "closedAt" IS NULL;
ALTER TABLE "NonAssociation" ADD CONSTRAINT "NonAssociation_pair_ordered" CHECK ("participantAId" < "participantBId");
