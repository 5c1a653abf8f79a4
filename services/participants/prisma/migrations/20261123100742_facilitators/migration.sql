-- AlterTable
ALTER TABLE "ActivityView" ADD COLUMN     "facilitatorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
