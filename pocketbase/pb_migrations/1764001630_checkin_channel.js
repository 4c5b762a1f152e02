/// <reference path="../../pb_data/types.d.ts" />
// checkins.channel: the channel whose message brought an answer given through a follow-up's link
// ("email", or the channel beyond email whose message carried the link), so the trainer's channel figures
// count an answer under the channel that brought it and no other (lib/channel-stats.js). Set by the
// server when the answer is first recorded (lib/checkin-answer.js); empty for answers given in the app,
// where a participant can neither set nor change it.
// Answers recorded before: those whose follow-up no channel message carried came by email.
const CHANNELS = ["email", "wecom_robot", "dingtalk_robot", "wecom_app", "dingtalk_notice", "sms"];
const SERVER_ONLY = "@request.body.channel:isset = false";

migrate(
  (app) => {
    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.fields.add(new SelectField({ name: "channel", values: CHANNELS, maxSelect: 1 }));
    checkins.createRule = `(${checkins.createRule}) && ${SERVER_ONLY}`;
    checkins.updateRule = `(${checkins.updateRule}) && ${SERVER_ONLY}`;
    app.save(checkins);
    app
      .db()
      .newQuery(
        `UPDATE checkins SET channel = 'email' WHERE source = 'email' AND NOT EXISTS (
           SELECT 1 FROM channel_deliveries d, json_each(d.followups) j WHERE j.value = checkins.followup)`,
      )
      .execute();
  },
  (app) => {
    const checkins = app.findCollectionByNameOrId("checkins");
    checkins.fields.removeByName("channel");
    checkins.createRule = checkins.createRule.slice(1, -(SERVER_ONLY.length + 5));
    checkins.updateRule = checkins.updateRule.slice(1, -(SERVER_ONLY.length + 5));
    app.save(checkins);
  },
);
