// newsgraph article page: a toggle per fact kind, and a map of the article's places.
// Article text only ever reaches the page through textContent and DOM nodes, never as HTML.

function setupToggles(body) {
  document.querySelectorAll("input[data-toggle-kind]").forEach((box) => {
    box.addEventListener("change", () => {
      body.classList.toggle("hide-" + box.dataset.toggleKind, !box.checked);
    });
  });
}

function loadCss(href) {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = resolve;
    link.onerror = resolve;
    document.head.appendChild(link);
  });
}

function text(tag, value) {
  const el = document.createElement(tag);
  el.textContent = value;
  return el;
}

function mentionItem(mention) {
  const li = document.createElement("li");
  const link = text("a", "\u201c" + mention.text + "\u201d");
  link.href = "#f-" + mention.fact.replace(":", "-");
  li.appendChild(link);
  const details = [mention.role];
  if (mention.confidence !== null && mention.confidence !== undefined) {
    details.push("confidence " + Number(mention.confidence).toFixed(2));
  }
  li.appendChild(document.createTextNode(" " + details.filter(Boolean).join(" \u00b7 ")));
  return li;
}

function popupContent(point) {
  const div = document.createElement("div");
  div.className = "ng-popup";
  div.appendChild(text("strong", point.name));
  const where = [point.admin1, point.country].filter(Boolean).join(", ");
  if (where) {
    div.appendChild(document.createElement("br"));
    div.appendChild(document.createTextNode(where));
  }
  const list = document.createElement("ul");
  point.mentions.forEach((mention) => list.appendChild(mentionItem(mention)));
  div.appendChild(list);
  return div;
}

async function drawMap(el, points) {
  await loadCss(el.dataset.leafletCss);
  const L = await import(el.dataset.leafletJs);
  L.Icon.Default.imagePath = el.dataset.leafletImages;
  const map = L.map(el, { maxZoom: 6, worldCopyJump: true });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { minZoom: 0, maxZoom: 6, attribution: "\u00a9 OpenStreetMap contributors" }).addTo(map);
  }
  const markers = points.map((p) =>
    L.marker([p.lat, p.lon], { title: p.name, alt: p.name }).bindPopup(popupContent(p)).addTo(map)
  );
  const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon]));
  map.fitBounds(bounds.pad(0.3), { maxZoom: 5 });
  return markers.length;
}

async function setupMap() {
  const el = document.getElementById("ng-map");
  const source = document.getElementById("ng-map-data");
  if (!el || !source) return;
  const points = JSON.parse(source.textContent);
  try {
    el.dataset.markers = String(points.length ? await drawMap(el, points) : 0);
  } catch (error) {
    el.dataset.error = String(error);
    el.textContent = "The map could not be drawn: " + error;
  }
  el.dataset.ready = "1";
}

const articleBody = document.getElementById("ng-body");
if (articleBody) setupToggles(articleBody);
setupMap();
