// The report's stylesheet, inlined into every page (no network requests).
// Colours meet WCAG 2.2 AA contrast on white; print styles drop navigation.
#ifndef HEARD_REPORT_STYLE_H_
#define HEARD_REPORT_STYLE_H_

namespace heard {

inline constexpr const char kReportCss[] = R"css(
:root{--ink:#1b1f24;--muted:#4a5561;--line:#d5dbe1;--accent:#1d4f91;--mark:#fff2a8;--bar:#2f6db5;--soft:#f4f6f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2}
header.site{background:var(--accent);color:#fff;padding:10px 24px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;justify-content:space-between}
header.site .consultation{margin:0;font-weight:600}
header.site nav a{color:#fff;margin-left:16px;text-decoration:none;border-bottom:2px solid transparent}
header.site nav a[aria-current=page]{border-bottom-color:#fff}
header.site nav a:focus,header.site nav a:hover{border-bottom-color:#fff}
main{max-width:1040px;margin:0 auto;padding:16px 24px 40px}
h1{font-size:1.7rem;margin:.6em 0 .2em}h2{font-size:1.3rem;margin:1.6em 0 .5em;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:1.05rem;margin:1.2em 0 .3em}
p.lede{color:var(--muted);margin-top:0}
a{color:var(--accent)}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.figure{background:var(--soft);border-radius:6px;padding:10px 16px;min-width:150px}
.figure b{display:block;font-size:1.6rem;line-height:1.2}
.figure span{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}tbody th{background:none;font-weight:400}tr.total th{font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td,tr.total th{font-weight:600;border-top:2px solid var(--ink)}
tr.sub th:first-child,tr.sub td:first-child{padding-left:28px}
.bar{display:block;height:12px;min-width:1px;background:var(--bar);border-radius:2px}
td.barcell{width:30%}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 32px}
@media (max-width:760px){.cols{grid-template-columns:1fr}}
blockquote{margin:8px 0 12px;padding:8px 14px;border-left:4px solid var(--bar);background:var(--soft);white-space:pre-wrap}
blockquote footer{color:var(--muted);font-size:.9rem;margin-top:4px;white-space:normal}
mark{background:var(--mark);color:inherit;padding:0 1px;border-radius:2px}
.redacted{background:#e3e6ea;color:var(--muted);font-style:italic;padding:0 3px;border-radius:2px}
.note{color:var(--muted);font-size:.92rem}
.chip{display:inline-block;background:#e4ecf7;color:#173f73;border-radius:10px;padding:0 8px;margin:2px 4px 2px 0;font-size:.85rem}
.chip.manual{background:#f3e6d4;color:#5c3a0e}
.chip.removed{background:#f1f1f1;color:#555}
figure.chart{margin:8px 0 4px}figure.chart svg{width:100%;max-width:780px;height:auto;font-size:13px;fill:#1a1a1a}
figure.chart svg .bar{fill:var(--bar)}figure.chart figcaption{color:var(--muted);font-size:.9rem}
ol.findings{padding-left:1.4em}ol.findings li{margin:.25em 0}
.response{border-bottom:1px solid var(--line);padding:10px 0}
.response h2{margin:0;font-size:1rem;border-bottom:0;padding-bottom:0}
.response .meta{color:var(--muted);font-size:.88rem}
.answer{margin:6px 0}.answer .q{font-weight:600;font-size:.9rem;color:var(--muted)}
.answer .t{white-space:pre-wrap;overflow-wrap:anywhere}blockquote{overflow-wrap:anywhere}.filters select{max-width:100%}.cols>div{min-width:0}
.filters{background:var(--soft);padding:8px 12px;border-radius:6px;margin:8px 0 12px}
.ok{color:#1d6b36;font-weight:600}.bad{color:#a3161a;font-weight:600}
code{background:var(--soft);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
body>footer{max-width:1040px;margin:0 auto;padding:12px 24px 32px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@page{size:A4;margin:14mm 14mm 16mm}
@media print{header.site nav,.skip,.filters{display:none}header.site{background:#fff;color:#000;padding:0}main{padding:0}blockquote{break-inside:avoid}h2{break-after:avoid}
body{font-size:9.5pt}h1{font-size:15pt;margin:0 0 2pt}h2{font-size:12pt;margin:10pt 0 4pt}h3{font-size:10pt;margin:6pt 0 2pt}
table{font-size:8.5pt;margin:4px 0 8px}th,td{padding:2px 6px}.figures{margin:6px 0;gap:6px}.figure{padding:4px 10px}.figure b{font-size:13pt}
table.themes{display:none}.cols{grid-template-columns:1fr 1fr;gap:0 16px}.figure{min-width:0}figure.chart svg{max-width:150mm}blockquote footer{font-size:8pt}body>footer{display:none}figure.chart svg{font-size:12px}blockquote{margin:4px 0;padding:4px 10px}footer{font-size:8pt}}
)css";

}  // namespace heard

#endif  // HEARD_REPORT_STYLE_H_
