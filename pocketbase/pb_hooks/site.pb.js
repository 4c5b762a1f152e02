/// <reference path="../../pb_data/types.d.ts" />
// The built Astro site is served from --publicDir, one folder per page (/join/index.html).
// - /join?code=X redirects to /join/?code=X keeping the query (PocketBase's own redirect drops it,
//   and the trainer's QR code carries the join code there).
// - An unknown page answers a real 404 with the localised not-found page (English under /en/,
//   Chinese elsewhere), never the home page.

routerUse((e) => {
  const site = require(`${__hooks}/lib/site.js`);
  const folder = site.pageFolderRedirect(e);
  if (folder) return e.redirect(301, folder);
  try {
    return e.next();
  } catch (err) {
    const page = site.notFoundPage(e, err);
    if (page === null) throw err;
    return e.html(404, page);
  }
});
