// src/lib/cite.ts
import { createRequire } from "node:module";
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { parse as parseName } from "@citation-js/name";

// src/lib/build-cache.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CACHE_DIR = resolve(
  process.env.CHRONOLOGY_CACHE_DIR ?? join(process.cwd(), "node_modules", ".cache", "chronology")
);
var CACHE_VERSION = 1;
var enabled = process.env.CHRONOLOGY_CACHE !== "off";
var cacheStats = {};
function cacheKey(...inputs) {
  const hash = createHash("sha256").update(String(CACHE_VERSION));
  for (const input of inputs) hash.update("\0").update(typeof input === "string" ? input : JSON.stringify(input));
  return hash.digest("hex");
}
function fileOf(kind, key) {
  return join(CACHE_DIR, kind, key.slice(0, 2), key);
}
function count(kind, hit) {
  const s = cacheStats[kind] ??= { hits: 0, misses: 0 };
  if (hit) s.hits++;
  else s.misses++;
}
function read(kind, key) {
  if (!enabled) return void 0;
  const file = fileOf(kind, key);
  if (!existsSync(file)) return void 0;
  const now = /* @__PURE__ */ new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}
function write(kind, key, bytes) {
  if (!enabled) return;
  const file = fileOf(kind, key);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
function cachedJson(kind, key, make) {
  const hit = read(kind, key);
  count(kind, !!hit);
  if (hit) return JSON.parse(hit.toString("utf8"));
  const value = make();
  write(kind, key, JSON.stringify(value));
  return value;
}

// src/lib/chronology/dates.ts
var SEASON = /^(\d{4})-(spring|summer|autumn|winter)$/;
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function pad(n, width = 2) {
  return String(n).padStart(width, "0");
}
function startOf(value) {
  const [y, m = "01", d = "01"] = value.split("-");
  return `${y}-${m}-${d}`;
}
function endOf(value) {
  const [y, m, d] = value.split("-");
  if (m === void 0) return `${y}-12-31`;
  if (d === void 0) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return value;
}
function seasonInterval(season) {
  const m = SEASON.exec(season);
  if (!m) throw new Error(`Not a season: ${season}`);
  const year = Number(m[1]);
  switch (m[2]) {
    case "spring":
      return { start: `${year}-03-01`, end: `${year}-05-31` };
    case "summer":
      return { start: `${year}-06-01`, end: `${year}-08-31` };
    case "autumn":
      return { start: `${year}-09-01`, end: `${year}-11-30` };
    default:
      return { start: `${year}-12-01`, end: `${year + 1}-02-${pad(daysInMonth(year + 1, 2))}` };
  }
}
function labelOf(value) {
  const [y, m, d] = value.split("-");
  if (m === void 0) return y;
  const month = MONTHS[Number(m) - 1];
  if (d === void 0) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
function labelOfSpan(first, second) {
  if (first === second) return labelOf(first);
  const [y1, m1, d1] = first.split("-");
  const [y2, m2, d2] = second.split("-");
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${MONTHS[Number(m1) - 1]}\u2013${MONTHS[Number(m2) - 1]} ${y1}`;
  if (y1 === y2 && m1 === m2 && d1 && d2) return `${Number(d1)}\u2013${Number(d2)} ${MONTHS[Number(m1) - 1]} ${y1}`;
  if (y1 === y2 && m1 && m2 && d1 && d2) {
    return `${Number(d1)} ${MONTHS[Number(m1) - 1]} \u2013 ${Number(d2)} ${MONTHS[Number(m2) - 1]} ${y1}`;
  }
  return `${labelOf(first)} \u2013 ${labelOf(second)}`;
}
function toInterval(date) {
  const base = baseInterval(date);
  if (!date.inferred) return base;
  return { ...base, inferred: true, label: approximate(base.label) };
}
function approximate(label) {
  const bare = label.replace(/^about /, "").replace(/^undated, roughly /, "undated, ");
  return bare.startsWith("undated, ") ? bare.replace(/^undated, /, "undated, roughly ") : `about ${bare}`;
}
function baseInterval(date) {
  if (date.day) return { start: date.day, end: date.day, precision: "day", label: labelOf(date.day) };
  if (date.month) {
    return { start: startOf(date.month), end: endOf(date.month), precision: "month", label: labelOf(date.month) };
  }
  if (date.season) {
    const [year, name] = date.season.split("-");
    return { ...seasonInterval(date.season), precision: "season", label: `${name} ${year}` };
  }
  if (date.year) return { start: startOf(date.year), end: endOf(date.year), precision: "year", label: date.year };
  if (date.from && date.to) {
    return { start: startOf(date.from), end: endOf(date.to), precision: "range", label: labelOfSpan(date.from, date.to) };
  }
  if (date.from && date.ongoing) {
    return {
      start: startOf(date.from),
      end: endOf(date.ongoing),
      precision: "open",
      open: true,
      label: `from ${labelOf(date.from)}, still going on ${labelOf(date.ongoing)}`
    };
  }
  if (date.notAfter) {
    if (!date.notBefore) {
      return {
        start: endOf(date.notAfter),
        end: endOf(date.notAfter),
        precision: "undated",
        openStart: true,
        label: `undated, not after ${labelOf(date.notAfter)}`
      };
    }
    return {
      start: startOf(date.notBefore),
      end: endOf(date.notAfter),
      precision: "undated",
      label: `undated, between ${labelOf(date.notBefore)} and ${labelOf(date.notAfter)}`
    };
  }
  throw new Error("A claim date needs one of day, month, season, year, from+to, from+ongoing or notAfter");
}

// src/lib/cite-styles.ts
var CHICAGO_TEMPLATE = "chicago-notes-bibliography-17";
var CHICAGO_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago Manual of Style 17th edition (notes and bibliography): bibliography entries of news articles, web pages and data sets</title>
    <id>https://jihadist-alliances.invalid/csl/${CHICAGO_TEMPLATE}</id>
    <category citation-format="note"/>
    <updated>2026-11-30T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <!-- Chicago abbreviates circa as "ca." (CMOS 10.43); the en-US locale has "c." -->
      <term name="circa" form="short">ca.</term>
    </terms>
  </locale>
  <macro name="contributors">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
      <substitute>
        <text macro="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="dataset">
        <text variable="title" text-case="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" text-case="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <group delimiter=" ">
          <choose>
            <if is-uncertain-date="issued">
              <text term="circa" form="short"/>
            </if>
          </choose>
          <date variable="issued" form="text"/>
        </group>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="version">
    <group delimiter=" ">
      <text term="version" text-case="capitalize-first"/>
      <text variable="version"/>
    </group>
  </macro>
  <citation>
    <layout>
      <text macro="contributors"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true" entry-spacing="0">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="contributors"/>
        <text macro="title"/>
        <choose>
          <if type="article-newspaper article-magazine" match="any">
            <group delimiter=", ">
              <text variable="container-title" font-style="italic"/>
              <text macro="date"/>
            </group>
          </if>
          <else-if type="dataset">
            <text macro="version"/>
            <group delimiter=", ">
              <text variable="publisher"/>
              <text macro="date"/>
            </group>
          </else-if>
          <else>
            <text variable="container-title"/>
            <text macro="date"/>
          </else>
        </choose>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;

// src/lib/site.ts
var SITE = {
  name: "Jihadist alliances, 2003\u20132017",
  tagline: "A sourced chronology of how jihadist groups allied, split, pledged allegiance and made truces",
  /** Who to credit in citations of the site. */
  publisher: "Jihadist Alliances Chronology project",
  /** Date of this edition of the content (bump when content changes); citations use it. */
  edition: "2026-11-30",
  language: "en"
};

// src/lib/cite.ts
var styles = plugins.config.get("@csl").styles;
if (!styles.has(CHICAGO_TEMPLATE)) styles.add(CHICAGO_TEMPLATE, CHICAGO_CSL);
var FORMATTERS = (() => {
  const require2 = createRequire(import.meta.url);
  return [
    "@citation-js/core",
    "@citation-js/plugin-csl",
    "@citation-js/plugin-bibtex",
    "@citation-js/plugin-ris",
    "citeproc"
  ].map((name) => `${name}@${require2(`${name}/package.json`).version}`);
})();
function output(format, item, options) {
  return plugins.output.format(format, [item], options);
}
function citationKey(id) {
  return id.replace(/[^A-Za-z0-9]+/g, "_");
}
function cslName(name) {
  return parseName(name.trim());
}
function cslDay(iso, circa = false) {
  const [y, m, d] = iso.split("-").map(Number);
  return { "date-parts": [[y, m, d]], ...circa ? { circa } : {} };
}
function publishedDate(source) {
  const { start, end } = toInterval(source.published);
  const [sy, sm, sd] = start.split("-").map(Number);
  const [ey, em, ed] = end.split("-").map(Number);
  const parts = sy !== ey ? [sy] : sm !== em ? [sy] : sd !== ed ? [sy, sm] : [sy, sm, sd];
  const circa = !source.published.confirmed || source.unconfirmed.includes("published");
  return { "date-parts": [parts], ...circa ? { circa: true } : {} };
}
function sourceItem(source) {
  const date = publishedDate(source);
  const notes = [
    date.circa ? "Publication date unconfirmed" : "",
    source.urlKind === "original" ? "" : `${source.urlKind === "repost" ? "Repost" : "Copy"} by ${source.repostedBy ?? "another site"}`
  ].filter(Boolean);
  return {
    id: source.id,
    "citation-key": citationKey(source.id),
    type: "article-newspaper",
    title: source.headline,
    "container-title": source.outlet,
    ...source.authors.length ? { author: source.authors.map(cslName) } : {},
    issued: date,
    URL: source.url,
    ...notes.length ? { note: notes.join("; ") } : {},
    ...source.language ? { language: source.language } : {}
  };
}
function pageItem(id, title, url, genre, note) {
  return {
    id,
    "citation-key": citationKey(id),
    type: "webpage",
    title,
    "container-title": SITE.name,
    author: [{ literal: SITE.publisher }],
    issued: cslDay(SITE.edition),
    URL: url,
    genre,
    ...note ? { note } : {},
    language: SITE.language
  };
}
function eventItem(event, url) {
  return pageItem(event.id, event.title, url, "Chronology entry", `Chronology entry; event date: ${event.date.label}`);
}
function groupItem(group, url) {
  return pageItem(`group-${group.id}`, group.name, url, "Group profile");
}
function siteItem(url) {
  return {
    ...pageItem("jihadist-alliances", SITE.name, url, `Research chronology, edition of ${SITE.edition}`),
    "container-title": void 0
  };
}
function datasetItem(url, version) {
  return {
    id: "jihadist-alliances-data",
    "citation-key": "jihadist_alliances_data",
    type: "dataset",
    title: `${SITE.name}: events, groups and sources`,
    // The publisher is the author: APA 7 then names it once (no separate publisher).
    author: [{ literal: SITE.publisher }],
    issued: cslDay(SITE.edition),
    URL: url,
    version,
    language: SITE.language
  };
}
var nocase = (text) => `<span class="nocase">${text.replace(/&/g, "&#38;").replace(/</g, "&#60;")}</span>`;
function styled(item) {
  const title = item.title.replace(/(?<=\S\s+)(al-[\p{L}']+)/gu, (word) => nocase(word));
  return {
    ...item,
    title,
    ...item["container-title"] ? { "container-title": nocase(item["container-title"]) } : {}
  };
}
function bibliography(item, style) {
  return output("bibliography", styled(item), { format: "text", style, lang: "en-US" }).trim();
}
function risDate(date) {
  const [y, m, d] = date["date-parts"][0];
  return `${y}/${m ? String(m).padStart(2, "0") : ""}/${d ? String(d).padStart(2, "0") : ""}/`;
}
function ris(item) {
  const [entry] = output("ris", item, { format: "object" });
  if (entry.TY === "NEWS") {
    if (!entry.AU && item.author?.length)
      entry.AU = item.author.map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(", "));
    if (!entry.DA && item.issued) entry.DA = risDate(item.issued);
  }
  const { TY, ...rest } = entry;
  const lines = [`TY  - ${TY}`];
  for (const [tag, value] of Object.entries(rest)) for (const v of [value].flat()) lines.push(`${tag}  - ${v}`);
  lines.push("ER  - ");
  return `${lines.join("\r\n")}\r
`;
}
function citationsOf(item) {
  return cachedJson("citations", cacheKey(item, CHICAGO_CSL, FORMATTERS), () => ({
    apa: bibliography(item, "apa"),
    chicago: bibliography(item, CHICAGO_TEMPLATE),
    bibtex: output("bibtex", item, { format: "text" }).trim(),
    biblatex: output("biblatex", item, { format: "text" }).trim(),
    ris: ris(item),
    cslJson: `${JSON.stringify([item], null, 2)}
`
  }));
}
function citeEvent(event, url) {
  return citationsOf(eventItem(event, url));
}
function citeGroup(group, url) {
  return citationsOf(groupItem(group, url));
}
function citeSource(source) {
  return citationsOf(sourceItem(source));
}
export {
  citationKey,
  citationsOf,
  citeEvent,
  citeGroup,
  citeSource,
  cslName,
  datasetItem,
  eventItem,
  groupItem,
  publishedDate,
  siteItem,
  sourceItem
};
