/// <reference path="../../pb_data/types.d.ts" />
// Routes for participants, and for the links in their follow-up emails. Each handler runs isolated, so
// it requires the shared code it needs (lib/), and stays a line or two that names what it does.
//   GET  /api/jiannuo/site              what pages need to know of this server: its public address, mail
//   POST /api/jiannuo/join              join a cohort with its code (lib/join.js)
//   GET  /api/jiannuo/me/export         a copy of everything stored about the signed-in participant
//   POST /api/jiannuo/checkin/view      what an answer link's page shows
//   GET  /api/jiannuo/checkin           the same, for check-in pages loaded before tokens left URLs
//   POST /api/jiannuo/checkin           record (or correct) an answer
//   POST /api/jiannuo/unsubscribe       one-click unsubscribe (RFC 8058) or the /unsubscribe/ page
//   POST /api/jiannuo/unsubscribe/undo  the /unsubscribe/ page's undo (the link came to the address)
//   POST /api/jiannuo/confirm           the confirmation email's page: confirm, stop or resume (lib/address-links.js)
//   POST /api/jiannuo/me/confirmation   send the confirmation email again (answers alike whatever happens)
//   GET  /api/jiannuo/address/participations   after signing in with an emailed code: the address's cohorts
//   POST /api/jiannuo/address/sign-in   ... and a participant session for the one chosen (lib/address-sign-in.js)
//   POST /api/jiannuo/rejoin            a trainer's re-join link: its token for the participant's session
//   GET  /api/jiannuo/me/reach          which channels beyond email the participant may choose (lib/reach-choices.js)
//   POST /api/jiannuo/reach/withdraw    a channel message's withdrawal link: that channel's consent ends
//   GET  /api/jiannuo/wall              the participant's wall as it opens: its room settings, the count if covered
//   GET  /api/jiannuo/me/buddies        the buddy pair, the partners' shared commitments, encouragements received (lib/buddies.js)
//   POST /api/jiannuo/me/buddies/consent      consent to share with the pair, or withdraw: one tap
//   POST /api/jiannuo/me/buddies/encourage    an encouragement to a partner: one tap, optional words
//   POST /api/jiannuo/me/buddies/observe      "I saw them do it" for a partner's commitment
//   POST /api/jiannuo/me/buddies/choose       look for a buddy, choose one, or stop (lib/buddy-choice.js)
//   GET  /api/jiannuo/me/board          the cohort's progress board, if on and opted in (lib/progress-board.js)
//   POST /api/jiannuo/me/board          opt in to the board or out of it
//   GET  /api/jiannuo/me/supervisor     the participant's supervisors, what each may see, what they noted (lib/supervisors.js)
//   POST /api/jiannuo/me/supervisor     name a supervisor (or accept a proposal) and consent per commitment
//   POST /api/jiannuo/me/supervisor/withdraw   one tap: nothing shared with that supervisor any more
//   POST /api/jiannuo/supervisor/view   a supervisor's link: their team's shared commitments (lib/supervisor-page.js)
//   POST /api/jiannuo/supervisor/mark   ... and "discussed" / "observed" with an optional note
//   POST /api/jiannuo/supervisor/stop   ... and the supervisor's own "no more weekly notes" (or resume)
// Wrong codes and unknown link tokens count as failed guesses of the device and the client's address
// (lib/guess-limit.js). A token arrives in a body; where a URL carries one (?t=), it never reaches the
// request log (lib/link-token.js).

// The projected join screen builds its QR code from appUrl (the address phones can open, not the one the
// trainer's browser happens to use); the sign-in page says when no mail server is configured.
routerAdd("GET", "/api/jiannuo/site", (e) => {
  const settings = e.app.settings();
  return e.json(200, { appUrl: settings.meta.appURL.replace(/\/+$/, ""), mail: settings.smtp.enabled });
});

routerAdd("POST", "/api/jiannuo/join", (e) => {
  const { joinCohort } = require(`${__hooks}/lib/join.js`);
  return e.json(200, joinCohort(e));
});

// Deleting one's data is a plain delete of the participant record, which cascades to their
// commitments, check-ins and exercise results.
routerAdd(
  "GET",
  "/api/jiannuo/me/export",
  (e) => {
    const { exportParticipant } = require(`${__hooks}/lib/my-data.js`);
    const data = exportParticipant(e.app, e.auth);
    e.response.header().set("Content-Disposition", `attachment; filename="jiannuo-my-data-${e.auth.id}.json"`);
    return e.json(200, data);
  },
  $apis.requireAuth("participants"),
);

// Mail scanners open links before people do, and some run the page's script: so an answer link (GET)
// only opens the page /checkin/, which shows the answer and records it (POST) when the person taps
// Confirm. One answer per commitment and email is kept: a second tap corrects it. An unknown token or commitment
// (404) counts as a failed guess; an expired link (410) is a real link and does not.
routerAdd("POST", "/api/jiannuo/checkin/view", (e) => {
  const { checkinView } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => {
    const body = requestBody(e, "token");
    return e.json(200, checkinView(e.app, body.t, body.c));
  });
});

routerAdd("GET", "/api/jiannuo/checkin", (e) => {
  const { checkinView } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { queryToken } = require(`${__hooks}/lib/link-token.js`);
  return guarded(e, "token", 404, () => e.json(200, checkinView(e.app, queryToken(e), e.request.url.query().get("c"))));
});

routerAdd("POST", "/api/jiannuo/checkin", (e) => {
  const { recordAnswer } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, recordAnswer(e.app, requestBody(e, "token"))));
});

routerAdd("POST", "/api/jiannuo/unsubscribe", (e) => {
  const { unsubscribe } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => {
    const { queryToken } = require(`${__hooks}/lib/link-token.js`);
    unsubscribe(e.app, queryToken(e) || requestBody(e, "token").t);
    return e.json(200, { unsubscribed: true });
  });
});

routerAdd("POST", "/api/jiannuo/unsubscribe/undo", (e) => {
  const { unsubscribe } = require(`${__hooks}/lib/checkin-answer.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => {
    unsubscribe(e.app, requestBody(e, "token").t, true);
    return e.json(200, { unsubscribed: false });
  });
});

// The token is sent in the body (the page reads it from the link's fragment), so it stays out of logs.
routerAdd("POST", "/api/jiannuo/confirm", (e) => {
  const { confirmLinkAction } = require(`${__hooks}/lib/address-links.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, confirmLinkAction(e.app, requestBody(e, "token"))));
});

// The same answer whether a request was made, the address is already confirmed, unsubscribed or had
// its email today: a participant's device must not learn anything about the address's owner.
routerAdd(
  "POST",
  "/api/jiannuo/me/confirmation",
  (e) => {
    const { needsConfirmation, requestConfirmation } = require(`${__hooks}/lib/addresses.js`);
    const me = e.app.findRecordById("participants", e.auth.id);
    if (needsConfirmation(me, null)) requestConfirmation(e.app, me.getString("address"));
    return e.json(200, { requested: true });
  },
  $apis.requireAuth("participants"),
);

routerAdd(
  "GET",
  "/api/jiannuo/address/participations",
  (e) => e.json(200, require(`${__hooks}/lib/address-sign-in.js`).participationsChoice(e.app, e.auth)),
  $apis.requireAuth("addresses"),
);

routerAdd(
  "POST",
  "/api/jiannuo/address/sign-in",
  (e) => {
    const { signInAsParticipant } = require(`${__hooks}/lib/address-sign-in.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    return e.json(200, signInAsParticipant(e.app, e.auth, requestBody(e, "")));
  },
  $apis.requireAuth("addresses"),
);

// The /rejoin/ page sends the token of the link the trainer showed (lib/rejoin.js); an unknown token
// (404) counts as a failed guess, a used or expired one (410) does not.
routerAdd("POST", "/api/jiannuo/rejoin", (e) => {
  const { useRejoinLink } = require(`${__hooks}/lib/rejoin.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, useRejoinLink(e)));
});

routerAdd(
  "GET",
  "/api/jiannuo/me/reach",
  (e) => e.json(200, require(`${__hooks}/lib/reach-choices.js`).reachOptions(e.app, e.auth)),
  $apis.requireAuth("participants"),
);

// Like the email unsubscribe: an unknown token counts as a failed guess; an expired one still withdraws.
routerAdd("POST", "/api/jiannuo/reach/withdraw", (e) => {
  const { withdrawByLink } = require(`${__hooks}/lib/reach-choices.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, withdrawByLink(e.app, requestBody(e, "token"))));
});
// The wall on a participant's tablet loads its room here and its cards from wall_cards (their rules), then
// follows the topic `jiannuo_wall/<cohort>` (lib/wall-broadcast.js).
routerAdd(
  "GET",
  "/api/jiannuo/wall",
  (e) => e.json(200, require(`${__hooks}/lib/wall-broadcast.js`).wallRoomFor(e.app, e.auth)),
  $apis.requireAuth("participants"),
);

routerAdd(
  "GET",
  "/api/jiannuo/me/buddies",
  (e) => e.json(200, require(`${__hooks}/lib/buddies.js`).myBuddies(e.app, e.auth)),
  $apis.requireAuth("participants"),
);

// Handlers run isolated (no loop variable inside): each finds its action by the path's last part.
for (const path of [
  "/api/jiannuo/me/buddies/consent",
  "/api/jiannuo/me/buddies/encourage",
  "/api/jiannuo/me/buddies/observe",
]) {
  routerAdd(
    "POST",
    path,
    (e) => {
      const buddies = require(`${__hooks}/lib/buddies.js`);
      const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
      const name = { consent: "setBuddyConsent", encourage: "encourage", observe: "observe" }[
        e.request.url.path.split("/").pop()
      ];
      return e.json(200, buddies[name](e.app, e.auth, requestBody(e, "")));
    },
    $apis.requireAuth("participants"),
  );
}

routerAdd(
  "POST",
  "/api/jiannuo/me/buddies/choose",
  (e) => {
    const { chooseBuddy } = require(`${__hooks}/lib/buddy-choice.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    return e.json(200, chooseBuddy(e.app, e.auth, requestBody(e, "")));
  },
  $apis.requireAuth("participants"),
);

routerAdd(
  "GET",
  "/api/jiannuo/me/board",
  (e) => e.json(200, require(`${__hooks}/lib/progress-board.js`).myBoard(e.app, e.auth)),
  $apis.requireAuth("participants"),
);

routerAdd(
  "POST",
  "/api/jiannuo/me/board",
  (e) => {
    const { setBoardOptIn } = require(`${__hooks}/lib/progress-board.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    return e.json(200, setBoardOptIn(e.app, e.auth, requestBody(e, "")));
  },
  $apis.requireAuth("participants"),
);

routerAdd(
  "GET",
  "/api/jiannuo/me/supervisor",
  (e) => {
    const { supervisorState } = require(`${__hooks}/lib/supervisors.js`);
    return e.json(200, supervisorState(e.app, e.app.findRecordById("participants", e.auth.id)));
  },
  $apis.requireAuth("participants"),
);

routerAdd(
  "POST",
  "/api/jiannuo/me/supervisor",
  (e) => {
    const { nameSupervisor } = require(`${__hooks}/lib/supervisors.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    const me = e.app.findRecordById("participants", e.auth.id);
    return e.json(200, nameSupervisor(e.app, me, requestBody(e, "")));
  },
  $apis.requireAuth("participants"),
);

routerAdd(
  "POST",
  "/api/jiannuo/me/supervisor/withdraw",
  (e) => {
    const { withdrawSupervisor } = require(`${__hooks}/lib/supervisors.js`);
    const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
    const me = e.app.findRecordById("participants", e.auth.id);
    return e.json(200, withdrawSupervisor(e.app, me, requestBody(e, "")));
  },
  $apis.requireAuth("participants"),
);

// The supervisor's link: an unknown token (404) counts as a failed guess, an expired one (410) does not.
routerAdd("POST", "/api/jiannuo/supervisor/view", (e) => {
  const { supervisorView } = require(`${__hooks}/lib/supervisor-page.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, supervisorView(e.app, requestBody(e, "token"))));
});

routerAdd("POST", "/api/jiannuo/supervisor/mark", (e) => {
  const { markCommitment } = require(`${__hooks}/lib/supervisor-page.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, markCommitment(e.app, requestBody(e, "token"))));
});

routerAdd("POST", "/api/jiannuo/supervisor/stop", (e) => {
  const { stopDigests } = require(`${__hooks}/lib/supervisor-page.js`);
  const { guarded } = require(`${__hooks}/lib/guess-limit.js`);
  const { requestBody } = require(`${__hooks}/lib/body-limit.js`);
  return guarded(e, "token", 404, () => e.json(200, stopDigests(e.app, requestBody(e, "token"))));
});
