// The figures as text: a plain table for the terminal and a Markdown table for the README.

// three decimals, as the figures are rounded: "R 1.000", not "R 1"
const NUM = (x) => x.toFixed(3);

/** One row per field: [field, figure, counts]. */
export function rows(figures) {
  const out = [];
  for (const f of ['citations', 'participants', 'provinces', 'agreements', 'until', 'sectors']) {
    const x = figures[f];
    out.push([f, `P ${NUM(x.p)}  R ${NUM(x.r)}  F1 ${NUM(x.f1)}`, `${x.tp} right, ${x.fp} extra, ${x.fn} missed`]);
  }
  const pub = figures.published;
  out.push(['published', NUM(pub.acc), `${pub.ok} of ${pub.n} articles that state a date`]);
  const e = figures.enumerations;
  out.push(['enumerations', `R ${NUM(e.recall)}  P ${NUM(e.precision)}`, `${e.found} of ${e.gold} numbered runs found, ${e.out} lists out`]);
  const t = figures.title;
  out.push(['title', t ? NUM(t.acc) : 'n/a', t ? `${t.ok} of ${t.n} articles with a gold title` : 'no gold file has a title']);
  return out;
}

export function textTable(figures) {
  const rs = rows(figures);
  const w0 = Math.max(...rs.map((r) => r[0].length)), w1 = Math.max(...rs.map((r) => r[1].length));
  const lines = rs.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  const { gold, missing } = figures.articles;
  if (missing) lines.push(`articles missing from the output: ${missing} of ${gold}`);
  return lines.join('\n');
}

export function markdownTable(figures) {
  const rs = rows(figures).map(([a, b, c]) => `| ${a} | ${b.replace(/ {2}/g, ' · ')} | ${c} |`);
  return ['| field | figure | counts |', '| --- | --- | --- |', ...rs].join('\n');
}

export const README_BEGIN = '<!-- accuracy:begin -->';
export const README_END = '<!-- accuracy:end -->';

/** The README with the text between its accuracy markers replaced by `block`; throws when the markers are missing. */
export function replaceBlock(readme, block) {
  const i = readme.indexOf(README_BEGIN), j = readme.indexOf(README_END);
  if (i < 0 || j < i) throw new Error(`no ${README_BEGIN} … ${README_END} block`);
  return `${readme.slice(0, i + README_BEGIN.length)}\n${block}\n${readme.slice(j)}`;
}
