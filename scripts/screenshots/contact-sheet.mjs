// index.html of a screenshots folder: one section per page type, its shots side by side per language,
// each a link to the full picture, with the sideways overflow a shot measured marked in red.
import { writeFileSync } from "node:fs";
import path from "node:path";

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * Writes `<dir>/index.html`.
 * @param {string} dir
 * @param {{ title: string, summary: string, groups: { id: string, title: string, route: string | null,
 *   shots: { file: string, locale: string, size: string, width: number, height: number, path: string,
 *   overflow: number }[] }[] }} sheet
 */
export function writeContactSheet(dir, sheet) {
  const sections = sheet.groups.map((group) => {
    const figures = group.shots.map((shot) => {
      const warning = shot.overflow > 0 ? `<strong class="overflow">横向溢出 ${shot.overflow} px</strong>` : "";
      return `<figure>
  <a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${group.title} ${shot.locale} ${shot.size}`)}" loading="lazy"></a>
  <figcaption>${escape(shot.locale)} · ${escape(shot.size)} ${shot.width}×${shot.height} ${warning}<br><code>${escape(shot.path)}</code></figcaption>
</figure>`;
    });
    return `<section id="${escape(group.id)}">
<h2>${escape(group.title)} <small>${escape(group.route ?? "")}</small></h2>
<div class="shots">${figures.join("\n")}</div>
</section>`;
  });
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(sheet.title)}</title>
<style>
  body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 1.5rem; color: #1d2327; background: #faf8f4; }
  nav a { margin-right: 0.75rem; }
  section { margin-top: 2rem; border-top: 1px solid #d9d4cb; }
  small { color: #4a555c; font-weight: normal; }
  .shots { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  figure { margin: 0; width: 260px; }
  img { width: 100%; border: 1px solid #c9c3b8; background: #fff; }
  figcaption { font-size: 0.85rem; overflow-wrap: anywhere; }
  .overflow { color: #a3261c; }
</style>
</head>
<body>
<h1>${escape(sheet.title)}</h1>
<p>${escape(sheet.summary)}</p>
<nav>${sheet.groups.map((g) => `<a href="#${escape(g.id)}">${escape(g.title)}</a>`).join(" ")}</nav>
${sections.join("\n")}
</body>
</html>
`;
  writeFileSync(path.join(dir, "index.html"), html);
}
