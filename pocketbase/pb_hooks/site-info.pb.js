/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/site: what pages need to know about this server. The projected join screen builds
// its QR code from appUrl (the address phones can open, not the one the trainer's browser happens to
// use), and the sign-in page says so when no mail server is configured. Nothing here is secret.

routerAdd("GET", "/api/jiannuo/site", (e) => {
  const settings = e.app.settings();
  return e.json(200, { appUrl: settings.meta.appURL.replace(/\/+$/, ""), mail: settings.smtp.enabled });
});
