/*
 * The page of `linkage report`. It reads the figures embedded by the build
 * (#report-data), draws each section with Observable Plot and d3 (inlined
 * before this script) and opens lists of articles and article views on
 * demand. Every number is a link to the articles behind it. No request ever
 * leaves the page (its Content-Security-Policy forbids it).
 */
(() => {
  'use strict';
  const t0 = performance.now();
  const $ = (s, r = document) => r.querySelector(s);
  const D = JSON.parse($('#report-data').textContent);
  const T = JSON.parse($('#report-texts').textContent);
  const M = JSON.parse($('#report-meta').textContent);
  const A = D.articles; // [file, title, published, source]
  const NF = new Intl.NumberFormat('en-US');
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const fold = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const day = (s) => (s ? s.slice(0, 10) : '—');
  const titleOf = (i) => A[i][1] || A[i][0].split('/').pop();
  const date = (s) => (s ? new Date(s.length === 7 ? `${s}-01` : s.slice(0, 10)) : null);

  // ---- lists of articles behind numbers ----------------------------------
  const LISTS = [];
  /** a number that opens the list of its articles */
  function num(n, ids, title) {
    const k = LISTS.push({ ids, title }) - 1;
    return `<a href="#" class="num" data-list="${k}" title="${esc(`${title} — show the articles`)}">${NF.format(n)}</a>`;
  }
  function art(i, label) {
    return `<a href="#article-${i}" class="art" data-article="${i}">${esc(label ?? titleOf(i))}</a>`;
  }
  const PAGE = 200;
  function showList(list) {
    const drawer = $('#drawer');
    const ids = [...list.ids].sort((x, y) => (A[y][2] || '').localeCompare(A[x][2] || '') || x - y);
    let shown = 0;
    drawer.innerHTML = `<div class="drawer-head"><h3>${esc(list.title)}</h3><button type="button" class="close" aria-label="close">×</button></div>
      <p class="muted">${NF.format(ids.length)} article${ids.length === 1 ? '' : 's'}, newest first</p>
      <table class="list"><thead><tr><th>published</th><th>article</th><th>source</th></tr></thead><tbody></tbody></table>
      <button type="button" class="more">show more</button>`;
    const body = $('tbody', drawer), more = $('.more', drawer);
    const page = () => {
      body.insertAdjacentHTML('beforeend', ids.slice(shown, shown + PAGE).map((i) =>
        `<tr><td class="nowrap">${esc(day(A[i][2]))}</td><td>${art(i)}<div class="file">${esc(A[i][0])}</div></td><td>${esc(A[i][3] || '')}</td></tr>`).join(''));
      shown = Math.min(ids.length, shown + PAGE);
      more.hidden = shown >= ids.length;
    };
    more.onclick = page;
    $('.close', drawer).onclick = () => drawer.classList.remove('open');
    page();
    drawer.classList.add('open');
    drawer.scrollTop = 0;
  }

  // ---- article views -----------------------------------------------------
  const chunkCache = new Map();
  async function inflate(b64) {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  async function viewOf(i) {
    if (i >= T.embedded || !T.starts.length) return null;
    let c = T.starts.length - 1;
    while (c > 0 && T.starts[c] > i) c--;
    if (!chunkCache.has(c)) chunkCache.set(c, inflate(T.chunks[c]));
    return (await chunkCache.get(c)).find((v) => v[0] === i) ?? null;
  }
  /** the text cut at every span boundary, each piece marked with the innermost fact over it */
  function highlighted(text, marks, labels) {
    const cuts = new Set([0, text.length]);
    for (const m of marks) { cuts.add(m[0]); cuts.add(m[1]); }
    const points = [...cuts].sort((x, y) => x - y);
    const starts = [...marks].sort((x, y) => x[0] - y[0]);
    let active = [], k = 0, out = '';
    for (let p = 0; p + 1 < points.length; p++) {
      const a = points[p], b = points[p + 1];
      while (k < starts.length && starts[k][0] <= a) active.push(starts[k++]);
      active = active.filter((m) => m[1] > a);
      const piece = esc(text.slice(a, b));
      if (!active.length) { out += piece; continue; }
      const inner = active.reduce((x, y) => (y[1] - y[0] < x[1] - x[0] ? y : x));
      const tip = [...new Set(active.map((m) => `${M.kinds[m[2]]}: ${labels[m[3]]}`))].join('\n');
      out += `<mark class="k${inner[2]}" data-label="${inner[3]}" title="${esc(tip)}">${piece}</mark>`;
    }
    return out;
  }
  async function openArticle(i) {
    if (!A[i]) return;
    const box = $('#viewer');
    const [file, title, published, source] = A[i];
    box.innerHTML = `<div class="viewer-card"><div class="drawer-head"><h3>${esc(title || file)}</h3><button type="button" class="close" aria-label="close">×</button></div>
      <p class="muted">${esc(file)} · published ${esc(day(published))}${source ? ` · ${esc(source)}` : ''}</p><div class="view-body"><p class="muted">Loading the text…</p></div></div>`;
    box.classList.add('open');
    $('.close', box).onclick = closeArticle;
    if (location.hash !== `#article-${i}`) history.replaceState(null, '', `#article-${i}`);
    const view = await viewOf(i);
    const body = $('.view-body', box);
    if (!view && T.missing.includes(i)) {
      body.innerHTML = '<p class="notice">The text of this article is not embedded: it was read from standard input (or its file changed or went away while the report was built).</p>';
      return;
    }
    if (!view) {
      body.innerHTML = `<p class="notice">The text of this article is not embedded: the report keeps the texts of the first ${NF.format(T.embedded)} articles (${NF.format(Math.round(T.budget / 1e6))} MB of compressed text at most), to keep the file small. Run <code>linkage extract ${esc(file)}</code> for its facts with their spans.</p>`;
      return;
    }
    const [, text, truncated, marks, labels] = view;
    const counts = new Map();
    for (const m of marks) counts.set(`${m[2]}|${m[3]}`, (counts.get(`${m[2]}|${m[3]}`) ?? 0) + 1);
    const facts = [...counts].map(([key, n]) => { const [k, l] = key.split('|').map(Number); return { k, l, n }; })
      .sort((x, y) => x.k - y.k || labels[x.l].localeCompare(labels[y.l]));
    body.innerHTML = `<div class="legend">${M.kinds.map((k, j) => `<span class="k${j}">${esc(k)}</span>`).join('')}</div>
      ${truncated ? `<p class="notice">Only the first ${NF.format(T.cap)} characters of this article are embedded; facts further on are not shown.</p>` : ''}
      <div class="view-grid"><pre class="text">${highlighted(text, marks, labels)}</pre>
      <ul class="facts">${facts.map((f) => `<li><button type="button" class="k${f.k}" data-goto="${f.l}">${esc(M.kinds[f.k])}</button> ${esc(labels[f.l])}${f.n > 1 ? ` <span class="muted">×${f.n}</span>` : ''}</li>`).join('')}</ul></div>`;
    body.onclick = (e) => {
      const b = e.target.closest('[data-goto]');
      if (!b) return;
      const m = body.querySelector(`mark[data-label="${b.dataset.goto}"]`);
      if (m) { m.scrollIntoView({ block: 'center' }); m.classList.add('flash'); setTimeout(() => m.classList.remove('flash'), 1200); }
    };
  }
  function closeArticle() {
    $('#viewer').classList.remove('open');
    if (location.hash.startsWith('#article-')) history.replaceState(null, '', location.pathname);
  }

  // ---- helpers -----------------------------------------------------------
  function section(id, title, intro) {
    const s = document.createElement('section');
    s.id = id;
    s.className = 'section';
    s.innerHTML = `<h2>${esc(title)}</h2>${intro ? `<p class="intro">${intro}</p>` : ''}<div class="body"></div>`;
    $('#sections').append(s);
    return $('.body', s);
  }
  /** a Plot chart; a click on it opens what its pointer is on */
  function chart(el, options, onPick) {
    const p = Plot.plot({ style: { fontSize: '11px', background: 'transparent' }, ...options });
    const wrap = document.createElement('div');
    wrap.className = 'chart';
    wrap.append(p);
    el.append(wrap);
    if (onPick) p.addEventListener('click', () => { if (p.value) onPick(p.value); });
    return p;
  }
  function table(head, rows, cls = '') {
    return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  /** a filterable table: `render(items)` gives rows; the first `limit` matches are shown */
  function filtered(el, items, { placeholder, key, head, row, limit = 100 }) {
    const bar = document.createElement('div'), box = document.createElement('div');
    bar.className = 'filter';
    bar.innerHTML = `<input type="search" placeholder="${esc(placeholder)}"> <span class="muted"></span>`;
    box.className = 'tbl';
    el.append(bar, box);
    const input = $('input', bar), note = $('.muted', bar);
    const keys = items.map((it) => fold(key(it)));
    const draw = () => {
      const q = fold(input.value.trim());
      const hits = [];
      for (let i = 0; i < items.length && hits.length < limit; i++) if (!q || keys[i].includes(q)) hits.push(i);
      box.innerHTML = table(head, hits.map((i) => row(items[i], i)));
      note.textContent = `${hits.length < limit ? hits.length : `first ${limit}`} of ${NF.format(items.length)}`;
    };
    input.addEventListener('input', draw);
    draw();
  }
  const tip = (data, opts) => Plot.tip(data, Plot.pointer({ ...opts, maxRadius: 30 }));

  // ---- 1. overview -------------------------------------------------------
  function overview() {
    const el = section('overview', 'Overview');
    const O = D.overview;
    const all = A.map((_, i) => i);
    el.innerHTML = `<div class="cards">
      <div class="card"><b>${num(A.length, all, 'All articles')}</b><span>articles</span></div>
      <div class="card"><b>${O.dateRange ? `${esc(day(O.dateRange[0]))} → ${esc(day(O.dateRange[1]))}` : '—'}</b><span>publication dates</span></div>
      <div class="card"><b>${NF.format(O.sources.length)}</b><span>sources named</span></div>
      <div class="card"><b>${num(O.noDate.length, O.noDate, 'Articles without a publication date')}</b><span>without a publication date</span></div>
      <div class="card"><b>${NF.format(D.failed.length)}</b><span>could not be read</span></div>
    </div>
    <div class="cols"><div><h3>Facts</h3>${table(['kind', 'facts', 'articles with one'], O.kinds.map((k) =>
      `<tr><td>${esc(k.label)}</td><td class="r">${NF.format(k.facts)}</td><td class="r">${num(k.n, k.ids, `Articles with ${k.label}`)}</td></tr>`))}</div>
    <div><h3>Sources</h3>${O.sources.length ? table(['source', 'articles'], O.sources.slice(0, 25).map((s) =>
      `<tr><td>${esc(s.label)}</td><td class="r">${num(s.n, s.ids, `Articles from ${s.label}`)}</td></tr>`)) : '<p class="muted">No article names its source.</p>'}
      ${O.sources.length > 25 ? `<p class="muted">The 25 most frequent of ${NF.format(O.sources.length)}.</p>` : ''}</div></div>
    <h3>Could not be read</h3>${D.failed.length ? `<ul class="failed">${D.failed.slice(0, 200).map((f) => `<li><code>${esc(f.file)}</code>: ${esc(f.reason)}</li>`).join('')}</ul>${D.failed.length > 200 ? `<p class="muted">The first 200 of ${NF.format(D.failed.length)}.</p>` : ''}` : '<p class="muted">Every input was read.</p>'}
    <p class="muted caps">Article views: the texts of ${NF.format(T.embedded)} of ${NF.format(A.length)} articles are embedded, each up to its first ${NF.format(T.cap)} characters (at most ${NF.format(Math.round(T.budget / 1e6))} MB compressed in all). Built by linkage ${esc(M.version)} on ${esc(D.generated.slice(0, 16).replace('T', ' '))} UTC with ${esc(M.libraries.join(', '))}.</p>`;
  }

  // ---- 2. timeline -------------------------------------------------------
  function timeline() {
    const el = section('timeline', 'Timeline', 'Articles by month of publication, the events they date, and the horizons they name. Click a bar for its articles.');
    const L = D.timeline;
    const months = L.months.map((m) => ({ ...m, date: date(m.label) }));
    el.insertAdjacentHTML('beforeend', '<h3>Articles by month of publication</h3>');
    if (months.length) {
      chart(el, { width: 900, height: 220, x: { type: 'utc', label: null }, y: { grid: true, label: 'articles' },
        marks: [Plot.rectY(months, { x: 'date', y: 'n', interval: 'month', fill: '#4c78a8' }), Plot.ruleY([0]),
          tip(months, { x: 'date', y: 'n', title: (d) => `${d.label}: ${d.n} articles` })] },
      (d) => showList({ ids: d.ids, title: `Articles published in ${d.label}` }));
    } else el.insertAdjacentHTML('beforeend', '<p class="muted">No article has a publication date.</p>');
    el.insertAdjacentHTML('beforeend', '<h3>Events by month</h3>');
    const events = L.events.map((m) => ({ ...m, date: date(m.label) })).filter((m) => m.date && m.date.getUTCFullYear() > 1900);
    if (events.length) {
      chart(el, { width: 900, height: 200, x: { type: 'utc', label: null }, y: { grid: true, label: 'event dates' },
        marks: [Plot.rectY(events, { x: 'date', y: 'n', interval: 'month', fill: '#f58518' }), Plot.ruleY([0]),
          tip(events, { x: 'date', y: 'n', title: (d) => `${d.label}: ${d.n} event dates in ${d.ids.length} articles` })] },
      (d) => showList({ ids: d.ids, title: `Articles with events in ${d.label}` }));
    } else el.insertAdjacentHTML('beforeend', '<p class="muted">No event dates.</p>');
    el.insertAdjacentHTML('beforeend', '<h3>Horizons: targets, visions and periods</h3>');
    const H = L.horizons;
    if (!H.length) { el.insertAdjacentHTML('beforeend', '<p class="muted">No horizons named.</p>'); return; }
    const points = H.filter((h) => h.kind !== 'period');
    const periods = [...H.filter((h) => h.kind === 'period')].sort((x, y) => y.n - x.n).slice(0, 15);
    chart(el, { width: 900, height: 120 + 18 * periods.length, marginLeft: 110, x: { label: 'year', tickFormat: 'd' }, y: { label: null },
      color: { domain: ['target', 'vision', 'period'], range: ['#54a24b', '#b279a2', '#4c78a8'], legend: true },
      marks: [
        Plot.ruleY(periods, { x1: 'from', x2: 'to', y: 'label', stroke: () => 'period', strokeWidth: 6 }),
        Plot.dot(points, { x: 'year', y: (d) => (d.kind === 'vision' ? 'visions' : 'targets'), r: 'n', fill: 'kind', fillOpacity: 0.7 }),
        tip([...points.map((d) => ({ ...d, x: d.year, y: d.kind === 'vision' ? 'visions' : 'targets' })), ...periods.map((d) => ({ ...d, x: (d.from + d.to) / 2, y: d.label }))],
          { x: 'x', y: 'y', title: (d) => `${d.label}: ${d.n} mentions in ${d.ids.length} articles` }),
      ] }, (d) => showList({ ids: d.ids, title: `Articles naming ${d.label}` }));
    const top = [...H].sort((x, y) => y.ids.length - x.ids.length).slice(0, 30);
    el.insertAdjacentHTML('beforeend', table(['horizon', 'kind', 'articles'], top.map((h) =>
      `<tr><td>${esc(h.label)}</td><td>${esc(h.kind)}</td><td class="r">${num(h.ids.length, h.ids, `Articles naming ${h.label}`)}</td></tr>`), 'compact'));
  }

  // ---- 3. documents ------------------------------------------------------
  function documents() {
    const Dc = D.documents;
    const el = section('documents', 'Documents', `The documents cited most, with the articles that cite them and when; short references (<i>Nghị quyết 37</i>, <i>Nghị quyết này</i>) count with their document. ${Dc.total > Dc.list.length ? `The ${NF.format(Dc.list.length)} most cited of ${NF.format(Dc.total)} documents are kept.` : ''}`);
    if (!Dc.list.length) { el.innerHTML = '<p class="muted">No citations.</p>'; return; }
    const top = Dc.list.slice(0, 15);
    const dots = [];
    for (const d of top) for (const [a, n] of d.cites) if (A[a][2]) dots.push({ doc: d.id, date: date(A[a][2]), a, n });
    el.insertAdjacentHTML('beforeend', '<h3>Citations over time (the 15 most cited; one dot per citing article)</h3>');
    if (dots.length) {
      chart(el, { width: 940, height: 60 + 24 * top.length, marginLeft: 190, x: { type: 'utc', label: 'published', grid: true }, y: { domain: top.map((d) => d.id), label: null },
        marks: [Plot.dot(dots, { x: 'date', y: 'doc', r: 3, fill: '#4c78a8', fillOpacity: 0.5 }),
          tip(dots, { x: 'date', y: 'doc', title: (d) => `${d.doc}\n${day(A[d.a][2])} · ${titleOf(d.a)}\ncited ${d.n}×` })] },
      (d) => openArticle(d.a));
    }
    el.insertAdjacentHTML('beforeend', '<h3>Most-cited documents</h3><div class="doc-detail"></div>');
    const detail = $('.doc-detail', el);
    const status = (s) => (s ? `<span class="status s-${esc(s)}">${esc(s)}</span>` : '<span class="muted">not in registry</span>');
    filtered(el, Dc.list, {
      placeholder: 'filter: number, kind, issuer…', key: (d) => `${d.id} ${d.kind} ${d.issuer} ${d.title}`,
      head: ['document', 'kind', 'issuer', 'date', 'term', 'registry', 'articles', 'citations', 'first cited', 'last cited'],
      row: (d, i) => {
        const ids = d.cites.map((c) => c[0]);
        const dated = d.cites.filter((c) => A[c[0]][2]);
        return `<tr><td><a href="#" class="doc" data-doc="${i}">${esc(d.id)}</a>${d.title ? `<div class="file">${esc(d.title)}</div>` : ''}</td><td>${esc(d.kind || '')}</td><td>${esc(d.issuer || '')}</td>
          <td class="nowrap">${esc(d.date || '')}</td><td>${esc(d.term || '')}</td><td>${status(d.status)}</td>
          <td class="r">${num(ids.length, ids, `Articles citing ${d.id}`)}</td><td class="r">${num(d.mentions, ids, `Articles citing ${d.id}`)}</td>
          <td class="nowrap">${esc(day(dated[0] && A[dated[0][0]][2]))}</td><td class="nowrap">${esc(day(dated.length ? A[dated[dated.length - 1][0]][2] : null))}</td></tr>`;
      },
    });
    el.addEventListener('click', (e) => {
      const a = e.target.closest('a.doc');
      if (!a) return;
      e.preventDefault();
      const d = Dc.list[Number(a.dataset.doc)];
      detail.innerHTML = `<div class="panel"><button type="button" class="close" aria-label="close">×</button><h4>${esc([d.kind, d.id].filter(Boolean).join(' '))}${d.issuer ? ` — ${esc(d.issuer)}` : ''}</h4>
        <p class="muted">${d.date ? `dated ${esc(d.date)}` : 'date not stated'}${d.term ? ` · khóa ${esc(d.term)}` : ''} · ${status(d.status)} · cited in ${NF.format(d.cites.length)} articles</p>
        ${table(['published', 'citing article', 'times'], d.cites.slice(0, 300).map(([i, n]) => `<tr><td class="nowrap">${esc(day(A[i][2]))}</td><td>${art(i)}</td><td class="r">${n}</td></tr>`), 'compact')}
        ${d.cites.length > 300 ? `<p class="muted">The first 300 by date; ${num(d.cites.length, d.cites.map((c) => c[0]), `Articles citing ${d.id}`)} in all.</p>` : ''}</div>`;
      $('.close', detail).onclick = () => { detail.innerHTML = ''; };
      detail.scrollIntoView({ block: 'nearest' });
    });
  }

  // ---- 4. people ---------------------------------------------------------
  function people() {
    const P = D.people;
    const el = section('people', 'People', `Participants across the articles: one entry per person whatever the spelling or tone placement (<i>Thủy</i>/<i>Thuỷ</i>, <i>Lý</i>/<i>Lí</i>), with their titles as they change over time. ${P.total > P.list.length ? `The ${NF.format(P.list.length)} named in most articles of ${NF.format(P.total)} are kept.` : ''}`);
    if (!P.list.length) { el.innerHTML = '<p class="muted">No participants.</p>'; return; }
    el.insertAdjacentHTML('beforeend', '<div class="person-detail"></div>');
    const detail = $('.person-detail', el);
    const latest = (p) => [...p.titles].sort((x, y) => (y.last || '').localeCompare(x.last || '')).slice(0, 2).map((t) => esc(t.title)).join('; ');
    filtered(el, P.list, {
      placeholder: 'filter: name (with or without tones), title…', key: (p) => `${p.variants.join(' ')} ${p.titles.map((t) => t.title).join(' ')}`,
      head: ['person', 'articles', 'latest titles', 'roles'],
      row: (p, i) => `<tr><td><a href="#" class="person" data-person="${i}">${esc(p.name)}</a>${p.variants.length > 1 ? `<div class="file">also ${esc(p.variants.filter((v) => v !== p.name).join(', '))}</div>` : ''}</td>
        <td class="r">${num(p.ids.length, p.ids, `Articles naming ${p.name}`)}</td><td>${latest(p)}</td><td>${esc(p.roles.map(([r, n]) => `${r} ${n}`).join(', '))}</td></tr>`,
    });
    const open = (p) => {
      detail.innerHTML = `<div class="panel"><button type="button" class="close" aria-label="close">×</button><h4>${esc(p.name)}</h4>
        <p class="muted">${p.variants.length > 1 ? `written ${esc(p.variants.join(' / '))} · ` : ''}in ${num(p.ids.length, p.ids, `Articles naming ${p.name}`)} articles${p.roles.length ? ` · roles: ${esc(p.roles.map(([r, n]) => `${r} (${n})`).join(', '))}` : ''}</p><div class="title-chart"></div>
        ${table(['title', 'first seen', 'last seen', 'articles'], p.titles.map((t) => `<tr><td>${esc(t.title)}</td><td class="nowrap">${esc(day(t.first))}</td><td class="nowrap">${esc(day(t.last))}</td><td class="r">${num(t.ids.length, t.ids, `${p.name}, ${t.title}`)}</td></tr>`), 'compact')}</div>`;
      const spells = p.titles.filter((t) => t.first).map((t) => ({ ...t, x1: date(t.first), x2: date(t.last) }));
      if (spells.length) {
        chart($('.title-chart', detail), { width: 860, height: 50 + 22 * spells.length, marginLeft: 260, x: { type: 'utc', label: null, grid: true }, y: { label: null, domain: spells.map((t) => t.title) },
          marks: [Plot.ruleY(spells, { x1: 'x1', x2: 'x2', y: 'title', stroke: '#4c78a8', strokeWidth: 4 }), Plot.dot(spells, { x: 'x1', y: 'title', fill: '#4c78a8' }), Plot.dot(spells, { x: 'x2', y: 'title', fill: '#4c78a8' }),
            tip(spells, { x: 'x1', y: 'title', title: (t) => `${t.title}\n${day(t.first)} → ${day(t.last)} · ${t.ids.length} articles` })] },
        (t) => showList({ ids: t.ids, title: `${p.name}, ${t.title}` }));
      }
      $('.close', detail).onclick = () => { detail.innerHTML = ''; };
    };
    el.addEventListener('click', (e) => {
      const a = e.target.closest('a.person');
      if (!a) return;
      e.preventDefault();
      open(P.list[Number(a.dataset.person)]);
      detail.scrollIntoView({ block: 'nearest' });
    });
    open(P.list[0]);
  }

  // ---- 5. places and agreements -----------------------------------------
  function places() {
    const G = D.places;
    const el = section('places', 'Places and agreements', `Vietnam's 34 provinces since 1/7/2025, each at its seat (no boundaries: no freely licensed boundary set of the 34 is published); pre-2025 names count for the province that holds them now. ${NF.format(G.agreements)} agreements signed, ${NF.format(G.agreementsWithProvince)} with a province among their parties.`);
    const provs = G.provinces.map((p) => ({ ...p, n: p.ids.length }));
    el.insertAdjacentHTML('beforeend', '<div class="cols"><div class="map"><h3>Articles and agreements per province</h3></div><div class="ptable"></div></div>');
    chart($('.map', el), {
      width: 380, height: 640, projection: { type: 'mercator', domain: { type: 'MultiPoint', coordinates: [[102.1, 8.4], [109.6, 23.4]] } },
      r: { range: [2, 16] }, color: { type: 'linear', scheme: 'oranges', label: 'agreements', legend: true },
      marks: [Plot.graticule({ stroke: '#ddd' }),
        Plot.dot(provs, { x: 'lon', y: 'lat', r: 'n', fill: 'agreements', stroke: '#333', strokeWidth: 0.6, fillOpacity: 0.85 }),
        Plot.text(provs, { x: 'lon', y: 'lat', text: 'name', dx: 6, textAnchor: 'start', fontSize: 9, fill: '#333' }),
        tip(provs, { x: 'lon', y: 'lat', title: (p) => `${p.name} (seat: ${p.seat})${p.merged.length ? `\nsince 2025 also ${p.merged.join(', ')}` : ''}\n${p.n} articles · ${p.agreements} agreements` })],
    }, (p) => showList({ ids: p.ids, title: `Articles naming ${p.name}${p.merged.length ? ` (or ${p.merged.join(', ')})` : ''}` }));
    $('.ptable', el).innerHTML = table(['province', 'folded in since 2025', 'articles', 'agreements'], [...provs].sort((x, y) => y.n - x.n || x.name.localeCompare(y.name, 'vi')).map((p) =>
      `<tr><td>${esc(p.name)}</td><td class="small">${esc(p.merged.join(', '))}</td><td class="r">${num(p.n, p.ids, `Articles naming ${p.name}`)}</td><td class="r">${num(p.agreements, p.agreementIds, `Agreements of ${p.name}`)}</td></tr>`), 'compact');

    el.insertAdjacentHTML('beforeend', '<h3>Signed agreements: sector × province</h3>');
    const name = new Map(G.provinces.map((p) => [p.id, p.name]));
    const label = new Map(G.sectors.map((s) => [s.key, s.label]));
    const cells = G.heat.map((c) => ({ ...c, p: name.get(c.province) ?? c.province, s: label.get(c.sector) ?? c.sector }));
    if (cells.length) {
      const ps = [...new Set(cells.map((c) => c.p))], ss = [...new Set(cells.map((c) => c.s))];
      const max = Math.max(...cells.map((c) => c.n));
      chart(el, { width: Math.max(480, 250 + 30 * ps.length), height: 130 + 22 * ss.length, marginLeft: 230, marginTop: 110, padding: 0.05,
        x: { domain: ps, axis: 'top', tickRotate: -45, label: null }, y: { domain: ss, label: null }, color: { scheme: 'blues', label: 'agreements', legend: true },
        marks: [Plot.cell(cells, { x: 'p', y: 's', fill: 'n' }), Plot.text(cells, { x: 'p', y: 's', text: 'n', fill: (c) => (c.n > max / 2 ? 'white' : 'black'), fontSize: 9 }),
          tip(cells, { x: 'p', y: 's', title: (c) => `${c.s} × ${c.p}: ${c.n} agreements` })] },
      (c) => showList({ ids: c.ids, title: `Agreements on ${c.s} with ${c.p}` }));
    } else el.insertAdjacentHTML('beforeend', '<p class="muted">No signed agreement names both a province among its parties and a known sector.</p>');

    el.insertAdjacentHTML('beforeend', `<h3>Agreement parties</h3><p class="muted">Parties linked when they sign together${G.network.total > G.network.nodes.length ? `; the ${G.network.nodes.length} most frequent of ${NF.format(G.network.total)}` : ''}. Click a party or a link for its articles.</p>`);
    network(el, G.network);
  }

  function network(el, net) {
    if (!net.nodes.length) { el.insertAdjacentHTML('beforeend', '<p class="muted">No agreement parties.</p>'); return; }
    const W = 900, H = 520;
    const nodes = net.nodes.map((n, i) => ({ ...n, i }));
    const links = net.links.map((l) => ({ ...l }));
    const colour = { province: '#e45756', country: '#4c78a8', organization: '#72b7b2' };
    const r = (n) => 4 + Math.sqrt(n.n) * 2;
    const sim = d3.forceSimulation(nodes).force('link', d3.forceLink(links).distance(60))
      .force('charge', d3.forceManyBody().strength(-90)).force('center', d3.forceCenter(W / 2, H / 2))
      .force('collide', d3.forceCollide((n) => r(n) + 2)).stop();
    for (let k = 0; k < 300; k++) sim.tick();
    for (const n of nodes) { n.x = Math.max(10, Math.min(W - 10, n.x)); n.y = Math.max(10, Math.min(H - 10, n.y)); }
    const svg = d3.create('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('width', W).attr('class', 'network').attr('role', 'img');
    svg.append('g').selectAll('line').data(links).join('line').attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y)
      .attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y).attr('stroke', '#999').attr('stroke-opacity', 0.6)
      .attr('stroke-width', (l) => Math.min(8, 1 + Math.log2(l.n))).style('cursor', 'pointer')
      .on('click', (e, l) => showList({ ids: l.ids, title: `Agreements of ${l.source.name} with ${l.target.name}` }))
      .append('title').text((l) => `${l.source.name} — ${l.target.name}: ${l.n} agreements`);
    const g = svg.append('g').selectAll('g').data(nodes).join('g').attr('transform', (n) => `translate(${n.x},${n.y})`).style('cursor', 'pointer')
      .on('click', (e, n) => showList({ ids: n.ids, title: `Agreements of ${n.name}` }));
    g.append('circle').attr('r', r).attr('fill', (n) => colour[n.type]).attr('stroke', '#fff');
    g.append('title').text((n) => `${n.name} (${n.type}): ${n.n} agreements`);
    g.filter((n) => n.i < 30).append('text').text((n) => (n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name)).attr('x', (n) => r(n) + 2).attr('y', 3).attr('font-size', 10);
    const wrap = document.createElement('div');
    wrap.className = 'chart';
    wrap.innerHTML = `<div class="legend">${Object.entries(colour).map(([k, c]) => `<span style="border-color:${c}">${k}</span>`).join('')}</div>`;
    wrap.append(svg.node());
    el.append(wrap);
  }

  // ---- 6. priorities -----------------------------------------------------
  function priorities() {
    const Pr = D.priorities;
    const el = section('priorities', 'Priorities', `Enumerated priorities (<i>Thứ nhất … Thứ năm</i>, <i>Một là, Hai là</i>), by speaker and date. ${Pr.total > Pr.list.length ? `The first ${NF.format(Pr.list.length)} of ${NF.format(Pr.total)} lists are kept. ` : ''}Items are cut at ${D.caps.itemText} characters, lists at ${D.caps.itemsPerPriority} items.`);
    if (!Pr.list.length) { el.innerHTML = '<p class="muted">No enumerations.</p>'; return; }
    const speakers = Pr.speakers.slice(0, 300);
    el.insertAdjacentHTML('beforeend', `<div class="filter"><select><option value="">every speaker (${NF.format(Pr.list.length)} lists)</option><option value="-">no speaker named</option>${speakers.map((s, i) => `<option value="${i}">${esc(s.label)} (${s.n})</option>`).join('')}</select>
      <select class="year"><option value="">every year</option>${[...new Set(Pr.list.map((e) => (A[e.a][2] || '').slice(0, 4)))].sort().reverse().map((y) => `<option value="${esc(y)}">${y ? esc(y) : 'no date'}</option>`).join('')}</select>
      <input type="search" placeholder="filter the items…"> <span class="muted"></span></div><div class="cards-list"></div><button type="button" class="more">show more</button>`);
    const select = $('select', el), year = $('select.year', el), input = $('input', el), list = $('.cards-list', el), note = $('.filter .muted', el), more = $('.more', el);
    const items = [...Pr.list].sort((x, y) => (A[y.a][2] || '').localeCompare(A[x.a][2] || ''));
    const speakerKey = (s) => fold(s).replace(/\s+/g, ' ');
    let hits = [], shown = 0;
    const page = () => {
      list.insertAdjacentHTML('beforeend', hits.slice(shown, shown + 50).map((e) => `<div class="prio"><div class="muted">${esc(day(A[e.a][2]))} · ${e.speaker ? `<b>${esc(e.speaker)}</b> · ` : ''}${art(e.a)}</div>
        ${e.intro ? `<p>${esc(e.intro)}</p>` : ''}<ol>${e.items.map(([m, t]) => `<li><b>${esc(m)}</b> ${esc(t)}</li>`).join('')}</ol>${e.n > e.items.length ? `<p class="muted">and ${e.n - e.items.length} more items</p>` : ''}</div>`).join(''));
      shown = Math.min(hits.length, shown + 50);
      more.hidden = shown >= hits.length;
    };
    const draw = () => {
      const v = select.value, q = fold(input.value.trim()), y = year.value;
      const sk = v && v !== '-' ? speakerKey(speakers[Number(v)].label) : null;
      hits = items.filter((e) => (v === '-' ? !e.speaker : !sk || (e.speaker && speakerKey(e.speaker) === sk)) && (!year.selectedIndex || (A[e.a][2] || '').slice(0, 4) === y) && (!q || fold(`${e.intro} ${e.items.map((x) => x[1]).join(' ')}`).includes(q)));
      list.innerHTML = '';
      shown = 0;
      note.innerHTML = `${NF.format(hits.length)} lists in ${num(new Set(hits.map((e) => e.a)).size, [...new Set(hits.map((e) => e.a))], 'Articles with these lists')} articles`;
      page();
    };
    select.addEventListener('change', draw);
    year.addEventListener('change', draw);
    input.addEventListener('input', draw);
    more.onclick = page;
    draw();
  }

  // ---- the page ----------------------------------------------------------
  function render() {
    const app = $('#app');
    const nav = [['overview', 'Overview'], ['timeline', 'Timeline'], ['documents', 'Documents'], ['people', 'People'], ['places', 'Places & agreements'], ['priorities', 'Priorities']];
    app.innerHTML = `<header><h1>${esc(D.title)}</h1><nav>${nav.map(([id, t]) => `<a href="#${id}">${t}</a>`).join('')}</nav></header>
      <main id="sections"></main><aside id="drawer" aria-label="articles"></aside><div id="viewer" role="dialog"></div>`;
    for (const draw of [overview, timeline, documents, people, places, priorities]) {
      try {
        draw();
      } catch (e) {
        console.error(`linkage report: the ${draw.name} section failed: ${e && e.stack ? e.stack : e}`);
      }
    }
    document.addEventListener('click', (e) => {
      const n = e.target.closest('a.num');
      if (n) { e.preventDefault(); showList(LISTS[Number(n.dataset.list)]); return; }
      const a = e.target.closest('a.art');
      if (a) { e.preventDefault(); openArticle(Number(a.dataset.article)); return; }
      if (e.target.id === 'viewer') closeArticle();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if ($('#viewer').classList.contains('open')) closeArticle();
      else $('#drawer').classList.remove('open');
    });
    const fromHash = () => { const m = /^#article-(\d+)$/.exec(location.hash); if (m && A[Number(m[1])]) openArticle(Number(m[1])); };
    window.addEventListener('hashchange', fromHash);
    fromHash();
    // ms: from navigation start until every section is drawn; renderMs: this script's share
    window.__linkageReport = { ready: true, ms: performance.now(), renderMs: performance.now() - t0, lists: LISTS.length, openArticle, showList };
    document.documentElement.dataset.ready = 'true';
  }
  render();
})();
