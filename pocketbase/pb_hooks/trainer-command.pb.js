/// <reference path="../../pb_data/types.d.ts" />
// `pocketbase trainer add EMAIL [NAME]` (run by `npm run trainer -- add ...`): creates a trainer account,
// or resets the password of an existing one, and prints the generated password once.

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
