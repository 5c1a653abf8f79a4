-- AlterTable
ALTER TABLE "Clearance" ADD COLUMN     "grantedUntil" DATE,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnBy" TEXT,
ADD COLUMN     "withdrawnFrom" DATE;
