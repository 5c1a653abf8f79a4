-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('STRUCTURAL_PARTNER', 'PARTNER', 'VOLUNTEER_ORGANISATION');

-- CreateEnum
CREATE TYPE "ActivityDomain" AS ENUM ('WELFARE', 'EDUCATION', 'SPORT', 'EMPLOYMENT', 'CULTURE', 'HEALTH');

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('TRAJECTORY_COUNSELLOR', 'THERAPIST', 'TEACHER', 'SPORT_MONITOR', 'TRAINER', 'VOLUNTEER', 'COORDINATOR', 'OTHER');

-- CreateEnum
CREATE TYPE "ClearanceKind" AS ENUM ('PRISON_ACCESS', 'TRAINING', 'CHARTER');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "domains" "ActivityDomain"[],
    "prisonIds" TEXT[],
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "role" "PersonRole" NOT NULL,
    "languages" TEXT[],
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clearance" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "ClearanceKind" NOT NULL,
    "prisonId" TEXT,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedBy" TEXT NOT NULL,

    CONSTRAINT "Clearance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_prisonIds_idx" ON "Organisation" USING GIN ("prisonIds");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Clearance_personId_idx" ON "Clearance"("personId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clearance" ADD CONSTRAINT "Clearance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
