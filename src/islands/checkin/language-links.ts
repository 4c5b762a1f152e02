// The language switcher links to the bare page, but an email link's page needs its query (?t=...&c=...&s=...):
// without it the other language would only say "this link does not work". Used by the check-in and
// unsubscribe pages' scripts.

/** Makes the language switcher's links carry this page's current query (read again at each click). */
export function keepQueryOnLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".language-switcher a[hreflang]")) {
    const withQuery = () => {
      const url = new URL(link.href);
      url.search = window.location.search;
      link.href = url.href;
    };
    withQuery();
    // The check-in page updates its query when an answer is changed, so refresh it right before leaving.
    link.addEventListener("click", withQuery);
    link.addEventListener("focus", withQuery);
  }
}
