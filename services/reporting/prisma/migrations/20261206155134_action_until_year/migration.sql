-- AlterTable
ALTER TABLE "ReportAction" ADD COLUMN     "untilYear" INTEGER;
