// npm run screenshots must show every page type: a new file under src/pages without a shot in
// scripts/screenshots/pages.mjs fails here, so no page is left out of the next review.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES as SHOT_LOCALES, SHOTS, SIZES } from "../../../scripts/screenshots/pages.mjs";
import { DEFAULT_LOCALE, LOCALES } from "../../../src/i18n/locales";

const PAGES_DIR = path.resolve(import.meta.dirname, "../../../src/pages");

/** Every page file under src/pages, relative, with "/" separators. */
function pageFiles(dir = PAGES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name.endsWith(".astro") ? [path.relative(PAGES_DIR, full).split(path.sep).join("/")] : [];
  });
}

/** A page file's route without its locale prefix: "en/modules/[slug]/notes.astro" → "/modules/[slug]/notes/". */
function routeOf(file: string): string {
  const other = LOCALES.filter((l) => l !== DEFAULT_LOCALE).find((l) => file.startsWith(`${l}/`));
  const inLocale = other ? file.slice(other.length + 1) : file;
  const route = `/${inLocale.replace(/\.astro$/, "").replace(/(^|\/)index$/, "")}`;
  return route.endsWith("/") ? route : `${route}/`;
}

describe("npm run screenshots", () => {
  it("has a shot of every page route", () => {
    const routes = [...new Set(pageFiles().map(routeOf))].sort();
    const shot = new Set(SHOTS.map((s) => s.route));
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !shot.has(route))).toEqual([]);
  });

  it("names only routes that exist, and shows every page at tablet and phone size", () => {
    const routes = new Set(pageFiles().map(routeOf));
    for (const s of SHOTS) {
      expect(routes.has(s.route), s.id).toBe(true);
      expect(s.sizes, s.id).toEqual(expect.arrayContaining(["tablet", "phone"]));
      for (const size of s.sizes) expect(Object.keys(SIZES)).toContain(size);
    }
    expect(new Set(SHOTS.map((s) => s.id)).size).toBe(SHOTS.length);
  });

  it("takes every locale of the site", () => {
    expect(SHOT_LOCALES).toEqual([...LOCALES]);
  });

  it("shows the trainer's projected pages at projector size", () => {
    for (const id of ["join-screen", "wall"]) {
      expect(SHOTS.find((s) => s.id === id)?.sizes).toContain("projector");
    }
    expect(SIZES.projector).toEqual({ width: 1920, height: 1080 });
  });
});
