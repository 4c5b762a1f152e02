/// <reference path="../../pb_data/types.d.ts" />
// GET /api/jiannuo/me/export: everything stored about the signed-in participant, as one JSON file
// (the right to a copy of one's data). Deleting is a plain delete of their participant record, which
// cascades to their commitments, check-ins and exercise results.

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
