"use strict";
(async () => {
  const { el, svg, getJson, status, kinds } = window.gr;
  const topicId = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const query = new URLSearchParams(location.search);
  const apiQuery = new URLSearchParams();
  for (const name of ["from", "to", "person", "kind", "page", "pageSize", "statementsPerMeeting"]) {
    if (query.get(name)) apiQuery.set(name, query.get(name));
  }

  let timeline;
  try {
    timeline = await getJson(`/api/topics/${encodeURIComponent(topicId)}/timeline?${apiQuery}`);
  } catch (error) {
    status(`Could not load the timeline: ${error.message}`, true);
    return;
  }

  document.title = `GraphRelations — ${timeline.name}`;
  document.getElementById("title").textContent = timeline.name;
  const entries = timeline.entries;
  const agreed = entries.filter((entry) => entry.agreements.length > 0).length;
  const datedEntries = entries.filter((entry) => entry.meeting.date);
  const undated = entries.length - datedEntries.length;
  const first = (timeline.page - 1) * timeline.pageSize + 1;
  const range = timeline.total > entries.length ? `${first}–${first + entries.length - 1} of ${timeline.total} meetings` : null;
  document.getElementById("summary").textContent = entries.length
    ? (range ?? `${entries.length} meeting${entries.length === 1 ? "" : "s"}`)
      + (datedEntries.length ? ` from ${datedEntries[0].meeting.date} to ${datedEntries[datedEntries.length - 1].meeting.date}` : "")
      + (undated ? ` (${undated} undated, listed last)` : "") + `; ${agreed} with agreements.`
    : timeline.total ? `No meetings on page ${timeline.page}; there are ${timeline.total}.` : "No meeting discussed this topic.";
  status("");
  drawPager();

  drawLegend();
  drawAxis(entries);
  drawEntries(entries);
  // A link from elsewhere may name a meeting (#m-<index>); open it.
  if (location.hash) openEntry(location.hash.slice(1));

  // The API pages the timeline; the page links keep the other filters and change only the page number.
  function drawPager() {
    const pager = document.getElementById("pager");
    const pageLink = (page, rel, text) => {
      const target = new URLSearchParams(query);
      target.set("page", page);
      return el("a", { class: `pager-${rel}`, rel, href: `${location.pathname}?${target}`, text });
    };
    const pages = Math.ceil(timeline.total / timeline.pageSize);
    if (timeline.previous) pager.append(pageLink(timeline.page - 1 > pages ? pages : timeline.page - 1, "prev", "← earlier meetings"));
    if (pages > 1) pager.append(el("span", { class: "muted", text: ` page ${timeline.page} of ${pages} ` }));
    if (timeline.next) pager.append(pageLink(timeline.page + 1, "next", "more meetings →"));
    pager.hidden = !pager.childElementCount;
  }

  function placeOf(meeting) {
    if (meeting.kind === "telephone") return "telephone talk";
    return [meeting.city, meeting.country].filter(Boolean).join(", ") || "place not stated";
  }

  function namesOf(meeting) {
    return new Map(meeting.participants.map((p) => [p.personId, p.name]));
  }

  function drawLegend() {
    const legend = document.getElementById("legend");
    for (const kind of kinds) {
      legend.append(el("span", { class: `legend-item kind-${kind}` }, el("span", { class: "swatch" }), kind));
    }
    legend.append(el("span", { class: "legend-item" }, el("span", { class: "agreement-mark", text: "◆" }), "agreement reached"));
  }

  function drawAxis(items) {
    const chart = document.getElementById("axis");
    const width = 1000, left = 40, right = 40, baseline = 150, lane = 22;
    const dated = items.filter((entry) => entry.meeting.date);
    if (dated.length === 0) { chart.closest("figure").hidden = true; return; }
    const time = (entry) => Date.parse(`${entry.meeting.date}T00:00:00Z`);
    let min = time(dated[0]), max = time(dated[dated.length - 1]);
    const yearMs = 365.25 * 24 * 3600 * 1000;
    if (max - min < yearMs) { min -= yearMs / 2; max += yearMs / 2; }
    const x = (ms) => left + ((ms - min) / (max - min)) * (width - left - right);

    chart.setAttribute("viewBox", `0 0 ${width} 190`);
    chart.append(svg("line", { x1: left, x2: width - right, y1: baseline, y2: baseline, class: "axis-line" }));
    const firstYear = new Date(min).getUTCFullYear(), lastYear = new Date(max).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
    for (let year = firstYear; year <= lastYear + 1; year += step) {
      const tx = x(Date.UTC(year, 0, 1));
      if (tx < left - 1 || tx > width - right + 1) continue;
      chart.append(svg("line", { x1: tx, x2: tx, y1: baseline, y2: baseline + 6, class: "tick" }));
      chart.append(svg("text", { x: tx, y: baseline + 20, class: "tick-label", "text-anchor": "middle", text: year }));
    }

    // Meetings close in time stack upwards instead of hiding each other.
    const lanes = [];
    items.forEach((entry, index) => {
      if (!entry.meeting.date) return;
      const cx = x(time(entry));
      let level = 0;
      while (lanes[level] !== undefined && cx - lanes[level] < 16) level++;
      lanes[level] = cx;
      const cy = baseline - 14 - level * lane;
      const group = svg("g", {
        class: `meeting kind-${entry.meeting.kind}${entry.agreements.length ? " has-agreement" : ""}`,
        "data-date": entry.meeting.date, "data-kind": entry.meeting.kind, "data-entry": `m-${index}`,
        tabindex: 0, role: "button",
      });
      const tip = `${entry.meeting.date} · ${entry.meeting.kind} · ${placeOf(entry.meeting)}\n`
        + entry.meeting.participants.map((p) => p.name).join(", ")
        + `\n${entry.agreements.length} agreement(s), ${entry.positions.length} other statement(s)`;
      group.append(svg("title", { text: tip }));
      group.append(svg("circle", { cx, cy, r: 7 }));
      if (entry.agreements.length) group.append(svg("text", { x: cx, y: cy - 11, class: "agreement-mark", "text-anchor": "middle", text: "◆" }));
      group.addEventListener("click", () => openEntry(`m-${index}`));
      group.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") openEntry(`m-${index}`); });
      chart.append(group);
    });
  }

  function openEntry(id) {
    const item = document.getElementById(id);
    if (!item) return;
    const details = item.querySelector("details");
    if (details) details.open = true;
    item.scrollIntoView({ block: "start" });
    for (const node of document.querySelectorAll(".entry.selected")) node.classList.remove("selected");
    item.classList.add("selected");
  }

  function statementItem(statement, names) {
    const speakers = statement.speakers.map((id) => names.get(id) || id).join(" and ") || "Unattributed";
    const source = statement.source;
    const href = `/documents/${encodeURIComponent(source.documentId)}?start=${source.start}&end=${source.end}`
      + `&topic=${encodeURIComponent(topicId)}#hl`;
    return el("li", { class: `statement kind-${statement.kind}`, "data-statement": statement.id },
      el("span", { class: "speakers", text: speakers }), " ",
      el("span", { class: "verb", text: statement.verb }), " ",
      el("span", { class: "badge", text: statement.kind }),
      el("blockquote", { text: statement.text }),
      el("a", { class: "source", href, text: "source sentence" }));
  }

  function drawEntries(items) {
    const list = document.getElementById("entries");
    items.forEach((entry, index) => {
      const meeting = entry.meeting;
      const names = namesOf(meeting);
      const summary = el("summary", {},
        el("time", { datetime: meeting.date, text: meeting.date ?? "date unknown" }), " ",
        el("span", { class: `badge kind-${meeting.kind}`, text: meeting.kind }), " ",
        el("span", { class: "place", text: placeOf(meeting) }),
        meeting.occasion ? el("span", { class: "muted", text: ` (${meeting.occasion})` }) : null,
        entry.agreements.length ? el("span", { class: "badge agreement", text: `◆ ${entry.agreements.length} agreement${entry.agreements.length === 1 ? "" : "s"}` }) : null);
      const participants = el("p", { class: "participants" },
        ...meeting.participants.flatMap((p, i) => [i ? ", " : "", el("strong", { text: p.name }), p.role ? ` (${p.role})` : ""]));
      const body = el("div", { class: "entry-body" }, participants);
      if (entry.newSubtopics.length || entry.newMentions.length) {
        body.append(el("p", { class: "new" }, el("span", { class: "badge new", text: "new" }), " ",
          [...entry.newSubtopics, ...entry.newMentions.map((m) => `${m.name} (${m.type})`)].join(" · ")));
      }
      if (entry.agreements.length) {
        body.append(el("h3", { text: "Agreed by both sides" }),
          el("ul", { class: "statements agreements" }, ...entry.agreements.map((s) => statementItem(s, names))));
      }
      if (entry.positions.length) {
        body.append(el("h3", { text: "Positions, requests and acknowledgements" }),
          el("ul", { class: "statements positions" }, ...entry.positions.map((s) => statementItem(s, names))));
      }
      const shown = entry.agreements.length + entry.positions.length;
      if (entry.statementCount > shown) {
        body.append(el("p", { class: "more-statements" },
          `${shown} of ${entry.statementCount} statements about the topic shown; `,
          el("a", { href: entry.meetingUrl, text: "all of this meeting" }), "."));
      }
      if (!entry.agreements.length && !entry.positions.length) {
        body.append(el("p", { class: "muted", text: "The topic was on the agenda; no statement about it was recorded." }));
      }
      list.append(el("li", {
        id: `m-${index}`, class: `entry kind-${meeting.kind}${entry.agreements.length ? " has-agreement" : ""}`,
        "data-date": meeting.date, "data-meeting": meeting.id,
      }, el("details", {}, summary, body)));
    });
  }
})();
