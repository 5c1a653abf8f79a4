-- CreateEnum
CREATE TYPE "CortFunction" AS ENUM ('ORGANISATION_SUPPORT', 'EDUCATION_COORDINATOR', 'CULTURE_OFFICER', 'SPORT_OFFICER', 'WORK_MEDIATOR', 'LIBRARY_CONSULTANT', 'UNLOCKED_COORDINATOR', 'CHILD_VISITS_RESPONSIBLE', 'PRISON_OFFICER');

-- CreateEnum
CREATE TYPE "PolicyTeamRole" AS ENUM ('DIRECTION', 'POLICY_COORDINATOR', 'ORGANISATION_RESPONSIBLE');

-- CreateTable
CREATE TABLE "CortMembership" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "function" "CortFunction" NOT NULL,
    "personId" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,
    "appointedBy" TEXT NOT NULL,
    "endedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CortMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyTeamMember" (
    "id" TEXT NOT NULL,
    "prisonId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "PolicyTeamRole" NOT NULL,
    "name" TEXT,
    "personId" TEXT,
    "organisationId" TEXT,
    "setBy" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CortMembership_prisonId_idx" ON "CortMembership"("prisonId");

-- CreateIndex
CREATE INDEX "CortMembership_personId_idx" ON "CortMembership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyTeamMember_prisonId_position_key" ON "PolicyTeamMember"("prisonId", "position");

-- AddForeignKey
ALTER TABLE "CortMembership" ADD CONSTRAINT "CortMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
