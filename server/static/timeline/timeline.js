// polgraph's timeline page: the events of the chosen people, parties and
// countries on a time axis, one lane per entity, drawn as hand-made SVG.
// It reads the graph through the public GraphQL API (/graphql) alone, and
// keeps its selection in the URL (?ids=…&from=…&to=…&types=…&event=…) so
// that a view can be shared. Plain JavaScript, no build step, no library.
'use strict';

(function () {
  const PAGE = 100;        // the API's largest page
  const MAX_EVENTS = 1000; // ten pages; beyond that, narrow the selection
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // Colour-blind-safe (Okabe–Ito) first, then distinct extras; a type's
  // colour is its rank among the types on screen.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#8c6d1f',
    '#6a3d9a', '#b15928', '#1b9e77', '#e7298a', '#666666'];

  const EVENT_FIELDS = `id type date precision dateStart dateEnd status summary sourceCount
    participants { edges { node { role entity { id name kind } } } }`;

  // The API pages the lists under an event (edges { node }); the page reads
  // them as plain lists.
  const nodesOf = (conn) => (conn ? conn.edges.map((e) => e.node) : []);
  const flat = (ev) => ({ ...ev, participants: nodesOf(ev.participants), sources: nodesOf(ev.sources) });

  const $ = (id) => document.getElementById(id);
  const state = { entities: [], missing: [], from: '', to: '', types: null, event: '' };
  let events = [];     // dated, in date order
  let undated = [];
  let total = 0;
  let denialField = ''; // 'denies { id }' once the API has Event.denies
  let loadSeq = 0;

  // ---- GraphQL ----------------------------------------------------------

  // gql answers the query's data; an error fails it unless notFound is set
  // and every error is NOT_FOUND (an id in a shared link the graph lacks),
  // whose field is then null.
  async function gql(query, variables, { notFound = false } = {}) {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON: reported below */ }
    const tolerated = (e) => notFound && e.extensions && e.extensions.code === 'NOT_FOUND';
    if (body && body.errors && body.errors.length && !body.errors.every(tolerated)) {
      throw new Error(body.errors.map((e) => e.message).join('; '));
    }
    if (!res.ok || !body) throw new Error(`the API answered HTTP ${res.status}`);
    return body.data;
  }

  // Denials link to what they deny when the API has Event.denies, a list
  // of events (issue 14). One probe asks for it on an event that does not
  // exist: an answer with no error but NOT_FOUND means the field is there;
  // a validation error, that this server does not have it yet, and no links
  // are drawn.
  async function probeDenials() {
    try {
      await gql('query DenialProbe { event(id: "event/none") { denies { id } } }', {}, { notFound: true });
      denialField = 'denies { id }';
    } catch (e) {
      denialField = '';
    }
  }

  function filterVars() {
    return {
      ids: state.entities.map((e) => e.id),
      from: state.from || null,
      to: state.to || null,
    };
  }

  // ---- URL --------------------------------------------------------------

  const split = (s) => (s || '').split(',').map((v) => v.trim()).filter(Boolean);
  const enc = (v) => encodeURIComponent(v).replace(/%2F/g, '/').replace(/%2C/g, ',');

  function query(extra) {
    const parts = [];
    const add = (k, v) => { if (v) parts.push(`${k}=${enc(v)}`); };
    add('ids', state.entities.map((e) => e.id).join(','));
    add('from', state.from);
    add('to', state.to);
    if (state.types) parts.push(`types=${enc(state.types.join(','))}`);
    for (const [k, v] of Object.entries(extra || {})) add(k, v);
    return parts.join('&');
  }

  function writeURL() {
    const q = query({ event: state.event });
    history.replaceState(null, '', location.pathname + (q ? `?${q}` : ''));
    $('ics-link').href = `/timeline/export?${query({ format: 'ics' })}`;
  }

  async function readURL() {
    const q = new URLSearchParams(location.search);
    state.from = q.get('from') || '';
    state.to = q.get('to') || '';
    state.types = q.has('types') ? split(q.get('types')) : null;
    state.event = q.get('event') || '';
    const ids = split(q.get('ids'));
    state.entities = [];
    if (!ids.length) return;
    const params = ids.map((_, i) => `$id${i}: ID!`).join(', ');
    const fields = ids.map((_, i) => `e${i}: entity(id: $id${i}) { id name kind }`).join('\n');
    const vars = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
    const data = await gql(`query Selected(${params}) { ${fields} }`, vars, { notFound: true });
    state.missing = ids.filter((_, i) => !data[`e${i}`]);
    ids.forEach((_, i) => { if (data[`e${i}`]) state.entities.push(data[`e${i}`]); });
  }

  // ---- Loading ----------------------------------------------------------

  async function load() {
    const seq = ++loadSeq;
    // body[data-shown] names the selection on screen once it is drawn, for
    // scripts (and tests) that must not read a view still loading.
    delete document.body.dataset.shown;
    writeURL();
    renderSelected();
    if (!state.entities.length) {
      events = []; undated = []; total = 0;
      const missing = state.missing.length;
      render();
      if (!missing) setStatus('Pick people, parties or countries to see their events.');
      return;
    }
    setStatus('Loading…');
    const fields = EVENT_FIELDS + (denialField ? ` ${denialField}` : '');
    try {
      const undatedQ = gql(`query Undated($ids: [ID!], $from: Date, $to: Date) {
        timeline(entityIds: $ids, from: $from, to: $to, first: 1) { undated { edges { node { ${fields} } } } } }`, filterVars());
      const got = [];
      let after = null;
      let count = 0;
      for (;;) {
        const data = await gql(`query Timeline($ids: [ID!], $from: Date, $to: Date, $after: String) {
          timeline(entityIds: $ids, from: $from, to: $to, first: ${PAGE}, after: $after) {
            events { totalCount pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } } }`,
        { ...filterVars(), after });
        const conn = data.timeline.events;
        count = conn.totalCount;
        for (const edge of conn.edges) got.push(flat(edge.node));
        if (!conn.pageInfo.hasNextPage || got.length >= MAX_EVENTS) break;
        after = conn.pageInfo.endCursor;
      }
      const u = await undatedQ;
      if (seq !== loadSeq) return; // a newer selection is loading
      events = got; total = count; undated = nodesOf(u.timeline.undated).map(flat);
      render();
      document.body.dataset.shown = query();
      if (state.event) showDetails(state.event);
    } catch (e) {
      if (seq === loadSeq) setStatus(`Could not load the timeline: ${e.message}`, true);
    }
  }

  function setStatus(text, isError) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }

  // ---- Controls ---------------------------------------------------------

  function renderSelected() {
    const ul = $('selected');
    ul.replaceChildren();
    for (const e of state.entities) {
      const li = el('li', { class: 'chip', 'data-id': e.id });
      li.append(el('span', {}, e.name), el('small', {}, ` ${e.kind.toLowerCase()}`));
      const rm = el('button', { type: 'button', 'aria-label': `Remove ${e.name}`, class: 'remove' }, '×');
      rm.addEventListener('click', () => {
        state.entities = state.entities.filter((x) => x.id !== e.id);
        load();
      });
      li.append(rm);
      ul.append(li);
    }
    $('from').value = state.from;
    $('to').value = state.to;
  }

  let searchTimer = 0;
  let searchSeq = 0;
  function onSearchInput() {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 200);
  }

  async function runSearch() {
    const text = $('search').value.trim();
    const list = $('suggestions');
    const seq = ++searchSeq;
    if (text.length < 2) { list.hidden = true; return; }
    try {
      const data = await gql(`query Search($text: String!) {
        search(text: $text, kinds: [PERSON, PARTY, COUNTRY], first: 8) { edges { node { id name kind } } } }`, { text });
      if (seq !== searchSeq) return;
      list.replaceChildren();
      for (const { node } of data.search.edges) {
        const li = el('li', { role: 'option' });
        const b = el('button', { type: 'button', class: 'suggestion', 'data-id': node.id }, node.name);
        b.append(el('small', {}, ` ${node.kind.toLowerCase()}`));
        b.addEventListener('click', () => pick(node));
        li.append(b);
        list.append(li);
      }
      if (!data.search.edges.length) list.append(el('li', { class: 'none' }, 'No match'));
      list.hidden = false;
    } catch (e) {
      setStatus(`Search failed: ${e.message}`, true);
    }
  }

  function pick(entity) {
    $('search').value = '';
    $('suggestions').hidden = true;
    if (!state.entities.some((e) => e.id === entity.id)) state.entities.push(entity);
    load();
  }

  function renderTypes(types) {
    const box = $('type-list');
    box.replaceChildren();
    $('types').hidden = !types.length;
    for (const t of types) {
      const id = `type-${t}`;
      const cb = el('input', { type: 'checkbox', id, value: t });
      cb.checked = !state.types || state.types.includes(t);
      cb.addEventListener('change', () => {
        const on = Array.from(box.querySelectorAll('input:checked')).map((c) => c.value);
        state.types = on.length === types.length ? null : on;
        writeURL();
        render();
      });
      const label = el('label', { for: id, class: 'type' });
      label.append(cb, swatch(colourOf(t)), document.createTextNode(` ${t}`));
      box.append(label);
    }
  }

  // ---- Exports ----------------------------------------------------------

  // exportDocument asks the API for the selection as format (CSV, ICS,
  // TIMELINEJS): the document the export buttons download.
  async function exportDocument(format) {
    const data = await gql(`query Export($format: TimelineFormat!, $ids: [ID!], $from: Date, $to: Date, $types: [EventType!]) {
      timelineExport(format: $format, entityIds: $ids, from: $from, to: $to, types: $types) {
        filename contentType body eventCount truncated } }`, { ...filterVars(), format, types: state.types });
    return data.timelineExport;
  }

  async function download(format) {
    try {
      const doc = await exportDocument(format);
      const url = URL.createObjectURL(new Blob([doc.body], { type: doc.contentType }));
      const a = el('a', { href: url, download: doc.filename });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      if (doc.truncated) setStatus(`The export holds the first ${doc.eventCount} events; narrow the selection for the rest.`);
    } catch (e) {
      setStatus(`Export failed: ${e.message}`, true);
    }
  }

  // ---- Drawing ----------------------------------------------------------

  const typeColours = new Map();
  function colourOf(type) {
    return typeColours.get(type) || '#999999';
  }

  const visible = () => events.filter((e) => !state.types || state.types.includes(e.type));
  const ms = (date) => Date.parse(`${date}T00:00:00Z`);

  function render() {
    const types = Array.from(new Set(events.concat(undated).map((e) => e.type))).sort();
    typeColours.clear();
    types.forEach((t, i) => typeColours.set(t, PALETTE[i % PALETTE.length]));
    renderTypes(types);
    const shown = visible();
    drawChart(shown);
    renderList(shown);
    renderUndated();
    renderLegend(types);
    if (state.missing.length) {
      // Said once, on the view the link opened.
      setStatus(`The link names no entity with id ${state.missing.join(', ')}; it is left out.`, true);
      state.missing = [];
    } else if (state.entities.length) {
      let msg = `${shown.length} dated event${shown.length === 1 ? '' : 's'}`;
      if (undated.length) msg += `, ${undated.length} undated`;
      if (total > events.length) msg += ` (the first ${events.length} of ${total}: narrow the dates to see the rest)`;
      setStatus(`${msg}.`);
    }
  }

  function drawChart(shown) {
    const chart = $('chart');
    chart.replaceChildren();
    if (!shown.length) return;
    const lanes = state.entities.map((e) => ({ entity: e, items: [] }));
    const laneOf = new Map(lanes.map((l, i) => [l.entity.id, i]));
    for (const ev of shown) {
      const seen = new Set();
      for (const p of ev.participants) {
        const i = laneOf.get(p.entity.id);
        if (i !== undefined && !seen.has(i)) { seen.add(i); lanes[i].items.push(ev); }
      }
    }

    let lo = Math.min(...shown.map((e) => ms(e.dateStart)));
    let hi = Math.max(...shown.map((e) => ms(e.dateEnd) + DAY));
    const pad = Math.max((hi - lo) * 0.04, 20 * DAY);
    lo -= pad; hi += pad;

    const left = 170, right = 24, top = 34, rowH = 22, laneGap = 14;
    const width = Math.max(chart.clientWidth || 900, 480);
    const x = (t) => left + ((t - lo) / (hi - lo)) * (width - left - right);

    // Stack a lane's events into rows so that none hides another.
    let y = top;
    for (const lane of lanes) {
      const rowEnds = [];
      lane.marks = lane.items.map((ev) => {
        const x1 = x(ms(ev.dateStart));
        const x2 = ev.precision === 'DAY' ? x1 : Math.max(x(ms(ev.dateEnd) + DAY), x1 + 4);
        const cx = ev.precision === 'DAY' ? x(ms(ev.dateStart) + DAY / 2) : x1;
        const from = Math.min(x1, cx) - 7;
        let row = rowEnds.findIndex((end) => end < from);
        if (row < 0) { row = rowEnds.length; rowEnds.push(0); }
        rowEnds[row] = Math.max(x2, cx) + 7;
        return { ev, x1, x2, cx, row };
      });
      lane.y = y;
      lane.height = Math.max(rowEnds.length, 1) * rowH + 10;
      y += lane.height + laneGap;
    }
    const height = y + 6;

    const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': `Timeline of ${state.entities.map((e) => e.name).join(', ')}` });
    svg.append(defs());
    drawAxis(svg, lo, hi, x, top, height);

    const positions = new Map(); // event id → [{left, right, y}], one per lane
    for (const lane of lanes) {
      const g = svgEl('g', { class: 'lane', 'data-entity': lane.entity.id });
      g.append(svgEl('rect', { class: 'lane-bg', x: 0, y: lane.y, width, height: lane.height }));
      const label = svgEl('text', { class: 'lane-label', x: 10, y: lane.y + 18 });
      label.textContent = lane.entity.name;
      const kind = svgEl('text', { class: 'lane-kind', x: 10, y: lane.y + 33 });
      kind.textContent = lane.entity.kind.toLowerCase();
      g.append(label, kind);
      for (const m of lane.marks) {
        const cy = lane.y + 5 + m.row * rowH + rowH / 2;
        g.append(mark(m, cy, lane.entity.id));
        const list = positions.get(m.ev.id) || [];
        list.push(m.ev.precision === 'DAY' ? { left: m.cx - 6, right: m.cx + 6, y: cy } : { left: m.x1, right: m.x2, y: cy });
        positions.set(m.ev.id, list);
      }
      svg.append(g);
    }
    drawDenials(svg, shown, positions);
    chart.append(svg);
    highlight();
  }

  function drawAxis(svg, lo, hi, x, top, height) {
    const g = svgEl('g', { class: 'axis' });
    const spanMonths = (hi - lo) / (30.44 * DAY);
    const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => spanMonths / s <= 10) || 240;
    const start = new Date(lo);
    let y = start.getUTCFullYear();
    let m = Math.ceil(start.getUTCMonth() / step) * step;
    if (m >= 12) { y += 1; m -= 12; }
    if (step >= 12) { y = Math.ceil(y / (step / 12)) * (step / 12); m = 0; }
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > hi) break;
      if (t >= lo) {
        const tx = x(t);
        g.append(svgEl('line', { x1: tx, x2: tx, y1: top - 6, y2: height - 4, 'data-date': new Date(t).toISOString().slice(0, 10) }));
        const label = svgEl('text', { x: tx, y: top - 12, 'text-anchor': 'middle' });
        label.textContent = step >= 12 ? `${y}` : `${MONTHS[m]} ${y}`;
        g.append(label);
      }
      m += step;
      y += Math.floor(m / 12);
      m %= 12;
    }
    svg.append(g);
  }

  // mark draws one event in one lane: a point for a day, a band over every
  // day a month or a year can mean, so the precision shows; alleged events
  // are outlined and dashed, denied ones hollow and struck through.
  function mark(m, cy, laneId) {
    const ev = m.ev;
    const colour = colourOf(ev.type);
    const g = svgEl('g', {
      class: `event status-${ev.status.toLowerCase()}`, tabindex: 0, role: 'button',
      'data-id': ev.id, 'data-lane': laneId, 'data-date': ev.date, 'data-precision': ev.precision, 'data-x': m.x1.toFixed(2),
      'data-status': ev.status, 'data-type': ev.type,
      'aria-label': `${ev.type}, ${ev.date}, ${ev.status.toLowerCase()}`,
    });
    let shape;
    if (ev.precision === 'DAY') {
      shape = svgEl('circle', { class: 'point', cx: m.cx, cy, r: 6 });
    } else {
      shape = svgEl('rect', { class: 'band', x: m.x1, y: cy - 6, width: m.x2 - m.x1, height: 12, rx: 3 });
    }
    shape.setAttribute('fill', colour);
    shape.setAttribute('stroke', colour);
    g.append(shape);
    if (ev.status === 'DENIED') {
      const x1 = ev.precision === 'DAY' ? m.cx - 7 : m.x1 - 1;
      const x2 = ev.precision === 'DAY' ? m.cx + 7 : m.x2 + 1;
      g.append(svgEl('line', { class: 'strike', x1, x2, y1: cy + 7, y2: cy - 7, stroke: colour }));
    }
    const title = svgEl('title', {});
    title.textContent = `${ev.type} · ${ev.date} (${ev.precision.toLowerCase()}) · ${ev.status.toLowerCase()}\n${ev.summary || ''}`;
    g.append(title);
    g.addEventListener('click', () => select(ev.id));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(ev.id); } });
    return g;
  }

  // drawDenials links each denial to what it denies (Event.denies, when the
  // API has it): a dashed arc from the denial's side to the side of the
  // claim that faces it, ending in an arrow, so that the arrow lands on
  // the claim and not on a mark stacked above it.
  function drawDenials(svg, shown, positions) {
    const g = svgEl('g', { class: 'denials' });
    for (const ev of shown) {
      for (const target of ev.denies || []) {
        const from = (positions.get(ev.id) || [])[0];
        const to = (positions.get(target.id) || [])[0];
        if (!from || !to) continue;
        const leftward = to.right <= from.left;
        const sx = leftward ? from.left - 1 : from.right + 1;
        const ex = leftward ? to.right + 3 : to.left - 3;
        const k = Math.max(Math.abs(sx - ex) / 3, 12) * (leftward ? -1 : 1);
        const lift = Math.min(40, 12 + Math.abs(sx - ex) / 8);
        const d = `M${sx},${from.y} C${sx + k},${from.y - lift} ${ex - k},${to.y - lift} ${ex},${to.y}`;
        g.append(svgEl('path', { class: 'denial-link', d, 'data-from': ev.id, 'data-to': target.id, 'marker-end': 'url(#arrow)' }));
      }
    }
    svg.append(g);
  }

  function defs() {
    const d = svgEl('defs', {});
    const marker = svgEl('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
    marker.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }));
    d.append(marker);
    return d;
  }

  function renderList(shown) {
    const ol = $('event-list');
    ol.replaceChildren();
    $('list-heading').hidden = !shown.length;
    for (const ev of shown) {
      const li = el('li', { class: `event-row status-${ev.status.toLowerCase()}`, 'data-id': ev.id, 'data-date': ev.date, 'data-date-start': ev.dateStart });
      const b = el('button', { type: 'button', class: 'row-button' });
      b.append(swatch(colourOf(ev.type)), el('time', { datetime: ev.date }, ev.date), ` ${ev.type} `);
      b.append(el('span', { class: 'who' }, ev.participants.map((p) => p.entity.name).join(', ')));
      if (ev.status !== 'ASSERTED') b.append(el('span', { class: `badge ${ev.status.toLowerCase()}` }, ev.status.toLowerCase()));
      b.addEventListener('click', () => select(ev.id));
      li.append(b);
      ol.append(li);
    }
  }

  function renderUndated() {
    const ul = $('undated-list');
    ul.replaceChildren();
    const shown = undated.filter((e) => !state.types || state.types.includes(e.type));
    $('undated').hidden = !shown.length;
    for (const ev of shown) {
      const b = el('button', { type: 'button', class: 'row-button', 'data-id': ev.id }, `${ev.type} `);
      b.append(el('span', { class: 'who' }, ev.participants.map((p) => p.entity.name).join(', ')));
      b.addEventListener('click', () => select(ev.id));
      ul.append(el('li', {}, b));
    }
  }

  function renderLegend(types) {
    const lg = $('legend');
    lg.replaceChildren();
    if (!events.length) return;
    const item = (svg, text) => { const s = el('span', { class: 'legend-item' }); s.append(svg, ` ${text}`); lg.append(s); };
    const icon = (build) => { const s = svgEl('svg', { width: 30, height: 14, 'aria-hidden': 'true' }); build(s); return s; };
    item(icon((s) => s.append(svgEl('circle', { cx: 15, cy: 7, r: 5, fill: '#555', stroke: '#555' }))), 'a day');
    item(icon((s) => s.append(svgEl('rect', { x: 2, y: 2, width: 26, height: 10, rx: 3, fill: '#555' }))), 'a month or a year (the whole span)');
    item(icon((s) => { const g = svgEl('g', { class: 'event status-alleged' }); g.append(svgEl('rect', { class: 'band', x: 2, y: 2, width: 26, height: 10, rx: 3, fill: '#555', stroke: '#555' })); s.append(g); }), 'alleged');
    item(icon((s) => {
      const g = svgEl('g', { class: 'event status-denied' });
      g.append(svgEl('rect', { class: 'band', x: 2, y: 2, width: 26, height: 10, rx: 3, fill: '#555', stroke: '#555' }),
        svgEl('line', { class: 'strike', x1: 1, x2: 29, y1: 13, y2: 1, stroke: '#555' }));
      s.append(g);
    }), 'denied');
    if (denialField) item(icon((s) => s.append(svgEl('path', { class: 'denial-link', d: 'M2,12 C2,2 28,2 28,12' }))), 'denial → what it denies');
    for (const t of types) item(swatch(colourOf(t)), t);
  }

  // ---- Details ----------------------------------------------------------

  function select(id) {
    state.event = id;
    writeURL();
    highlight();
    showDetails(id);
  }

  function highlight() {
    document.querySelectorAll('.selected').forEach((n) => n.classList.remove('selected'));
    if (!state.event) return;
    document.querySelectorAll(`[data-id="${CSS.escape(state.event)}"]`).forEach((n) => n.classList.add('selected'));
  }

  let detailSeq = 0;
  async function showDetails(id) {
    const seq = ++detailSeq;
    const aside = $('details');
    aside.hidden = false;
    aside.replaceChildren(el('p', {}, 'Loading the sources…'));
    try {
      const links = denialField ? 'denies { id type date } deniedBy { id type date }' : '';
      const data = await gql(`query EventSources($id: ID!) { event(id: $id) {
        ${EVENT_FIELDS} ${links}
        sources { edges { node { status article { id title url source publishedAt } provenance { sentence } } } } } }`, { id });
      if (seq !== detailSeq) return;
      const ev = data.event && flat(data.event);
      if (!ev) { aside.replaceChildren(el('p', { class: 'error' }, `No event with id ${id}.`)); return; }
      const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
      close.addEventListener('click', () => { state.event = ''; writeURL(); highlight(); aside.hidden = true; });
      const head = el('h2', {}, ev.type);
      head.prepend(swatch(colourOf(ev.type)));
      let when = 'undated';
      if (ev.date) {
        when = ev.dateStart === ev.dateEnd ? `${ev.date} (a day)`
          : `${ev.date} (a ${ev.precision.toLowerCase()}: ${ev.dateStart} to ${ev.dateEnd})`;
      }
      const meta = el('p', { class: 'when' }, when);
      meta.append(' ', el('span', { class: `badge ${ev.status.toLowerCase()}` }, ev.status.toLowerCase()));
      const who = el('ul', { class: 'participants' });
      for (const p of ev.participants) who.append(el('li', {}, `${p.entity.name} (${p.role.toLowerCase()})`));
      const count = el('p', { class: 'count' }, `Reported by ${ev.sourceCount} article${ev.sourceCount === 1 ? '' : 's'}.`);
      const sources = el('ol', { class: 'sources' });
      for (const s of ev.sources) sources.append(sourceItem(s));
      aside.replaceChildren(close, head, meta, who, ...eventLinks('Denies', ev.denies), ...eventLinks('Denied by', ev.deniedBy), count, sources);
    } catch (e) {
      if (seq === detailSeq) aside.replaceChildren(el('p', { class: 'error' }, `Could not load the sources: ${e.message}`));
    }
  }

  // eventLinks lists related events (what a denial denies, what denies an
  // event) as buttons that open them.
  function eventLinks(title, evs) {
    if (!evs || !evs.length) return [];
    const ul = el('ul', { class: 'related', 'aria-label': title });
    for (const r of evs) {
      const b = el('button', { type: 'button', class: 'row-button', 'data-id': r.id }, `${r.type} ${r.date || '(undated)'}`);
      b.addEventListener('click', () => select(r.id));
      ul.append(el('li', {}, b));
    }
    return [el('h3', {}, title), ul];
  }

  function sourceItem(s) {
    const li = el('li', { class: 'source', 'data-article': s.article.id });
    const title = /^https?:\/\//i.test(s.article.url || '')
      ? el('a', { href: s.article.url, target: '_blank', rel: 'noopener noreferrer' }, s.article.title)
      : el('span', {}, s.article.title);
    li.append(el('div', { class: 'article-title' }, title));
    const meta = [s.article.source, s.article.publishedAt].filter(Boolean).join(' · ');
    li.append(el('div', { class: 'article-meta' }, meta + (s.status ? ` · reported as ${s.status.toLowerCase()}` : '')));
    const quote = el('blockquote', {});
    quote.append(el('mark', { class: 'evidence' }, s.provenance.sentence));
    li.append(quote);
    return li;
  }

  // ---- Small helpers ----------------------------------------------------

  function el(tag, attrs, text) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    if (text !== undefined) n.append(typeof text === 'string' ? document.createTextNode(text) : text);
    return n;
  }

  function svgEl(tag, attrs) {
    const n = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }

  function swatch(colour) {
    return el('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' });
  }

  // ---- Start ------------------------------------------------------------

  $('search').addEventListener('input', onSearchInput);
  $('search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = document.querySelector('#suggestions button.suggestion');
      if (first) first.click();
    } else if (e.key === 'Escape') {
      $('suggestions').hidden = true;
    }
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  for (const id of ['from', 'to']) {
    $(id).addEventListener('change', () => { state[id] = $(id).value; load(); });
  }
  document.querySelectorAll('#exports button').forEach((b) => b.addEventListener('click', () => download(b.dataset.format)));
  // Redraw when the chart's width changes: the window, or the details
  // panel opening beside it.
  let drawnWidth = 0;
  new ResizeObserver(() => {
    const w = $('chart').clientWidth;
    if (w !== drawnWidth) { drawnWidth = w; drawChart(visible()); }
  }).observe($('chart-wrap'));

  // For scripts and tests: the same export the buttons download.
  window.polgraphTimeline = { exportDocument };

  (async () => {
    await probeDenials();
    try {
      await readURL();
    } catch (e) {
      setStatus(`Could not read the selection: ${e.message}`, true);
    }
    await load();
    document.body.dataset.ready = 'true';
  })();
}());
