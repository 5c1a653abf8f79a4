/**
 * The site's one stylesheet: readable without it (plain HTML), and with it WCAG 2.1 AA: text contrast of
 * at least 4.5:1 (#1b1b1b, #0b4f8a and #4d4d4d on white), a focus ring on everything that takes focus,
 * targets of 44 px, nothing that depends on colour alone.
 */
export const STYLESHEET = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4d4d4d; --link: #0b4f8a; --line: #c9c9c9; --focus: #ffbf47; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.0625rem; line-height: 1.5; color: var(--text); background: #fff; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
.skip { position: absolute; left: 0.5rem; top: -4rem; padding: 0.75rem 1rem; background: #fff; z-index: 1; }
.skip:focus { top: 0.5rem; }
header.site, main, footer.site { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header.site { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem; border-bottom: 1px solid var(--line); }
.site-name { margin: 0; font-weight: 700; font-size: 1.25rem; }
.languages ul { display: flex; gap: 0.5rem; list-style: none; margin: 0; padding: 0; }
.languages a { display: inline-block; min-height: 44px; padding: 0.6rem 0.75rem; }
.languages a[aria-current="true"] { font-weight: 700; text-decoration-thickness: 0.2em; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0; }
.intro { color: var(--muted); }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; padding: 1rem; border: 1px solid var(--line); border-radius: 4px; margin: 1.5rem 0; }
.filters h2, .filters .actions { grid-column: 1 / -1; margin: 0; }
.field label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.field input, .field select { width: 100%; min-height: 44px; padding: 0.5rem; font: inherit; color: var(--text); border: 2px solid var(--muted); border-radius: 4px; background: #fff; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
button { min-height: 44px; padding: 0.6rem 1.25rem; font: inherit; font-weight: 600; color: #fff; background: var(--link); border: 2px solid var(--link); border-radius: 4px; cursor: pointer; }
.activities { list-style: none; padding: 0; margin: 0; }
.activity { border-top: 1px solid var(--line); padding: 1rem 0; }
.activity h3 { margin: 0 0 0.5rem; font-size: 1.25rem; }
.activity h4 { margin: 0.75rem 0 0.25rem; font-size: 1rem; }
.meta, .no-sessions, .shown-in { color: var(--muted); }
.shown-in { font-size: 0.9em; font-weight: 400; font-style: italic; }
.sessions { margin: 0; padding-left: 1.25rem; }
.pages { display: flex; gap: 1rem; align-items: center; margin: 1.5rem 0; }
.pages a { display: inline-block; min-height: 44px; padding: 0.6rem 0; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.5rem 1.5rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.calendar a, .back a { display: inline-block; min-height: 44px; padding: 0.6rem 0; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); }
`;
