/// <reference path="../../pb_data/types.d.ts" />
// Security headers (Content-Security-Policy, framing, nosniff, Referrer-Policy, Permissions-Policy) on
// every response the server sends: pages, the 404 page, API answers and errors. Set before e.next(),
// so they are in place whatever answers later; see lib/security-headers.js for the policy and why.

routerUse((e) => {
  const { securityHeaders } = require(`${__hooks}/lib/security-headers.js`);
  const { publicDirOf } = require(`${__hooks}/lib/site.js`);
  const headers = securityHeaders(e.request.url.path, publicDirOf($os.args));
  const target = e.response.header();
  for (const name of Object.keys(headers)) target.set(name, headers[name]);
  return e.next();
});
