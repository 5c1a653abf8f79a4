-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "untilYear" INTEGER;
