import { DIRECTORY_LANGUAGES, type DirectoryLanguage } from '../language';
import { languageName } from '../labels';
import { href, html, type Html } from './html';
import { messagesOf } from './messages';

/** Where the site is mounted: its links are absolute paths, so they work from any page. */
export const SITE = '/directory';

export interface PageFrame {
  language: DirectoryLanguage;
  title: string;
  main: Html;
  /** This page's path and query, for the language switch (the same page in another language). */
  path: string;
  query: Record<string, string | undefined>;
}

/** Each language named in itself ("Français"), as a language switch should. */
const ownName = (language: DirectoryLanguage) => {
  const name = languageName(language, language);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

function languageSwitch({ language, path, query }: PageFrame) {
  const m = messagesOf(language);
  const links = DIRECTORY_LANGUAGES.map((other) =>
    other === language
      ? html`<li>
          <a href="${href(path, { ...query, lang: other })}" lang="${other}" hreflang="${other}" aria-current="true">${ownName(other)}</a>
        </li>`
      : html`<li><a href="${href(path, { ...query, lang: other })}" lang="${other}" hreflang="${other}">${ownName(other)}</a></li>`,
  );
  return html`<nav class="languages" aria-label="${m.languages}">
    <ul>
      ${links}
    </ul>
  </nav>`;
}

/**
 * Every page: the document's language, a skip link, the language switch, one main landmark and the
 * footer's link to the open data. No script: everything works with JavaScript off.
 */
export function page(frame: PageFrame): string {
  const { language, title, main } = frame;
  const m = messagesOf(language);
  return `<!doctype html>\n${
    html`<html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title === m.siteName ? title : `${title} – ${m.siteName}`}</title>
        <link rel="stylesheet" href="${SITE}/site.css" />
      </head>
      <body>
        <a class="skip" href="#main">${m.skipToContent}</a>
        <header class="site">
          <p class="site-name"><a href="${href(`${SITE}/`, { lang: language })}">${m.siteName}</a></p>
          ${languageSwitch(frame)}
        </header>
        <main id="main" tabindex="-1">${main}</main>
        <footer class="site">
          <p><a href="${href(`${SITE}/hsds/`, { lang: language })}">${m.openData}</a></p>
        </footer>
      </body>
    </html> `.text
  }`;
}
