import { publicActivity, sessionOn } from '../../../test/public-activity';
import { activityPage } from './activity-page';
import { siteFilterOf } from './filters';
import { page } from './layout';
import { listPage, PER_PAGE } from './list-page';
import { textIn } from './parts';

/** Markup without the layout whitespace between tags (the formatter lays templates out as it likes). */
const squashed = (markup: string) => markup.replace(/>\s+</g, '><').trim();

const prisons = [{ id: 'HAREN', name: 'Prison de Haren', region: 'BRUSSELS' }];

describe('the site’s pages', () => {
  it('mark a text the graph gave in Dutch instead of the asked language, with its own lang', () => {
    const marked = textIn('fr', 'Leesclub', 'Leesclub').text;
    expect(squashed(marked)).toBe('<span lang="nl">Leesclub</span><span class="shown-in">(en néerlandais)</span>');
    expect(marked).toMatch(/<\/span>\s+<span/);
    expect(textIn('en', 'Reading club', 'Leesclub').text).toBe('Reading club');
    expect(textIn('nl', 'Leesclub', 'Leesclub').text).toBe('Leesclub');
  });

  it('set the document language, the current language in the switch, and keep the query when switching', () => {
    const html = squashed(
      page({
        language: 'fr',
        title: 'Football',
        main: textIn('fr', 'x', 'y'),
        path: '/directory/',
        query: { lang: 'fr', prison: 'HAREN' },
      }),
    );
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html).toContain('<title>Football – L&#39;offre dans les prisons</title>');
    expect(html).toContain('<a href="/directory/?lang=nl&amp;prison=HAREN" lang="nl" hreflang="nl">Nederlands</a>');
    expect(html).toContain('hreflang="fr" aria-current="true">Français</a>');
    expect(html).not.toMatch(/<script/i);
  });

  it('list one page of activities with the filter kept in the page links', () => {
    const activities = Array.from({ length: PER_PAGE + 1 }, (_, i) =>
      publicActivity({ id: `0000000${i}-0000-4000-8000-000000000000`, title: `Atelier ${i}` }),
    );
    const filter = siteFilterOf({ prison: 'HAREN', q: 'atelier' }, ['HAREN']);
    const html = squashed(
      listPage({ language: 'en', filter, prisons, activities, dutch: new Map(), instructionLanguages: ['fr', 'nl'] }).text,
    );
    expect(html).toContain(`<h2 id="results-heading">${PER_PAGE + 1} activities</h2>`);
    expect(html.match(/<article class="activity"/g)).toHaveLength(PER_PAGE);
    expect(html).toContain('href="/directory/?lang=en&amp;q=atelier&amp;prison=HAREN&amp;page=2" rel="next"');
    expect(html).toContain('<option value="HAREN" selected>Prison de Haren</option>');
    expect(html).toContain('<option value="fr">French</option>');
  });

  it("show an activity's facts, sessions in Belgian time and its calendar link", () => {
    const activity = publicActivity({ upcomingSessions: [sessionOn('2026-06-02', '09:00', '11:00')] });
    const dutch = { ...activity, title: 'Atelier tekenen', summary: 'Wekelijks atelier met een kunstenaar.' };
    const html = squashed(activityPage(activity, dutch, 'en').text);
    expect(html).toContain('<h1>Atelier dessin et peinture</h1>');
    expect(html).toContain('<span lang="nl">Wekelijks atelier met een kunstenaar.</span><span class="shown-in">(in Dutch)</span>');
    expect(html).toContain('<dt>For whom</dt><dd>For men and women in prison, on remand or convicted.</dd>');
    expect(html).toContain('<dt>Website</dt><dd><a href="https://example.org/cultuurhuis">https://example.org/cultuurhuis</a></dd>');
    expect(html).toContain('<dt>Period</dt><dd>6 January 2026 – 31 March 2026</dd>');
    expect(html).toContain('<time datetime="2026-06-02T07:00:00.000Z">Tuesday, 2 June 2026, 09:00–11:00</time>');
    expect(html).toContain(`href="/directory/ical/activities/${activity.id}.ics?lang=en" type="text/calendar"`);
  });
});
