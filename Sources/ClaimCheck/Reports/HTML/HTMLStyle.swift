/// The HTML reports' style sheet, inlined in every page (the page's Content-Security-Policy
/// allows exactly this text, by hash). Colours meet WCAG AA contrast on their backgrounds;
/// severity is always written out too, never shown by colour alone.
enum HTMLStyle {
    static let css = #"""
:root {
  --ink: #1f2328; --muted: #57606a; --paper: #f7f6f2; --card: #ffffff; --line: #d8dee4;
  --error: #a4161a; --error-tint: #fde7e7; --error-mark: #c62828;
  --warning: #7a4300; --warning-tint: #fff1cc; --warning-mark: #c27c0e;
  --info: #174ea6; --info-tint: #e6efff; --info-mark: #3b74d4;
  --supports: #1b5e20; --supports-tint: #e3f3e5;
  --related: #4a5058; --related-tint: #eceff2;
  --focus: #174ea6;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 92rem; padding: 1.25rem 2rem 3rem;
  font: 15px/1.5 "Liberation Sans", Arial, "DejaVu Sans", system-ui, sans-serif; }
a { color: var(--info); }
a:focus-visible, .finding:focus, .claim:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, kbd { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .86em; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; background: var(--card); }
q { quotes: "\201C" "\201D" "\2018" "\2019"; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; z-index: 2; }
.page-head { border-bottom: 1px solid var(--line); padding-bottom: .6rem; margin-bottom: 1rem;
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .4rem 1.5rem; }
.page-head > .problems, .page-head > .totals { flex-basis: 100%; }
h1.tool { font-family: inherit; }
.tool { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: var(--muted); font-weight: 700; }
h1 { font: 700 1.75rem/1.25 Georgia, "DejaVu Serif", serif; margin: .2rem 0 .4rem; }
h2 { font: 700 1.35rem/1.3 Georgia, "DejaVu Serif", serif; margin: 0 0 .3rem; }
h3 { font-size: .82rem; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); margin: 0 0 .6rem; }
.totals, .meta { margin: .2rem 0; color: var(--muted); }
.count { font-weight: 700; }
.count.sev-error { color: var(--error); } .count.sev-warning { color: var(--warning); } .count.sev-info { color: var(--info); }
.sev, .ag { display: inline-block; font-size: .74rem; font-weight: 700; line-height: 1.5; padding: 0 .45em;
  border-radius: 3px; border: 1px solid; text-transform: capitalize; vertical-align: .08em; }
.sev-error.sev { color: var(--error); background: var(--error-tint); }
.sev-warning.sev { color: var(--warning); background: var(--warning-tint); }
.sev-info.sev { color: var(--info); background: var(--info-tint); }
.ag-supports.ag { color: var(--supports); background: var(--supports-tint); }
.ag-conflicts.ag { color: var(--error); background: var(--error-tint); }
.ag-related.ag { color: var(--related); background: var(--related-tint); }
.problems ul { margin: .3rem 0; padding-left: 1.2rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
.filters fieldset { border: 1px solid var(--line); border-radius: 4px; padding: .15rem .6rem .3rem; margin: 0; background: var(--card); }
.filters legend { font-size: .75rem; color: var(--muted); padding: 0 .2rem; }
.filters label { margin-right: .7rem; font-size: .85rem; white-space: nowrap; }
.shown { margin: 0; color: var(--muted); font-size: .85rem; }
.toc { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1.25rem; }
.toc ol { margin: 0; padding-left: 1.4rem; } .toc li { margin: .2rem 0; } .toc .path { color: var(--muted); font-size: .85rem; }
.draft { margin-bottom: 2.5rem; }
.draft-head { margin-bottom: .9rem; }
.draft-head h2 { font-size: 1.7rem; line-height: 1.25; margin: .35rem 0 .3rem; }
.more-evidence summary { cursor: pointer; color: var(--muted); font-size: .85rem; margin-bottom: .4rem; }
.more-evidence[open] summary { margin-bottom: .6rem; }
.columns { display: grid; grid-template-columns: minmax(0, 1.55fr) minmax(18rem, 1fr); gap: 1.5rem; align-items: start; }
.text, .findings, .card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.text { padding: 1rem 1.5rem 1rem 1rem; }
.legend { font-size: .82rem; color: var(--muted); margin: -.2rem 0 .8rem; }
.claim-key { padding: 0 .2em; }
.prose { font: 17px/1.7 Georgia, "DejaVu Serif", serif; padding-left: 2.6rem; }
.para { position: relative; margin: 0 0 .9em; }
h4.para { font-size: 1.15rem; }
blockquote.para { border-left: 3px solid var(--line); padding-left: .8rem; margin-left: 0; }
.ln { position: absolute; left: -2.6rem; width: 2.1rem; text-align: right; top: .25em;
  font: .7rem/1.5 "DejaVu Sans Mono", monospace; color: #6e7781; user-select: none; }
.claim, .claim-key { color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; border-radius: 2px; }
.claim { text-decoration-skip-ink: none; }
.worst-error.claim, .worst-error.claim-key { background: var(--error-tint); text-decoration-color: var(--error-mark); }
.worst-warning.claim, .worst-warning.claim-key { background: var(--warning-tint); text-decoration-color: var(--warning-mark); }
.worst-info.claim, .worst-info.claim-key { background: var(--info-tint); text-decoration-color: var(--info-mark); }
.worst-none.claim, .worst-none.claim-key { text-decoration-style: dotted; text-decoration-color: #6e7781; text-decoration-thickness: 1px; }
.claim.muted { background: none; text-decoration-color: #8c959f; }
.claim.current { outline: 3px solid var(--focus); outline-offset: 1px; }
.span { font-weight: 700; }
.findings { padding: 1rem; position: sticky; top: .75rem; max-height: calc(100vh - 1.5rem); overflow: auto; }
.finding-list { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--line); padding: .45rem .6rem .5rem .7rem; margin-bottom: .6rem; border-radius: 0 4px 4px 0; background: #fcfcfb; }
.finding.sev-error { border-left-color: var(--error-mark); }
.finding.sev-warning { border-left-color: var(--warning-mark); }
.finding.sev-info { border-left-color: var(--info-mark); }
.finding.suppressed { opacity: .75; }
.finding p { margin: .15rem 0; }
.finding-head { display: flex; flex-wrap: wrap; gap: .2rem .5rem; align-items: baseline; }
.rule { color: var(--ink); font-weight: 700; }
.loc { color: var(--muted); font-size: .85rem; }
a.loc { color: var(--info); }
.message { font-size: .95rem; }
.about, .related, .ev-ref, .silenced, .to-card { font-size: .85rem; color: var(--muted); }
.claims { margin-top: 1.5rem; }
.card { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 0; margin-bottom: .9rem;
  border-left: 6px solid #8c959f; overflow: hidden; }
.card.worst-error { border-left-color: var(--error-mark); }
.card.worst-warning { border-left-color: var(--warning-mark); }
.card.worst-info { border-left-color: var(--info-mark); }
.card-claim { padding: .8rem 1rem; }
.card-evidence { padding: .8rem 1rem; background: #fafbfc; border-left: 1px solid var(--line); }
.card h4 { margin: 0 0 .4rem; font-size: .95rem; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.card h5 { margin: 0 0 .4rem; font-size: .75rem; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); }
.sentence { margin: 0 0 .6rem; font: 16px/1.6 Georgia, "DejaVu Serif", serif; }
mark { background: #fff0a6; color: inherit; padding: 0 .08em; border-radius: 2px; }
mark.fig { background: #dbe8ff; } mark.date { background: #eadcff; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: 0 0 .4rem; font-size: .86rem; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
.attr-vague { color: var(--warning); font-weight: 700; }
.card-findings { font-size: .86rem; margin: .3rem 0 0; }
.card-findings a.sev-error { color: var(--error); } .card-findings a.sev-warning { color: var(--warning); }
.evidence-list { list-style: none; margin: 0; padding: 0; }
.evidence { margin-bottom: .7rem; padding-bottom: .6rem; border-bottom: 1px solid var(--line); }
.evidence:last-child { border-bottom: 0; margin-bottom: 0; padding-bottom: 0; }
.evidence.ag-related { opacity: .9; }
.ev-head { margin: 0 0 .3rem; font-size: .86rem; display: flex; flex-wrap: wrap; gap: .2rem .45rem; align-items: baseline; }
.publisher { font-weight: 700; }
.file, .score { color: var(--muted); }
.excerpt { margin: .2rem 0; font: 15px/1.6 Georgia, "DejaVu Serif", serif; border-left: 3px solid var(--line); padding-left: .7rem; }
.ag-supports .excerpt { border-left-color: #5fa86a; } .ag-conflicts .excerpt { border-left-color: var(--error-mark); }
.compared { border-collapse: collapse; font-size: .82rem; margin: .2rem 0 .35rem; }
.compared caption { text-align: left; color: var(--muted); font-size: .75rem; }
.compared th, .compared td { border: 1px solid var(--line); padding: .05rem .45rem; text-align: left; }
.compared th { font-weight: 700; color: var(--muted); background: #f3f4f6; }
.cmp-conflict td:last-child { color: var(--error); font-weight: 700; }
.cmp-agree td:last-child { color: var(--supports); font-weight: 700; }
.source-url { margin: .1rem 0 0; font-size: .78rem; overflow-wrap: anywhere; }
.source-url a { color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
.page-foot { color: var(--muted); font-size: .82rem; border-top: 1px solid var(--line); padding-top: .6rem; }
.index { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); }
.index th, .index td { padding: .4rem .7rem; border-bottom: 1px solid var(--line); text-align: left; }
.index td.num, .index th.num { text-align: right; font-variant-numeric: tabular-nums; }
.index th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); }
.index th[aria-sort="ascending"] button::after { content: " \2191"; }
.index th[aria-sort="descending"] button::after { content: " \2193"; }
.index tr.failed td { color: var(--error); }
.index td[data-severity] { font-weight: 700; }
.index td[data-severity="error"] { color: var(--error); } .index td[data-severity="warning"] { color: var(--warning); }
.index td[data-severity="info"] { color: var(--info); }
@media (max-width: 60rem) {
  body { padding: 1rem; }
  .columns, .card { grid-template-columns: minmax(0, 1fr); }
  .findings { position: static; max-height: none; }
  .card-evidence { border-left: 0; border-top: 1px solid var(--line); }
  .draft-head h2 { font-size: 1.35rem; }
  .text { padding: .8rem; }
  .prose { padding-left: 2rem; }
  .ln { left: -2rem; width: 1.7rem; }
}
@media print {
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .filters, .skip, .back, .page-foot, .to-card { display: none !important; }
  .more-evidence > summary { display: none; }
  .columns { display: block; }
  .findings { position: static; max-height: none; overflow: visible; margin-top: 1rem; }
  .text, .findings, .card { border-color: #999; }
  .card { grid-template-columns: 1fr 1.15fr; break-inside: avoid; }
  .finding, .evidence { break-inside: avoid; }
  .draft + .draft { break-before: page; }
  a { color: inherit; text-decoration: none; }
  .claim { text-decoration-line: underline; }
  .prose { font-size: 11pt; }
}
"""#
}
