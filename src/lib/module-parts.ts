// Pure helpers for module entries: the slug inside an entry id, and the rendered body split so the
// exercises can sit between the teaching sections and the closing summary.

/** `zh-CN/eoac` -> `eoac` (entry ids are `<locale>/<slug>`, see src/content.config.ts). */
export function slugOfEntryId(id: string): string {
  return id.slice(id.indexOf("/") + 1);
}

/** A module body in two parts: everything before its last `<h2>` section, and that last section. */
export interface BodyParts {
  teaching: string;
  summary: string;
}

/**
 * Splits rendered HTML before the last `<h2` (each module ends with its summary section, which
 * tests/unit/content.test.ts checks). With fewer than two sections, everything counts as teaching.
 */
export function splitBeforeSummary(html: string): BodyParts {
  const last = html.lastIndexOf("<h2");
  if (last <= 0 || html.indexOf("<h2") === last) return { teaching: html, summary: "" };
  return { teaching: html.slice(0, last), summary: html.slice(last) };
}
