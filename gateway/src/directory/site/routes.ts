import express, { type Response, type Router } from 'express';
import { publicHandler, type DirectorySetup } from '../handler';
import { DIRECTORY_LANGUAGES, type DirectoryLanguage } from '../language';
import { notFound, sendPublic } from '../public-response';
import type { DirectoryFailure } from '../reads';
import { activityPage } from './activity-page';
import { matchesSiteFilter, siteFilterOf } from './filters';
import { html } from './html';
import { page, SITE } from './layout';
import { listPage } from './list-page';
import { messagesOf } from './messages';
import { STYLESHEET } from './style';

const HTML = 'text/html; charset=utf-8';

/** Nothing on the site runs a script or loads from elsewhere: said to the browser too. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A failure as a page in the visitor's language, never cached. */
function answerWithPage(res: Response, failure: DirectoryFailure, language: DirectoryLanguage) {
  const m = messagesOf(language);
  const [title, text] =
    failure.status === 404
      ? [m.notFound, m.notFoundText]
      : failure.status < 500
        ? [m.badRequest, failure.message]
        : [m.unavailable, m.unavailableText];
  // A refusal's reason is the gateway's, in English.
  const reason = failure.status === 400 ? html`<p lang="en">${text}</p>` : html`<p>${text}</p>`;
  const main = html`<h1>${title}</h1>
    ${reason}
    <p><a href="${SITE}/?lang=${language}">${m.back}</a></p>`;
  res.setHeader('cache-control', 'no-store');
  res
    .status(failure.status)
    .type('html')
    .send(page({ language, title, main, path: `${SITE}/`, query: {} }));
}

/**
 * The reference directory site at /directory/: the offer's list with its filters and each activity's page,
 * rendered on the server from the same public answers as the feeds (so it works without JavaScript and
 * any HTTP cache serves it), in nl, fr or en.
 */
export function siteRoutes(setup: DirectorySetup): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    next();
  });
  router.get('/site.css', (req, res) =>
    sendPublic(req, res, setup.maxAgeSeconds, { body: STYLESHEET, type: 'text/css; charset=utf-8', cacheable: true }),
  );

  router.get(
    '/',
    publicHandler(
      setup,
      async (req, reads, language) => {
        const prisons = await reads.prisons(language);
        const filter = siteFilterOf(
          req.query,
          prisons.map((prison) => prison.id),
        );
        const asked = { prisonId: filter.prison, category: filter.category };
        const offer = await reads.offer(language, asked);
        const dutch = new Map((language === 'nl' ? offer : await reads.offer('nl', asked)).map((activity) => [activity.id, activity]));
        const instructionLanguages = [...new Set(offer.flatMap((activity) => activity.instructionLanguages))].sort();
        const activities = offer.filter((activity) => matchesSiteFilter(activity, filter, language));
        const main = listPage({ language, filter, prisons, activities, dutch, instructionLanguages });
        const query = Object.fromEntries(
          Object.entries(req.query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        );
        return { body: page({ language, title: messagesOf(language).siteName, main, path: `${SITE}/`, query }), type: HTML };
      },
      answerWithPage,
    ),
  );

  router.get(
    '/activities/:id',
    publicHandler(
      setup,
      async (req, reads, language) => {
        const id = req.params.id as string;
        const activity = await reads.activity(id, language);
        if (!activity) throw notFound('This activity');
        const dutch = language === 'nl' ? activity : await reads.activity(id, 'nl');
        const main = activityPage(activity, dutch, language);
        return {
          body: page({ language, title: activity.title, main, path: `${SITE}/activities/${id}`, query: { lang: language } }),
          type: HTML,
        };
      },
      answerWithPage,
    ),
  );
  // Any other path of the site: the not-found page, in the language asked if it is one of ours.
  router.use((req, res) => {
    const asked = String(req.query.lang ?? '').toLowerCase();
    answerWithPage(
      res,
      notFound('This page'),
      (DIRECTORY_LANGUAGES as readonly string[]).includes(asked) ? (asked as DirectoryLanguage) : 'nl',
    );
  });
  return router;
}
