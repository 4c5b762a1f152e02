/// <reference path="../../pb_data/types.d.ts" />
// How the server runs: middlewares on every request, settings applied at start, and the trainer
// command. Each handler runs isolated, so it requires the shared code it needs (lib/).
//   link tokens        a `t` in any query is moved aside before the request log sees it (lib/link-token.js)
//   security headers   on every response: pages, the 404 page, API answers and errors (lib/security-headers.js)
//   body limits        every request body capped before anything reads it (lib/body-limit.js)
//   the site           page folders keep their query; unknown pages get the localised 404 page (lib/site.js)
//   account routes     PocketBase's verification, password-reset and email-change routes are closed for participants and addresses
//   a full disk        a write refused for a full disk answers 503, not 400 (lib/storage-full.js)
//   mail settings      SMTP_* and APP_URL from the environment, at every start (lib/mail-settings.js)
//   `pocketbase trainer add EMAIL [NAME]`   run by `npm run trainer -- add ...` (lib/trainers.js)

// First of all middlewares (PocketBase's own start at -99999 for a www redirect, then its request logger,
// limiter and auth at about -1000), so whatever answers, the logged URL holds no answer-link token.
routerUse(
  new Middleware(
    (e) => {
      require(`${__hooks}/lib/link-token.js`).keepTokenOutOfLog(e);
      return e.next();
    },
    -99990,
    "jiannuo_link_token_out_of_log",
  ),
);

// Set before e.next(), so the headers are in place whatever answers later. The explicit priority puts
// it before the other middlewares (priority 0): their order among themselves is not fixed, and the
// site's redirect would otherwise answer without these headers on some starts. -1005 comes after
// PocketBase's own security headers (-1010), which it replaces, and before its rate limiter (-1000)
// and the closed account routes below, so their answers carry these too.
routerUse(
  new Middleware(
    (e) => {
      const { securityHeaders } = require(`${__hooks}/lib/security-headers.js`);
      const { publicDirOf } = require(`${__hooks}/lib/site.js`);
      const headers = securityHeaders(e.request.url.path, publicDirOf($os.args));
      const target = e.response.header();
      for (const name of Object.keys(headers)) target.set(name, headers[name]);
      return e.next();
    },
    -1005,
    "jiannuo_security_headers",
  ),
);

// After the security headers (so a 413 carries them) and after PocketBase has read the auth token
// (superusers keep PocketBase's own limits); before any handler reads the body. Its own id: PocketBase's
// record routes replace its global body limit with a larger one of their own, not this one.
routerUse(new Middleware((e) => require(`${__hooks}/lib/body-limit.js`).limitBody(e), -5, "jiannuo_body_limit"));

// The built Astro site is served from --publicDir, one folder per page (/join/index.html). /join?code=X
// redirects to /join/?code=X keeping the query (PocketBase's own redirect drops it, and the trainer's
// QR code carries the join code there); an unknown page answers a real 404, never the home page.
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

// Participants and addresses have no passwords, and an address changes only by joining with another:
// PocketBase's verification, password-reset and email-change routes for them would send its own emails
// (to any address typed) or reveal which addresses exist, so they answer 404 for everyone, before
// PocketBase's rate limiter (-1000) counts anything.
routerUse(
  new Middleware(
    (e) => {
      const closed =
        /^\/api\/collections\/(participants|addresses|jn_participants|jn_addresses001)\/(request|confirm)-(verification|password-reset|email-change)\/?$/;
      if (closed.test(e.request.url.path)) require(`${__hooks}/lib/api-errors.js`).throwNotFound("Not found.");
      return e.next();
    },
    -1004,
    "jiannuo_closed_account_routes",
  ),
);

// The commitment outbox keeps an entry refused with 503 and sends it again later.
routerUse((e) => require(`${__hooks}/lib/storage-full.js`).refuseWhenDiskFull(e));

onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/mail-settings.js`).applyMailSettings(e.app);
});

// Creates a trainer account, or resets the password of an existing one, and prints the generated password once.
const trainerCommand = new Command({ use: "trainer", short: "Manage Jiannuo trainer accounts" });

trainerCommand.addCommand(
  new Command({
    use: "add EMAIL [NAME]",
    short: "Create a trainer, or reset an existing trainer's password; prints the new password",
    run: (cmd, args) => {
      const { upsertTrainer } = require(`${__hooks}/lib/trainers.js`);
      if (args.length < 1 || args.length > 2) {
        console.error("Usage: npm run trainer -- add EMAIL [NAME]");
        $os.exit(2);
      }
      try {
        const result = upsertTrainer($app, args[0], args[1] || "");
        console.log(`${result.created ? "Created" : "Reset"} trainer ${result.email}`);
        console.log(`Password: ${result.password}`);
        console.log("Keep it somewhere safe: it is shown only this once.");
      } catch (err) {
        console.error(`Could not save the trainer ${args[0]}: ${err}`);
        $os.exit(1);
      }
    },
  }),
);

$app.rootCmd.addCommand(trainerCommand);
