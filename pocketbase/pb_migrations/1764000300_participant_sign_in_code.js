/// <reference path="../../pb_data/types.d.ts" />
// Participants who gave an email can get back in on another device with a one-time code sent to it
// (pb_hooks/record-hooks.pb.js writes the email in their language). The app's name appears in emails.

migrate(
  (app) => {
    const participants = app.findCollectionByNameOrId("participants");
    participants.otp.enabled = true;
    participants.otp.duration = 600;
    participants.otp.length = 6;
    app.save(participants);

    const settings = app.settings();
    settings.meta.appName = "践诺 Jiannuo";
    app.save(settings);
  },
  (app) => {
    const participants = app.findCollectionByNameOrId("participants");
    participants.otp.enabled = false;
    app.save(participants);
  },
);
