-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "securityAdviceRequired" BOOLEAN NOT NULL DEFAULT false;
