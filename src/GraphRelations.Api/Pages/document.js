"use strict";
(async () => {
  const { el, getJson, status } = window.gr;
  const documentId = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const query = new URLSearchParams(location.search);

  let stored;
  try {
    stored = await getJson(`/api/documents/${encodeURIComponent(documentId)}`);
  } catch (error) {
    status(`Could not load the document: ${error.message}`, true);
    return;
  }

  const info = stored.document;
  document.title = `GraphRelations — ${info.title || info.source}`;
  document.getElementById("title").textContent = info.title || info.source;
  const meta = document.getElementById("meta");
  for (const [term, value] of [["Source", info.source], ["Published", info.publishedOn], ["Document id", info.id],
    ["Extractor", info.extractorVersion], ["Ingested", info.ingestedAt]]) {
    if (value) meta.append(el("dt", { text: term }), el("dd", { text: value }));
  }
  if (query.get("topic")) {
    const back = document.getElementById("back");
    back.href = `/topics/${encodeURIComponent(query.get("topic"))}`;
    back.hidden = false;
  }

  const text = stored.text;
  const article = document.getElementById("text");
  const start = Number.parseInt(query.get("start") ?? "", 10);
  const end = Number.parseInt(query.get("end") ?? "", 10);
  // Offsets are UTF-16 positions in the normalised text, the same units JavaScript strings use.
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    article.append(text.slice(0, start), el("mark", { id: "hl", text: text.slice(start, end) }), text.slice(end));
    status("");
    document.getElementById("hl").scrollIntoView({ block: "center" });
  } else {
    article.append(text);
    status(query.has("start") ? "The requested range is outside this document; showing the whole text." : "");
  }
})();
