/// <reference path="../../pb_data/types.d.ts" />
// The follow-up email's links. Mail scanners open links before people do, so an answer link (GET)
// only opens the page /checkin/; the page records the answer with a POST (at once, by script, or with
// its confirm button), and one answer per commitment and email is kept: a second click corrects it.
// Unsubscribing: POST (RFC 8058 one-click, from List-Unsubscribe-Post) or the page /unsubscribe/.
// An unknown token or commitment (404) counts as a failed guess of the client's address
// (lib/guess-limit.js); an expired link (410) is a real link and does not.

/** What the check-in page shows for an answer link: who, which commitment, and the answer so far. */
routerAdd("GET", "/api/jiannuo/checkin", (e) => {
  const { checkinView } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const q = e.request.url.query();
  return guarded(e, "token", 404, () => e.json(200, checkinView(e.app, q.get("t"), q.get("c"))));
});

/** Records (or corrects) the answer; the note and whether it may be quoted come with a second POST. */
routerAdd("POST", "/api/jiannuo/checkin", (e) => {
  const { recordAnswer } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, recordAnswer(e.app, e.requestInfo().body)));
});

routerAdd("POST", "/api/jiannuo/unsubscribe", (e) => {
  const { unsubscribe } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  return guarded(e, "token", 404, () => {
    unsubscribe(e.app, e.request.url.query().get("t") || e.requestInfo().body.t);
    return e.json(200, { unsubscribed: true });
  });
});
