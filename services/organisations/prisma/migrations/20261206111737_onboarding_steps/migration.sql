-- CreateEnum
CREATE TYPE "OnboardingStepKind" AS ENUM ('PRISON_ACCESS_PERMIT', 'TRAINING', 'CHARTER', 'WELCOME_TALK');

-- CreateTable
CREATE TABLE "OnboardingStep" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "step" "OnboardingStepKind" NOT NULL,
    "plannedOn" DATE,
    "doneOn" DATE,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnboardingStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingStep_personId_step_key" ON "OnboardingStep"("personId", "step");

-- AddForeignKey
ALTER TABLE "OnboardingStep" ADD CONSTRAINT "OnboardingStep_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
