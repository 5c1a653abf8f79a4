import express, { type Router } from 'express';
import { publicHandler, type DirectorySetup } from '../handler';
import { badInput, sendFailure } from '../public-response';
import { DirectoryFailure } from '../reads';
import { apiDescription, HSDS_VERSION } from './api-description';
import { HSDS_ENDPOINTS, type HsdsAnswer } from './endpoints';
import { single } from './filters';
import { hsdsPage, pageRequestOf } from './paging';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A list as HSDS pages it, or every item as one JSON line (`format=ndjson`, no paging), as the API allows. */
function bodyOf(answer: HsdsAnswer, query: Record<string, unknown>) {
  if ('one' in answer) return { body: JSON.stringify(answer.one), type: JSON_TYPE };
  const format = single(query, 'format') || 'json';
  if (format === 'ndjson')
    return { body: answer.list.map((item) => `${JSON.stringify(item)}\n`).join(''), type: 'application/x-ndjson; charset=utf-8' };
  if (format !== 'json') throw badInput('format', 'format must be json or ndjson.');
  return { body: JSON.stringify(hsdsPage(answer.list, pageRequestOf(query))), type: JSON_TYPE };
}

/**
 * The HSDS 3.0 API of the published offer, read-only (mounted at /directory/hsds): what the
 * specification's API describes for services, organizations, service_at_locations and taxonomies, and
 * the prisons as /locations. Every text in `?lang=`, said by Content-Language.
 */
export function hsdsRoutes(setup: DirectorySetup): Router {
  const router = express.Router();
  const description = JSON.stringify(
    apiDescription(setup.links ? setup.links.openapi().replace(/\/openapi\.json$/, '') : '/directory/hsds'),
  );
  router.get(
    '/',
    publicHandler(setup, async () => ({
      body: JSON.stringify({ version: HSDS_VERSION, ...(setup.links ? { openapi_url: setup.links.openapi() } : {}) }),
      type: JSON_TYPE,
    })),
  );
  router.get(
    '/openapi.json',
    publicHandler(setup, async () => ({ body: description, type: JSON_TYPE })),
  );
  for (const [route, endpoint] of Object.entries(HSDS_ENDPOINTS)) {
    router.get(
      route,
      publicHandler(setup, async (req, reads, language) =>
        bodyOf(await endpoint(req.query, reads, { language, links: setup.links }, req.params.id as string | undefined), req.query),
      ),
    );
  }
  // Nothing else here: a JSON NOT_FOUND, as every answer of the feeds.
  router.use((_req, res) => sendFailure(res, new DirectoryFailure(404, 'NOT_FOUND', 'No such path in this HSDS API.')));
  return router;
}
