-- Who asked for an enrolment becomes a code (issue 12): the free text of "requestedBy" moves into the
-- note, where it stays readable for those who screen and place, before the column goes.

-- CreateEnum
CREATE TYPE "EnrolmentRequester" AS ENUM ('SELF', 'PSYCHOSOCIAL_SERVICE', 'JUSTICE_WELFARE_SERVICE', 'PRISON_STAFF', 'PARTNER_ORGANISATION', 'OTHER');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "requestedOn" DATE NOT NULL DEFAULT CURRENT_DATE,
ADD COLUMN     "requester" "EnrolmentRequester" NOT NULL DEFAULT 'OTHER';

-- Existing requests: the day they were made (UTC day of the row), their requester OTHER, the text kept in the note.
UPDATE "Enrolment" SET "requestedOn" = "createdAt"::date;
UPDATE "Enrolment"
SET "note" = CASE
  WHEN "note" IS NULL OR "note" = '' THEN 'Requested by: ' || "requestedBy"
  ELSE "note" || E'\n' || 'Requested by: ' || "requestedBy"
END
WHERE "requestedBy" IS NOT NULL AND "requestedBy" <> '';

ALTER TABLE "Enrolment" DROP COLUMN "requestedBy";
