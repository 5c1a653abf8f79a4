-- CreateEnum
CREATE TYPE "EnrolmentWarningCode" AS ENUM ('NON_ASSOCIATION', 'SCHEDULE_CLASH', 'EARLIER_DROPOUT', 'LANGUAGE');

-- AlterTable
ALTER TABLE "ActivityView" ADD COLUMN     "instructionLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "EnrolmentChange" ADD COLUMN     "acknowledgedWarnings" "EnrolmentWarningCode"[] DEFAULT ARRAY[]::"EnrolmentWarningCode"[];
