import { CATEGORY_LABELS, DOMAIN_LABELS, GENDER_LABELS, LEGAL_STATUS_LABELS, labelOf } from '@cort/vocabulary';
import { languageName } from '../labels';
import type { DirectoryLanguage } from '../language';
import type { PublicActivity, PublicPrison } from '../reads';
import { queryOf, type SiteFilter } from './filters';
import { href, html, type Html } from './html';
import { SITE } from './layout';
import { messagesOf } from './messages';
import { sessionList, textIn } from './parts';

export const PER_PAGE = 20;

export interface ListModel {
  language: DirectoryLanguage;
  filter: SiteFilter;
  prisons: PublicPrison[];
  /** The activities that pass the filter, in the graph's order. */
  activities: PublicActivity[];
  /** The same activities' texts as the graph gives them in Dutch, for the fallback mark. */
  dutch: Map<string, PublicActivity>;
  /** Instruction languages of the offer, for the language filter. */
  instructionLanguages: string[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function select(name: string, label: string, all: string, options: Html[] | Html) {
  return html`<div class="field">
    <label for="${name}">${label}</label>
    <select id="${name}" name="${name}">
      <option value="">${all}</option>
      ${options}
    </select>
  </div>`;
}

const option = (value: string, text: string, chosen: string | undefined) =>
  value === chosen ? html`<option value="${value}" selected>${text}</option>` : html`<option value="${value}">${text}</option>`;

function form({ language, filter, prisons, instructionLanguages }: ListModel) {
  const m = messagesOf(language);
  const labelled = (labels: Record<string, Record<DirectoryLanguage, string>>, chosen?: string) =>
    Object.keys(labels).map((code) => option(code, capitalised(labelOf(labels, code, language)), chosen));
  const groups = html`<optgroup label="${m.genders}">${labelled(GENDER_LABELS, filter.group)}</optgroup>
    <optgroup label="${m.legalStatuses}">${labelled(LEGAL_STATUS_LABELS, filter.group)}</optgroup>`;
  return html`<form class="filters" method="get" action="${SITE}/" role="search" aria-labelledby="filters-heading">
    <h2 id="filters-heading">${m.filters}</h2>
    <input type="hidden" name="lang" value="${language}" />
    <div class="field"><label for="q">${m.search}</label><input type="search" id="q" name="q" value="${filter.q}" /></div>
    ${select(
      'prison',
      m.prison,
      m.allPrisons,
      prisons.map((prison) => option(prison.id, prison.name, filter.prison)),
    )}
    ${select('category', m.category, m.allCategories, labelled(CATEGORY_LABELS, filter.category))}
    ${select('domain', m.domain, m.allDomains, labelled(DOMAIN_LABELS, filter.domain))}
    ${select('group', m.targetGroup, m.everyone, groups)}
    ${select(
      'language',
      m.instructionLanguage,
      m.allLanguages,
      instructionLanguages.map((code) => option(code, capitalised(languageName(code, language)), filter.language)),
    )}
    <div class="actions"><button type="submit">${m.show}</button> <a href="${href(`${SITE}/`, { lang: language })}">${m.clear}</a></div>
  </form>`;
}

function card(activity: PublicActivity, { language, dutch }: ListModel) {
  const m = messagesOf(language);
  const inDutch = dutch.get(activity.id);
  const id = `activity-${activity.id}`;
  const meta = [
    labelOf(CATEGORY_LABELS, activity.category, language),
    labelOf(DOMAIN_LABELS, activity.domain, language),
    activity.prison.name,
    ...(activity.organisation ? [`${m.organisedBy} ${activity.organisation.name}`] : []),
  ];
  return html`<li>
    <article class="activity" aria-labelledby="${id}">
      <h3 id="${id}">
        <a href="${href(`${SITE}/activities/${activity.id}`, { lang: language })}">${textIn(language, activity.title, inDutch?.title)}</a>
      </h3>
      ${activity.summary ? html`<p class="summary">${textIn(language, activity.summary, inDutch?.summary)}</p>` : null}
      <p class="meta">${meta.join(' · ')}</p>
      <h4>${m.nextSessions}</h4>
      ${sessionList(language, activity.upcomingSessions)}
    </article>
  </li>`;
}

function pagination(model: ListModel, pages: number) {
  const { language, filter } = model;
  if (pages <= 1) return null;
  const m = messagesOf(language);
  const at = (page: number) => href(`${SITE}/`, { ...queryOf(filter, language), page: page === 1 ? undefined : String(page) });
  return html`<nav class="pages" aria-label="${m.pages}">
    ${filter.page > 1 ? html`<a href="${at(filter.page - 1)}" rel="prev">${m.previous}</a>` : null}
    <span>${m.page(filter.page, pages)}</span>
    ${filter.page < pages ? html`<a href="${at(filter.page + 1)}" rel="next">${m.next}</a>` : null}
  </nav>`;
}

/** The offer: the form, how many activities pass it, one page of them. */
export function listPage(model: ListModel): Html {
  const { language, filter, activities } = model;
  const m = messagesOf(language);
  const pages = Math.ceil(activities.length / PER_PAGE);
  const shown = activities.slice((filter.page - 1) * PER_PAGE, filter.page * PER_PAGE);
  return html`<h1>${m.siteName}</h1>
    <p class="intro">${m.intro}</p>
    ${form(model)}
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">${m.results(activities.length)}</h2>
      ${
        shown.length
          ? html`<ul class="activities">
              ${shown.map((activity) => card(activity, model))}
            </ul>`
          : html`<p>${m.noResults}</p>`
      }
      ${pagination(model, pages)}
    </section>`;
}
