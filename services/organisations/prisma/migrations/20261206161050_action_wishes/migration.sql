-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "wishIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "KnownWish" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownWish_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnownWish_assessmentId_idx" ON "KnownWish"("assessmentId");

-- CreateIndex
CREATE INDEX "KnownWish_prisonId_idx" ON "KnownWish"("prisonId");
