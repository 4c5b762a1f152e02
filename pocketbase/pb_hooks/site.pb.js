/// <reference path="../../pb_data/types.d.ts" />
// The built Astro site is served from --publicDir. An unknown page answers a real 404 with the
// localised not-found page (English under /en/, Chinese elsewhere), never the home page.

routerUse((e) => {
  try {
    return e.next();
  } catch (err) {
    const { notFoundPage } = require(`${__hooks}/lib/not-found.js`);
    const page = notFoundPage(e, err);
    if (page === null) throw err;
    return e.html(404, page);
  }
});
