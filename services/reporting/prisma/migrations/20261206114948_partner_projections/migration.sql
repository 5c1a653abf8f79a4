-- CreateTable
CREATE TABLE "ReportFacilitation" (
    "activityId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "facilitatorIds" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportFacilitation_pkey" PRIMARY KEY ("activityId")
);

-- CreateTable
CREATE TABLE "ReportOrganisation" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prisonIds" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAgreement" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prisonIds" TEXT[],
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "ReportAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPerson" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPersonStatus" (
    "personId" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "ReportPersonStatus_pkey" PRIMARY KEY ("personId","since")
);

-- CreateTable
CREATE TABLE "ReportVolunteerHours" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "ReportVolunteerHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAction" (
    "id" TEXT NOT NULL,
    "actionPlanId" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportFacilitation_prisonId_idx" ON "ReportFacilitation"("prisonId");

-- CreateIndex
CREATE INDEX "ReportOrganisation_prisonIds_idx" ON "ReportOrganisation" USING GIN ("prisonIds");

-- CreateIndex
CREATE INDEX "ReportAgreement_organisationId_idx" ON "ReportAgreement"("organisationId");

-- CreateIndex
CREATE INDEX "ReportPerson_organisationId_idx" ON "ReportPerson"("organisationId");

-- CreateIndex
CREATE INDEX "ReportVolunteerHours_prisonId_date_idx" ON "ReportVolunteerHours"("prisonId", "date");

-- CreateIndex
CREATE INDEX "ReportAction_prisonId_year_idx" ON "ReportAction"("prisonId", "year");

-- Activities read before this migration were projected without their facilitators, whose held sessions
-- are volunteer hours. Read the activities feed again from its start: every event applies once more, in
-- feed order, as an upsert of the facts as they were then, so the rows end as the latest events say, now
-- with ReportFacilitation. The activities feed carries no participant ids, so no pseudonym is touched.
DELETE FROM "ProcessedEvent" WHERE "producer" = 'activities';
DELETE FROM "FeedCursor" WHERE "producer" = 'activities';
