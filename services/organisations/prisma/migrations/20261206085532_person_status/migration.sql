-- CreateEnum
CREATE TYPE "PersonStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'SUSPENDED');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "status" "PersonStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "statusSince" DATE;
