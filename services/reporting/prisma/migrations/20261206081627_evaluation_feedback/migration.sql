-- CreateTable
CREATE TABLE "ReportFeedbackForm" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "learned" INTEGER NOT NULL,
    "atmosphere" INTEGER NOT NULL,
    "wouldRecommend" BOOLEAN NOT NULL,

    CONSTRAINT "ReportFeedbackForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportEvaluation" (
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "results" TEXT[],
    "evaluatedOn" DATE NOT NULL,

    CONSTRAINT "ReportEvaluation_pkey" PRIMARY KEY ("activityId")
);

-- CreateIndex
CREATE INDEX "ReportFeedbackForm_activityId_idx" ON "ReportFeedbackForm"("activityId");
