// The language switcher links to the bare page, but an email link's page needs its parameters
// (#t=...&c=...&s=..., or ?t=... in older emails): without them the other language would only say "this
// link does not work". Used by the check-in and unsubscribe pages' scripts.

/** Makes the language switcher's links carry this page's current fragment and query (read again at each click). */
export function keepQueryOnLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".language-switcher a[hreflang]")) {
    const withQuery = () => {
      const url = new URL(link.href);
      url.search = window.location.search;
      url.hash = window.location.hash;
      link.href = url.href;
    };
    withQuery();
    // The check-in page updates its query when an answer is changed, so refresh it right before leaving.
    link.addEventListener("click", withQuery);
    link.addEventListener("focus", withQuery);
  }
}
