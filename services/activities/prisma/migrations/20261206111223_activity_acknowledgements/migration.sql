-- CreateEnum
CREATE TYPE "ActivityWarningCode" AS ENUM ('NO_CURRENT_AGREEMENT');

-- CreateTable
CREATE TABLE "ActivityAcknowledgement" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "warnings" "ActivityWarningCode"[],
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityAcknowledgement_activityId_idx" ON "ActivityAcknowledgement"("activityId");

-- AddForeignKey
ALTER TABLE "ActivityAcknowledgement" ADD CONSTRAINT "ActivityAcknowledgement_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
