/// <reference path="../../pb_data/types.d.ts" />
// Turns on PocketBase's built-in rate limiter (off by default) for the sign-in endpoints, per client
// address (the trusted-proxy header behind a reverse proxy). A migration rather than onBootstrap, so an
// operator's later changes in Settings → Application → Rate limiting survive restarts.
//
// Only sign-in and email-sending endpoints are limited. A workshop room of 300 tablets shares one venue
// NAT address and legitimately makes thousands of API calls a minute (joining, realtime, commitments,
// exercise answers), so there is no catch-all "/api/" or "*:create" rule: one low enough to slow a flood
// would stop the room. Joining never signs in with a password or a code, so these rules do not touch it;
// wrong join codes and link tokens have their own limit (pb_hooks/lib/guess-limit.js).
// Rules match the most specific label first (e.g. "*:authWithPassword" before "*:auth").

migrate(
  (app) => {
    // Inside the function: migration callbacks do not see the file's top-level variables.
    const RULES = [
      // Trainers and superusers: a handful per venue. 100 tries per 10 minutes (10 a minute sustained,
      // a quarter of PocketBase's own example rule) still allows a burst, e.g. a test run signing in
      // its trainers at once; past it, guessing waits out the window.
      { label: "*:authWithPassword", maxRequests: 100, duration: 600 },
      // Sign-in codes by email (participants on a new device): each request sends an email, so flooding
      // someone's inbox is what this stops. 30 a minute still lets a room of people sign in again.
      { label: "*:requestOTP", maxRequests: 30, duration: 60 },
      // Guessing a 6-digit code: at most 300 tries in its 10-minute life from one address (1 in 3,000).
      { label: "*:authWithOTP", maxRequests: 30, duration: 60 },
      // Any other sign-in method, should one be turned on later.
      { label: "*:auth", maxRequests: 20, duration: 60 },
      // Emails and tokens of account recovery.
      { label: "*:requestPasswordReset", maxRequests: 5, duration: 60 },
      { label: "*:confirmPasswordReset", maxRequests: 10, duration: 60 },
      { label: "*:requestVerification", maxRequests: 5, duration: 60 },
      { label: "*:requestEmailChange", maxRequests: 5, duration: 60 },
    ];
    const settings = app.settings();
    settings.rateLimits.enabled = true;
    settings.rateLimits.rules = RULES.map((rule) => ({ audience: "", ...rule }));
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.rateLimits.enabled = false;
    app.save(settings);
  },
);
