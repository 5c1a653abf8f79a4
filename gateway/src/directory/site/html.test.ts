import { href, html } from './html';

/** Markup without whitespace (the formatter lays templates out as it likes; these hold no spaces of their own). */
const squashed = (markup: string) => markup.replace(/\s+/g, '');

describe('the site’s templates', () => {
  it('escape every value, in text and in attributes', () => {
    const title = '<script>alert("x")</script> & \'co\'';
    expect(html`<a title="${title}">${title}</a>`.text).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</a>',
    );
  });

  it('keep their own pieces, join lists, and leave out nothing-values', () => {
    const items = ['a', 'b<'].map((item) => html`<li>${item}</li>`);
    expect(
      squashed(
        html`<ul>
          ${items}${null}${undefined}${false}${0}
        </ul>`.text,
      ),
    ).toBe('<ul><li>a</li><li>b&lt;</li>0</ul>');
  });

  it('build links without empty parameters', () => {
    expect(href('/directory/', { lang: 'fr', prison: '', q: 'yoga & co' })).toBe('/directory/?lang=fr&q=yoga+%26+co');
    expect(href('/directory/', {})).toBe('/directory/');
  });
});
