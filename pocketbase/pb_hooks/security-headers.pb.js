/// <reference path="../../pb_data/types.d.ts" />
// Security headers (Content-Security-Policy, framing, nosniff, Referrer-Policy, Permissions-Policy) on
// every response the server sends: pages, the 404 page, API answers and errors. Set before e.next(),
// so they are in place whatever answers later; see lib/security-headers.js for the policy and why.
// The explicit priority puts it before the other middlewares of pb_hooks (priority 0): hook files do
// not load in a fixed order, and site.pb.js's redirect would otherwise answer without these headers
// on some starts.

routerUse(new Middleware((e) => {
  const { securityHeaders } = require(`${__hooks}/lib/security-headers.js`);
  const { publicDirOf } = require(`${__hooks}/lib/site.js`);
  const headers = securityHeaders(e.request.url.path, publicDirOf($os.args));
  const target = e.response.header();
  for (const name of Object.keys(headers)) target.set(name, headers[name]);
  return e.next();
}, -10, "jiannuo_security_headers"));
