-- CreateTable
CREATE TABLE "ReportNeedsAssessment" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "conductedFrom" DATE NOT NULL,
    "conductedUntil" DATE NOT NULL,
    "method" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL,
    "genders" TEXT[],
    "legalStatuses" TEXT[],
    "languages" TEXT[],

    CONSTRAINT "ReportNeedsAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportWish" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReportWish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportActivityWish" (
    "activityId" TEXT NOT NULL,
    "wishId" TEXT NOT NULL,

    CONSTRAINT "ReportActivityWish_pkey" PRIMARY KEY ("activityId","wishId")
);

-- CreateIndex
CREATE INDEX "ReportNeedsAssessment_prisonId_conductedUntil_idx" ON "ReportNeedsAssessment"("prisonId", "conductedUntil");

-- CreateIndex
CREATE INDEX "ReportWish_assessmentId_idx" ON "ReportWish"("assessmentId");

-- CreateIndex
CREATE INDEX "ReportActivityWish_wishId_idx" ON "ReportActivityWish"("wishId");
