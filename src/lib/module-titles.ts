// Module titles on the trainer pages: the page passes the course's titles by slug, in course order;
// the server's figures may also name modules the course no longer has.

/** A module's title; its slug when the course no longer has that module. */
export function moduleTitle(titles: Readonly<Record<string, string>>, slug: string): string {
  return titles[slug] ?? slug;
}

/** Module slugs in course order (the titles are in that order), then any the course no longer has. */
export function moduleOrder(
  titles: Readonly<Record<string, string>>,
  counts: Readonly<Record<string, unknown>>,
): string[] {
  const known = Object.keys(titles);
  return [
    ...known,
    ...Object.keys(counts)
      .filter((slug) => !known.includes(slug))
      .sort(),
  ];
}
