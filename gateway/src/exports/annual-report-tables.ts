// The annual report as tables, whatever the file: each section of the GraphQL answer becomes one table of
// labelled columns, so CSV and XLSX render every table the same way and a new section is one entry below.
// A withheld count stays withheld: it is written as WITHHELD, never as a number. Codes are written in the
// file's language (annual-report-labels.ts), never as the graph's enum values.

import { label, monthName } from './annual-report-labels';

export type Language = 'nl' | 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

/** What a withheld count shows in every file (the statistical offices' sign for a confidential figure). */
export const WITHHELD = 'x';

type Words = Record<Language, string>;
/** A cell: a text, a number, or a withheld count. */
export type Cell = string | number | typeof WITHHELD | null;

export interface ReportTable {
  /** A file-safe name: the CSV's file name and the XLSX sheet's. */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

interface Count {
  value: number | null;
  suppressed: boolean;
  previousYear?: number | null;
}

const count = (c: Count): Cell => (c.suppressed ? WITHHELD : c.value);
const before = (c: Count): Cell => (c.previousYear === null || c.previousYear === undefined ? WITHHELD : c.previousYear);
const words = (w: Words, language: Language) => w[language];

const T = {
  category: { nl: 'Categorie', fr: 'Catégorie', en: 'Category' },
  domain: { nl: 'Domein', fr: 'Domaine', en: 'Domain' },
  activities: { nl: 'Activiteiten', fr: 'Activités', en: 'Activities' },
  sessionsHeld: { nl: 'Sessies gehouden', fr: 'Séances tenues', en: 'Sessions held' },
  sessionsCancelled: { nl: 'Sessies geannuleerd', fr: 'Séances annulées', en: 'Sessions cancelled' },
  hours: { nl: 'Uren', fr: 'Heures', en: 'Hours' },
  participants: { nl: 'Deelnemers', fr: 'Participants', en: 'Participants' },
  previous: { nl: 'vorig jaar', fr: 'année précédente', en: 'previous year' },
  gender: { nl: 'Geslacht', fr: 'Genre', en: 'Gender' },
  legalStatus: { nl: 'Juridisch statuut', fr: 'Statut juridique', en: 'Legal status' },
  rate: { nl: 'Aanwezigheidsgraad', fr: 'Taux de présence', en: 'Attendance rate' },
  code: { nl: 'Code', fr: 'Code', en: 'Code' },
  marks: { nl: 'Registraties', fr: 'Enregistrements', en: 'Marks' },
  reason: { nl: 'Reden', fr: 'Motif', en: 'Reason' },
  sessions: { nl: 'Sessies', fr: 'Séances', en: 'Sessions' },
  dropouts: { nl: 'Uitvallers', fr: 'Abandons', en: 'Dropouts' },
  median: { nl: 'Mediaan wachtdagen', fr: "Médiane des jours d'attente", en: 'Median days waiting' },
  wishes: { nl: 'Wensen', fr: 'Souhaits', en: 'Wishes' },
  answered: { nl: 'Beantwoord', fr: 'Satisfaits', en: 'Answered' },
  organisations: { nl: 'Organisaties met overeenkomst', fr: 'Organisations sous convention', en: 'Organisations with an agreement' },
  staff: { nl: 'Medewerkers', fr: 'Personnel', en: 'Staff' },
  volunteers: { nl: 'Vrijwilligers', fr: 'Bénévoles', en: 'Volunteers' },
  volunteerHours: { nl: 'Vrijwilligersuren', fr: 'Heures de bénévolat', en: 'Volunteer hours' },
  actions: { nl: 'Acties', fr: 'Actions', en: 'Actions' },
  done: { nl: 'Uitgevoerd', fr: 'Réalisées', en: 'Done' },
  month: { nl: 'Maand', fr: 'Mois', en: 'Month' },
  present: { nl: 'Aanwezig', fr: 'Présents', en: 'Present' },
  absent: { nl: 'Afwezig', fr: 'Absents', en: 'Absent' },
} satisfies Record<string, Words>;

const TITLES = {
  offer: { nl: 'Aanbod per categorie en domein', fr: 'Offre par catégorie et domaine', en: 'Offer by category and domain' },
  targetGroups: { nl: 'Deelnemers per doelgroep', fr: 'Participants par groupe cible', en: 'Participants by target group' },
  attendance: { nl: 'Aanwezigheid per categorie', fr: 'Présence par catégorie', en: 'Attendance by category' },
  months: { nl: 'Aanwezigheid per maand', fr: 'Présence par mois', en: 'Attendance by month' },
  cancellations: { nl: 'Geannuleerde sessies per reden', fr: 'Séances annulées par motif', en: 'Cancelled sessions by reason' },
  dropouts: { nl: 'Uitval per reden', fr: 'Abandons par motif', en: 'Dropouts by reason' },
  waiting: { nl: 'Wachttijd per categorie', fr: "Temps d'attente par catégorie", en: 'Waiting time by category' },
  needs: { nl: 'Behoeften', fr: 'Besoins', en: 'Needs' },
  partners: { nl: 'Partners', fr: 'Partenaires', en: 'Partners' },
  actionPlan: { nl: 'Actieplan', fr: "Plan d'action", en: 'Action plan' },
} satisfies Record<string, Words>;

/** The part of the GraphQL answer the tables read (contract/web/AnnualReport.graphql's fields). */
export interface AnnualReportAnswer {
  year: number;
  offer: ({ category: string; domain: string } & Record<
    'activities' | 'sessionsHeld' | 'sessionsCancelled' | 'hours' | 'participants',
    Count
  >)[];
  participantsByTargetGroup: { gender: string; legalStatus: string; participants: Count }[];
  attendance: { category: string; rate: number | null; marks: { code: string; count: Count }[] }[];
  /** Not in the contract's operation: the route adds it to the selection (annual-report-route.ts). */
  attendanceByMonth: { month: number; present: Count; absent: Count; rate: number | null; ratePreviousYear: number | null }[];
  cancellationReasons: { reason: string; sessions: Count }[];
  dropouts: { reason: string; count: Count }[];
  waitingDays: { category: string; median: number | null }[];
  needs: { wishes: number; answered: number };
  partners: Record<'organisations' | 'staff' | 'volunteers', Count> & { volunteerHours: number };
  actionPlan: { actions: number; done: number };
}

/** Every table of the report, in the order the report reads. */
export function annualReportTables(report: AnnualReportAnswer, language: Language): ReportTable[] {
  const w = (key: keyof typeof T) => words(T[key], language);
  const withPrevious = (key: keyof typeof T) => [w(key), `${w(key)} (${w('previous')})`];
  const offerMeasures = ['activities', 'sessionsHeld', 'sessionsCancelled', 'hours', 'participants'] as const;
  return [
    {
      id: 'offer',
      title: words(TITLES.offer, language),
      columns: [w('category'), w('domain'), ...offerMeasures.flatMap(withPrevious)],
      rows: report.offer.map((row) => [
        label('category', row.category, language),
        label('domain', row.domain, language),
        ...offerMeasures.flatMap((m) => [count(row[m]), before(row[m])]),
      ]),
    },
    {
      id: 'target-groups',
      title: words(TITLES.targetGroups, language),
      columns: [w('gender'), w('legalStatus'), ...withPrevious('participants')],
      rows: report.participantsByTargetGroup.map((row) => [
        label('gender', row.gender, language),
        label('legalStatus', row.legalStatus, language),
        count(row.participants),
        before(row.participants),
      ]),
    },
    {
      id: 'attendance',
      title: words(TITLES.attendance, language),
      columns: [w('category'), w('rate'), w('code'), w('marks')],
      rows: report.attendance.flatMap((row) =>
        row.marks.map((mark) => [
          label('category', row.category, language),
          row.rate,
          label('code', mark.code, language),
          count(mark.count),
        ]),
      ),
    },
    {
      id: 'months',
      title: words(TITLES.months, language),
      columns: [w('month'), ...withPrevious('present'), ...withPrevious('absent'), ...withPrevious('rate')],
      rows: report.attendanceByMonth.map((row) => [
        monthName(row.month, language),
        count(row.present),
        before(row.present),
        count(row.absent),
        before(row.absent),
        row.rate,
        row.ratePreviousYear,
      ]),
    },
    {
      id: 'cancellations',
      title: words(TITLES.cancellations, language),
      columns: [w('reason'), w('sessions')],
      rows: report.cancellationReasons.map((row) => [label('cancellation', row.reason, language), count(row.sessions)]),
    },
    {
      id: 'dropouts',
      title: words(TITLES.dropouts, language),
      columns: [w('reason'), w('dropouts')],
      rows: report.dropouts.map((row) => [label('dropout', row.reason, language), count(row.count)]),
    },
    {
      id: 'waiting',
      title: words(TITLES.waiting, language),
      columns: [w('category'), w('median')],
      rows: report.waitingDays.map((row) => [label('category', row.category, language), row.median]),
    },
    {
      id: 'needs',
      title: words(TITLES.needs, language),
      columns: [w('wishes'), w('answered')],
      rows: [[report.needs.wishes, report.needs.answered]],
    },
    {
      id: 'partners',
      title: words(TITLES.partners, language),
      columns: [w('organisations'), w('staff'), w('volunteers'), w('volunteerHours')],
      rows: [
        [
          count(report.partners.organisations),
          count(report.partners.staff),
          count(report.partners.volunteers),
          report.partners.volunteerHours,
        ],
      ],
    },
    {
      id: 'action-plan',
      title: words(TITLES.actionPlan, language),
      columns: [w('actions'), w('done')],
      rows: [[report.actionPlan.actions, report.actionPlan.done]],
    },
  ];
}
