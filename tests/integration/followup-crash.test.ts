// PocketBase killed with SIGKILL while a follow-up email is on its way: the mail server already has the
// message, but the sender never heard its "250 OK", so nothing recorded it as sent. After a restart the
// follow-up is sent again (SMTP delivery is at least once across a crash; README "Follow-up emails"),
// with the same token: the links of both copies answer. Runs its own PocketBase so the kill hurts no
// other test.
import PocketBase from "pocketbase";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readMailbox, startMailSink } from "../../scripts/lib/mail-sink.mjs";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import {
  answerCheckin,
  answerLinksOf,
  commitFor,
  dayFromToday,
  joinForFollowUps,
  type SinkMail,
} from "../support/followup-links";
import { superuserClient } from "../support/api";

let pb: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;
let releaseHeld: () => void = () => {};

const ADDRESS = "crash@example.com";
const mailTo = (): SinkMail[] => readMailbox(pb.handle.mailDir).filter((m: SinkMail) => m.envelopeTo.includes(ADDRESS));
const runJob = () =>
  fetch(`${pb.handle.url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });

beforeAll(async () => {
  pb = await startTestPocketBase(FIXTURE_SITE);
  // The same port, a sink that keeps each message and holds the first one's "250 OK" until released.
  await pb.sink.close();
  const held = new Promise<void>((resolve) => (releaseHeld = resolve));
  pb.sink = await startMailSink({
    dir: pb.handle.mailDir,
    port: pb.sink.port,
    hold: (n: number) => (n === 1 ? held : undefined),
  });
  admin = await superuserClient(pb.handle);
  const password = "trainer-pass-123";
  const trainer = await admin
    .collection("trainers")
    .create({ email: "crash-trainer@example.com", name: "周老师", password, passwordConfirm: password });
  const endsOn = dayFromToday(-10);
  const cohort = await admin.collection("cohorts").create({
    name: "断电回访班",
    organization: "示例酒店",
    trainer: trainer.id,
    startsOn: endsOn,
    endsOn,
    locale: "zh-CN",
    followUpDays: [7],
  });
  const who = await joinForFollowUps(admin, cohort["joinCode"], "断电时的人", ADDRESS);
  await commitFor(who, cohort.id, "每天记录一位客户的名字");
});

afterAll(async () => {
  releaseHeld();
  await pb?.stop();
});

it("sends the email again after a SIGKILL in the middle of sending, with the same token: both copies' links answer", async () => {
  const job = runJob().catch(() => "killed");
  // The mail server has the message: kill PocketBase before it hears back.
  while (mailTo().length === 0) await new Promise((r) => setTimeout(r, 20));
  pb.server.child.kill("SIGKILL");
  expect(await pb.server.exited).toMatchObject({ signal: "SIGKILL" });
  expect(await job).toBe("killed");
  releaseHeld();

  await pb.restart();
  await admin.collection("_superusers").authWithPassword(pb.handle.superuser.email, pb.handle.superuser.password);
  const [claimed] = await admin
    .collection("followups")
    .getFullList({ filter: "participant.address.email = 'crash@example.com'" });
  expect(claimed).toMatchObject({ state: "sending", attempts: 1 });
  // Its lease (5 minutes) has run out: a later run may take it over.
  await admin.collection("followups").update(claimed!.id, { leaseUntil: "2020-01-01 00:00:00.000Z" });
  expect(await (await runJob()).json()).toMatchObject({ sent: 1 });
  expect(await (await runJob()).json()).toMatchObject({ sent: 0 });

  const [first, second] = mailTo();
  expect(mailTo()).toHaveLength(2);
  const firstLinks = answerLinksOf(first!);
  const secondLinks = answerLinksOf(second!);
  expect(firstLinks).toHaveLength(4);
  expect(secondLinks.map((l) => l.t)).toEqual(firstLinks.map((l) => l.t));
  expect(second!.headers["list-unsubscribe"]).toBe(first!.headers["list-unsubscribe"]);
  // The first copy's answer, then the second copy's correction: one check-in, as for one email.
  expect(await answerCheckin(pb.handle.url, firstLinks[1]!)).toMatchObject({
    status: 200,
    body: { answer: { status: "in_progress" } },
  });
  expect(await answerCheckin(pb.handle.url, secondLinks[0]!)).toMatchObject({
    status: 200,
    body: { answer: { status: "done" } },
  });
  const checkins = await admin
    .collection("checkins")
    .getFullList({ filter: admin.filter("followup = {:f}", { f: claimed!.id }) });
  expect(checkins).toHaveLength(1);
  expect(await admin.collection("followups").getOne(claimed!.id)).toMatchObject({ state: "sent", attempts: 2 });
});
