import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@cort/common';
import type { Request, Response } from 'express';
import { parse, print, visit, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../auth';
import { REPO_ROOT } from '../composition';
import { reportXlsx, tableCsv } from './annual-report-files';
import { annualReportPdf } from './annual-report-pdf';
import { annualReportTables, LANGUAGES, type AnnualReportAnswer, type Language } from './annual-report-tables';

/**
 * contract/web/AnnualReport.graphql, run in process as the caller like the movement list: the reporting
 * service's policy decides (the readers of the prison), and the files hold exactly what the answer holds,
 * withheld counts withheld. The file runs verbatim: every section it asks for becomes a table.
 */
export const ANNUAL_REPORT = withMonths(fs.readFileSync(path.join(REPO_ROOT, 'contract', 'web', 'AnnualReport.graphql'), 'utf8'));

/**
 * The contract's operation with the attendance by month added to annualReport's selection: the files show
 * it (a table and a chart) while the web client's operation stays as its team wrote it.
 */
function withMonths(operation: string): string {
  const months = parse(
    '{ attendanceByMonth { month present { value suppressed previousYear } absent { value suppressed previousYear } rate ratePreviousYear } }',
  );
  const selection = (months.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  return print(
    visit(parse(operation), {
      Field: (field) =>
        field.name.value === 'annualReport' && field.selectionSet
          ? { ...field, selectionSet: { ...field.selectionSet, selections: [...field.selectionSet.selections, selection] } }
          : undefined,
    }),
  );
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });

/**
 * GET /exports/annual-report/:prisonId/:year.xlsx (every table, one sheet each), .pdf (every table and the charts) and
 * /exports/annual-report/:prisonId/:year/:table.csv (one table), `?language=nl|fr|en`. Each download is
 * audited (who, which prison, year and file; never a figure), whether it was answered or refused.
 */
export function annualReportDownload(apollo: ApolloServer<GatewayContext>, logger: Logger) {
  return async (req: Request, res: Response) => {
    const { prisonId, year, table, format } = req.params as Record<string, string | undefined>;
    const language: Language = LANGUAGES.find((l) => l === req.query.language) ?? 'nl';
    const caller = res.locals.caller;
    const audit = (outcome: string) =>
      logger.info('audit: annual report download', {
        audit: 'annual-report-download',
        sub: caller.kind === 'user' ? caller.sub : caller.kind,
        prisonId,
        year,
        file: table ? `${table}.csv` : format,
        language,
        outcome,
        requestId: res.locals.requestId,
      });
    if (caller.kind !== 'user') return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download an annual report.');
    if (!table && format !== 'xlsx' && format !== 'pdf')
      return refuse(res, 404, 'NOT_FOUND', 'An annual report downloads as .xlsx or .pdf, or one table as .csv.');
    if (!/^\d{4}$/.test(year ?? '')) return refuse(res, 400, 'BAD_USER_INPUT', 'Give the year as four digits.');
    const response = await apollo.executeOperation(
      { query: ANNUAL_REPORT, variables: { prisonId, year: Number(year) } },
      { contextValue: { caller, requestId: res.locals.requestId } },
    );
    if (response.body.kind !== 'single') throw new Error('The annual report answered incrementally.');
    const { data, errors } = response.body.singleResult;
    // A report with a part missing is not handed over: it would be published as if complete.
    if (errors?.length || !data?.annualReport) {
      const code = String(errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      audit(`refused ${code}`);
      return refuse(res, STATUS[code] ?? 502, code, errors?.[0]?.message ?? 'The annual report is not available right now.');
    }
    const tables = annualReportTables(data.annualReport as AnnualReportAnswer, language);
    const name = `annual-report-${prisonId}-${year}-${language}`.replace(/[^A-Za-z0-9_-]/g, '_');
    if (table) {
      const chosen = tables.find((t) => t.id === table);
      if (!chosen) return refuse(res, 404, 'NOT_FOUND', `The tables are ${tables.map((t) => t.id).join(', ')}.`);
      audit('answered');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${name}-${chosen.id}.csv"`);
      return res.send(tableCsv(chosen, language));
    }
    audit('answered');
    if (format === 'pdf') {
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="${name}.pdf"`);
      return res.send(await annualReportPdf(tables, { subject: String(prisonId), year: Number(year) }, language));
    }
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
    return res.send(await reportXlsx(tables, { subject: String(prisonId), year: Number(year) }));
  };
}
