// Leaving the page after handing the tablet over; on its own so component tests can stand in for it.

/** Loads `href` as a new page (so every store starts from the cleared storage). */
export function goTo(href: string): void {
  window.location.assign(href);
}
