import type { TopLevelSpec } from 'vega-lite';
import { WITHHELD, type Language, type ReportTable } from './annual-report-tables';

// The PDF's charts, drawn by a charting library (Vega-Lite compiled to Vega, rendered to SVG in Node, no
// browser) from the same tables as the files: a withheld count is not drawn at all, so a bar's height
// never gives it back. Vega and Vega-Lite are required on the first chart, not when the gateway starts:
// they weigh tens of MiB of resident memory that an idle gateway (or one never asked for a PDF) would
// carry for nothing.

export interface Chart {
  title: string;
  /** Null when there is nothing shown to draw (an empty chart's scales have no extent). */
  svg: string | null;
}

const TITLES: Record<'offer' | 'attendance' | 'months' | 'dropouts', Record<Language, string>> = {
  offer: { nl: 'Activiteiten per categorie en domein', fr: 'Activités par catégorie et domaine', en: 'Activities by category and domain' },
  attendance: { nl: 'Registraties per code en categorie', fr: 'Enregistrements par code et catégorie', en: 'Marks by code and category' },
  months: { nl: 'Aanwezig en afwezig per maand', fr: 'Présents et absents par mois', en: 'Present and absent by month' },
  dropouts: { nl: 'Uitval per reden', fr: 'Abandons par motif', en: 'Dropouts by reason' },
};

type Datum = Record<string, string | number>;

/** `order` keeps the x axis in the table's order (months in the calendar's, not the alphabet's). */
async function barChart(values: Datum[], x: string, color: string | null, width: number, order?: string[]): Promise<string | null> {
  if (!values.length) return null;
  const vega = require('vega') as typeof import('vega');
  const vegaLite = require('vega-lite') as typeof import('vega-lite');
  const spec = vegaLite.compile({
    width,
    height: 160,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: x, type: 'nominal', title: null, axis: { labelAngle: -30 }, ...(order ? { sort: order } : {}) },
      y: { field: 'count', type: 'quantitative', title: null },
      ...(color ? { color: { field: color, type: 'nominal', title: null } } : {}),
    },
    config: { font: 'Helvetica', view: { stroke: null } },
  } as TopLevelSpec).spec;
  return new vega.View(vega.parse(spec), { renderer: 'none' }).toSVG();
}

/** Only the counts shown: a withheld one (or an empty cell) is left out of the data. */
const shown = (rows: ReportTable['rows'], pick: (row: ReportTable['rows'][number]) => Datum | null) =>
  rows.map(pick).filter((d): d is Datum => d !== null && typeof d.count === 'number' && d.count > 0);

export async function annualReportCharts(tables: ReportTable[], language: Language): Promise<Chart[]> {
  const table = (id: string) => tables.find((t) => t.id === id)!;
  const offer = shown(table('offer').rows, ([category, domain, activities]) =>
    activities === WITHHELD ? null : { category: String(category), domain: String(domain), count: Number(activities) },
  );
  const marks = shown(table('attendance').rows, ([category, , code, count]) =>
    count === WITHHELD ? null : { category: String(category), code: String(code), count: Number(count) },
  );
  const months = table('months');
  const monthRows = months.rows.flatMap(([month, present, , absent]) => [
    [month, months.columns[1], present],
    [month, months.columns[3], absent],
  ]);
  const byMonth = shown(monthRows, ([month, kind, count]) =>
    count === WITHHELD ? null : { month: String(month), kind: String(kind), count: Number(count) },
  );
  const dropouts = shown(table('dropouts').rows, ([reason, count]) =>
    count === WITHHELD ? null : { reason: String(reason), count: Number(count) },
  );
  return [
    { title: TITLES.offer[language], svg: await barChart(offer, 'category', 'domain', 300) },
    { title: TITLES.attendance[language], svg: await barChart(marks, 'code', 'category', 300) },
    {
      title: TITLES.months[language],
      svg: await barChart(
        byMonth,
        'month',
        'kind',
        300,
        months.rows.map(([month]) => String(month)),
      ),
    },
    { title: TITLES.dropouts[language], svg: await barChart(dropouts, 'reason', null, 300) },
  ];
}
