import { css } from 'lit';

// Written compactly on purpose: funnel-forecast carries these rules within a 30 KB budget.
/** Layout shared by the planners: parameters beside results on wide hosts, stacked on narrow ones; print-friendly. */
export const plannerStyles = css`
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:var(--_gap);align-items:start}
.cols>*,.field{display:grid;gap:.5rem;min-width:0}
.cols>*{grid-template-columns:minmax(0,1fr)}
.field{gap:0}
small,.legend{font-size:.75rem}
.legend{display:flex;flex-wrap:wrap;gap:0 .75rem}
.msg,.bad{color:var(--_error)}
.ok{color:var(--_success)}
dl{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:0}
dd{margin:0;font-size:1.125rem;font-weight:700}
figure{margin:0}
.c1{fill:var(--_success);background:var(--_success)}
.c2{fill:var(--_brand);background:var(--_brand)}
.c3{fill:var(--_error);background:var(--_error)}
.c4{fill:var(--_tier-4);background:var(--_tier-4)}
.key{display:inline-block;width:.75rem;height:.75rem;margin-right:.25rem}
.tk{width:2px;background:currentColor}
.link{fill:var(--_track)}
.target{stroke:currentColor;stroke-width:2}
td input{width:5rem}
@media print{.no-print,.slider{display:none}}
`;
