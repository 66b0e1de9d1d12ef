"use strict";
(async () => {
  const { el, getJson, status } = window.gr;
  try {
    const topics = await getJson("/api/topics");
    const children = new Map();
    for (const topic of topics) {
      const key = topic.parentId || "";
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(topic);
    }
    const render = (topic) => {
      const span = topic.meetingCount > 0
        ? `${topic.meetingCount} meeting${topic.meetingCount === 1 ? "" : "s"}, ${topic.firstMeeting} – ${topic.lastMeeting}`
        : "no meetings yet";
      const item = el("li", { class: "topic", "data-topic": topic.id },
        el("a", { href: `/topics/${encodeURIComponent(topic.id)}`, text: topic.name }),
        el("span", { class: "muted", text: ` (${span})` }));
      const subs = children.get(topic.id);
      if (subs) item.append(el("ul", {}, ...subs.map(render)));
      return item;
    };
    const list = document.getElementById("topics");
    list.append(...(children.get("") || []).map(render));
    status(topics.length ? "" : "No topics yet.");
  } catch (error) {
    status(`Could not load topics: ${error.message}`, true);
  }
})();
