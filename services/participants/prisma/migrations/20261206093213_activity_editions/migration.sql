-- Which activity is the next edition of which (the EARLIER_DROPOUT warning), from the activities feed.
-- CreateTable
CREATE TABLE "ActivityEdition" (
    "activityId" TEXT NOT NULL,
    "previousActivityId" TEXT NOT NULL,

    CONSTRAINT "ActivityEdition_pkey" PRIMARY KEY ("activityId")
);

-- CreateIndex
CREATE INDEX "ActivityEdition_previousActivityId_idx" ON "ActivityEdition"("previousActivityId");
