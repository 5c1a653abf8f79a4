-- CreateEnum
CREATE TYPE "NeedsAssessmentMethod" AS ENUM ('SURVEY', 'GROUP_TALK', 'INTERVIEWS', 'REQUESTS_RECEIVED', 'OTHER');

-- CreateTable
CREATE TABLE "NeedsAssessment" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "conductedFrom" DATE NOT NULL,
    "conductedUntil" DATE NOT NULL,
    "method" "NeedsAssessmentMethod" NOT NULL,
    "respondents" INTEGER NOT NULL,
    "genders" "Gender"[],
    "legalStatuses" "LegalStatus"[],
    "languages" TEXT[],
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NeedsAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wish" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "topicNl" TEXT,
    "topicFr" TEXT,
    "topicEn" TEXT,
    "domain" "ActivityDomain" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Wish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityWish" (
    "activityId" TEXT NOT NULL,
    "wishId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityWish_pkey" PRIMARY KEY ("activityId","wishId")
);

-- CreateIndex
CREATE INDEX "NeedsAssessment_prisonId_conductedUntil_idx" ON "NeedsAssessment"("prisonId", "conductedUntil");

-- CreateIndex
CREATE INDEX "Wish_assessmentId_position_idx" ON "Wish"("assessmentId", "position");

-- CreateIndex
CREATE INDEX "ActivityWish_wishId_idx" ON "ActivityWish"("wishId");

-- AddForeignKey
ALTER TABLE "NeedsAssessment" ADD CONSTRAINT "NeedsAssessment_prisonId_fkey" FOREIGN KEY ("prisonId") REFERENCES "Prison"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "NeedsAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityWish" ADD CONSTRAINT "ActivityWish_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityWish" ADD CONSTRAINT "ActivityWish_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
