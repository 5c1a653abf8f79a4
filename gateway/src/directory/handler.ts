import type { NextFunction, Request, Response } from 'express';
import { requestedLanguage, UnknownLanguageError, type DirectoryLanguage } from './language';
import type { PublicLinks } from './links';
import type { PublicAnswers } from './public-answers';
import { badInput, sendFailure, sendPublic } from './public-response';
import { DirectoryFailure, DirectoryReads } from './reads';

/** What every part of the directory shares: the answers, how long caches keep them, the public links. */
export interface DirectorySetup {
  answers: PublicAnswers;
  maxAgeSeconds: number;
  links?: PublicLinks;
}

export interface Produced {
  body: string;
  type: string;
}

export type Produce = (req: Request, reads: DirectoryReads, language: DirectoryLanguage) => Promise<Produced>;
export type AnswerFailure = (res: Response, failure: DirectoryFailure, language: DirectoryLanguage) => void;

/**
 * One GET of the directory: `?lang=` read, the public offer read through the shared answers, the body
 * sent with the public caching (or no-store when an answer was partial). A failure the caller can act
 * on is answered in the part's own form (JSON for the feeds, a page for the site); anything else goes
 * to the gateway's handler of the unexpected.
 */
export function publicHandler(setup: DirectorySetup, produce: Produce, answerFailure: AnswerFailure = sendFailure) {
  return async (req: Request, res: Response, next: NextFunction) => {
    let language: DirectoryLanguage = 'nl';
    try {
      language = requestedLanguage(req.query.lang);
      const reads = new DirectoryReads(setup.answers, res.locals.requestId as string);
      const { body, type } = await produce(req, reads, language);
      sendPublic(req, res, setup.maxAgeSeconds, { body, type, language, cacheable: reads.complete });
    } catch (error) {
      if (error instanceof UnknownLanguageError) return answerFailure(res, badInput('lang', error.message), language);
      if (error instanceof DirectoryFailure) return answerFailure(res, error, language);
      next(error);
    }
  };
}
