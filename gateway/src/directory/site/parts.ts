import { languageName } from '../labels';
import { languageShown, type DirectoryLanguage } from '../language';
import type { PublicSession } from '../reads';
import { sessionInWords } from '../schedule-words';
import { html, type Html } from './html';
import { messagesOf } from './messages';

/**
 * A text of the graph in the asked language, or marked where the graph fell back to another: its own
 * lang attribute (so a screen reader reads it in that language) and a visible "(in het Nederlands)".
 */
export function textIn(language: DirectoryLanguage, text: string, dutch: string | null | undefined): Html {
  const shown = languageShown(language, text, dutch);
  if (!shown || shown === language) return html`${text}`;
  return html`<span lang="${shown}">${text}</span>
    <span class="shown-in">(${messagesOf(language).shownIn(languageName(shown, language))})</span>`;
}

/** Coming sessions as a list of times (Belgian time, in words), or a line saying there are none. */
export function sessionList(language: DirectoryLanguage, sessions: readonly PublicSession[]): Html {
  const coming = sessions.filter((session) => session.status !== 'CANCELLED');
  if (coming.length === 0) return html`<p class="no-sessions">${messagesOf(language).noSessions}</p>`;
  return html`<ul class="sessions">
    ${coming.map(
      (session) => html`<li><time datetime="${new Date(session.startsAt).toISOString()}">${sessionInWords(session, language)}</time></li>`,
    )}
  </ul>`;
}
