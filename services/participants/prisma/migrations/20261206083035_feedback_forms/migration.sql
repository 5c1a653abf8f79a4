-- CreateTable
CREATE TABLE "FeedbackForm" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "learned" INTEGER NOT NULL,
    "atmosphere" INTEGER NOT NULL,
    "wouldRecommend" BOOLEAN NOT NULL,
    "comment" TEXT,

    CONSTRAINT "FeedbackForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedbackForm_activityId_idx" ON "FeedbackForm"("activityId");

-- CreateIndex
CREATE INDEX "FeedbackForm_receivedOn_idx" ON "FeedbackForm"("receivedOn");
