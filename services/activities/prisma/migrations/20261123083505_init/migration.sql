-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('FLANDERS', 'BRUSSELS');

-- CreateEnum
CREATE TYPE "ActivityCategory" AS ENUM ('EDUCATIONAL', 'PSYCHOSOCIAL', 'SOCIOCULTURAL');

-- CreateEnum
CREATE TYPE "ActivityDomain" AS ENUM ('WELFARE', 'EDUCATION', 'SPORT', 'EMPLOYMENT', 'CULTURE', 'HEALTH');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('SUSPECT', 'CONVICTED', 'INTERNED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateTable
CREATE TABLE "Prison" (
    "id" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "Prison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "category" "ActivityCategory" NOT NULL,
    "domain" "ActivityDomain" NOT NULL,
    "titleNl" TEXT,
    "titleFr" TEXT,
    "titleEn" TEXT,
    "summaryNl" TEXT,
    "summaryFr" TEXT,
    "summaryEn" TEXT,
    "genders" "Gender"[],
    "legalStatuses" "LegalStatus"[],
    "instructionLanguages" TEXT[],
    "facilitatorIds" TEXT[],
    "capacity" INTEGER NOT NULL,
    "screeningRequired" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "objectives" TEXT[],
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "statusReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancellationReason" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Location_prisonId_name_key" ON "Location"("prisonId", "name");

-- CreateIndex
CREATE INDEX "Activity_prisonId_status_idx" ON "Activity"("prisonId", "status");

-- CreateIndex
CREATE INDEX "Activity_status_prisonId_category_idx" ON "Activity"("status", "prisonId", "category");

-- CreateIndex
CREATE INDEX "Session_activityId_startsAt_idx" ON "Session"("activityId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_locationId_startsAt_idx" ON "Session"("locationId", "startsAt");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_prisonId_fkey" FOREIGN KEY ("prisonId") REFERENCES "Prison"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_prisonId_fkey" FOREIGN KEY ("prisonId") REFERENCES "Prison"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
