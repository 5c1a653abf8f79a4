import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { UserTokenVerifier } from '@cort/auth';
import type { Logger } from '@cort/common';
import express, { type Response, type Router } from 'express';
import { authenticate, type GatewayContext } from '../auth';
import { REPO_ROOT } from '../composition';
import type { RateLimiter } from '../rate-limit';
import { annualReportDownload } from './annual-report-route';
import type { MovementListAnswer } from './movement-list';
import { movementListCsv } from './movement-list-csv';
import { movementListPdf } from './movement-list-pdf';

// Downloads for signed-in users: the movement list as CSV and PDF, the annual report as XLSX, PDF and CSV
// (annual-report-route.ts). Each runs the contract's own operation
// (contract/web/MovementList.graphql) in process as the caller, through the same plugins and subgraph
// requests as /graphql: the participants service's policy decides and its audit records the read, so
// a download sees exactly what the GraphQL answer would, and nothing more. Never cached.

const MOVEMENT_LIST = fs.readFileSync(path.join(REPO_ROOT, 'contract', 'web', 'MovementList.graphql'), 'utf8');
const LANGUAGES: Record<string, string> = { nl: 'NL', fr: 'FR', en: 'EN' };
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

export interface ExportsDependencies {
  apollo: ApolloServer<GatewayContext>;
  verifyUserToken: UserTokenVerifier;
  rateLimiter: RateLimiter;
  logger: Logger;
}

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });

export function exportsRouter({ apollo, verifyUserToken, rateLimiter, logger }: ExportsDependencies): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });
  router.use(authenticate(verifyUserToken, logger));
  router.use(rateLimiter.middleware);
  router.get('/movement-list/:prisonId/:date.:format', async (req, res, next) => {
    try {
      const { prisonId, date, format } = req.params;
      if (res.locals.caller.kind !== 'user') return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download a movement list.');
      if (format !== 'csv' && format !== 'pdf') return refuse(res, 404, 'NOT_FOUND', 'A movement list is downloaded as .csv or .pdf.');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return refuse(res, 400, 'BAD_USER_INPUT', 'Give the day as YYYY-MM-DD.');
      const language = LANGUAGES[String(req.query.lang ?? 'nl')] ?? 'NL';
      const response = await apollo.executeOperation(
        { query: MOVEMENT_LIST, variables: { prisonId, date, language } },
        { contextValue: { caller: res.locals.caller, requestId: res.locals.requestId } },
      );
      if (response.body.kind !== 'single') throw new Error('The movement list answered incrementally.');
      const { data, errors } = response.body.singleResult;
      // A list with a part missing (a subgraph down) is not printed: officers would miss people.
      if (errors?.length || !data?.movementList) {
        const code = String(errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        return refuse(res, STATUS[code] ?? 502, code, errors?.[0]?.message ?? 'The movement list is not available right now.');
      }
      const list = data.movementList as MovementListAnswer;
      const heading = { prisonId, date: list.date };
      const name = `movement-list-${prisonId}-${list.date}`.replace(/[^A-Za-z0-9_-]/g, '_');
      if (format === 'csv') {
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
        return res.send(movementListCsv(list, heading));
      }
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="${name}.pdf"`);
      return res.send(await movementListPdf(list, heading));
    } catch (error) {
      next(error);
    }
  });
  const annualReport = annualReportDownload(apollo, logger);
  const download = (req: express.Request, res: Response, next: express.NextFunction) => annualReport(req, res).catch(next);
  router.get('/annual-report/:prisonId/:year.:format', download);
  router.get('/annual-report/:prisonId/:year/:table.csv', download);
  return router;
}
