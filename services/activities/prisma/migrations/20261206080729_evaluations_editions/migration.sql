-- CreateEnum
CREATE TYPE "ObjectiveResult" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET');

-- CreateEnum
CREATE TYPE "EvaluationDecision" AS ENUM ('CONTINUE', 'ADJUST', 'STOP');

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "objectives" JSONB NOT NULL,
    "worked" TEXT,
    "adjustments" TEXT,
    "decision" "EvaluationDecision" NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "evaluatedBy" TEXT NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationChange" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "objectives" JSONB NOT NULL,
    "worked" TEXT,
    "adjustments" TEXT,
    "decision" "EvaluationDecision" NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "evaluatedBy" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "nextId" TEXT NOT NULL,
    "previousId" TEXT NOT NULL,
    "plannedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("nextId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_activityId_key" ON "Evaluation"("activityId");

-- CreateIndex
CREATE INDEX "EvaluationChange_evaluationId_replacedAt_idx" ON "EvaluationChange"("evaluationId", "replacedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_previousId_key" ON "Edition"("previousId");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationChange" ADD CONSTRAINT "EvaluationChange_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
