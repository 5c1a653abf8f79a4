-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('RECOGNITION', 'COOPERATION_AGREEMENT', 'VOLUNTEER_AGREEMENT');

-- CreateEnum
CREATE TYPE "VolunteerHoursKind" AS ENUM ('PREPARATION', 'TRAINING', 'SUPERVISION', 'OTHER');

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "prisonIds" TEXT[],
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "documentReference" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerHours" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "kind" "VolunteerHoursKind" NOT NULL,
    "note" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolunteerHours_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Agreement_organisationId_idx" ON "Agreement"("organisationId");

-- CreateIndex
CREATE INDEX "VolunteerHours_organisationId_prisonId_date_idx" ON "VolunteerHours"("organisationId", "prisonId", "date");

-- CreateIndex
CREATE INDEX "VolunteerHours_personId_idx" ON "VolunteerHours"("personId");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerHours" ADD CONSTRAINT "VolunteerHours_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
