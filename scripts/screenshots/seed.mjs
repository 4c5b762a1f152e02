// Fills a fresh Jiannuo with the workshop of cohort.mjs through the same routes the app uses: the
// trainer's cohort, 40 joins, their commitments and check-ins, and one follow-up round by email.
import { randomBytes } from "node:crypto";
import PocketBase from "pocketbase";
import { readMailbox } from "../lib/mail-sink.mjs";
import { CHECKINS, COHORT, COMMITMENTS, PEOPLE, SUPERVISOR, TRAINER } from "./cohort.mjs";

const DAY = 86400000;
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** YYYY-MM-DD, `days` from today. */
function dayFromToday(days) {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** A record id of the kind the app chooses on a device (15 of [a-z0-9]). */
function recordId() {
  return Array.from(randomBytes(15), (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join("");
}

function client(url, token, record) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  if (token) pb.authStore.save(token, record);
  return pb;
}

async function post(url, path, body, headers = {}) {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Joins as the app does (an id and join key chosen here) and returns the session the app would keep. */
async function join(url, code, person) {
  const joinKey = randomBytes(32).toString("base64url");
  const body = await post(url, "/api/jiannuo/join", {
    code,
    name: person.name,
    ...(person.email ? { email: person.email, followUpConsent: true } : {}),
    namedInReport: person.named,
    locale: "zh-CN",
    id: recordId(),
    joinKey,
  });
  return { token: body.token, participant: body.record, cohort: body.cohort, joinKey };
}

/** Runs `task` over `items`, a few at a time, keeping their order in the result. */
async function eachInTurn(items, task, concurrency = 4) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

/**
 * Seeds the workshop. Returns what the pages need: the trainer's sign-in, the cohort, the session of the
 * participant the participant pages show, the links of their follow-up email, and that email, and a
 * re-join link already used.
 * @param {{ url: string, superuser: { email: string, password: string }, mailDir: string }} server
 */
export async function seedWorkshop({ url, superuser, mailDir }) {
  const admin = client(url);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);

  const password = randomBytes(12).toString("hex");
  const trainerRecord = await admin
    .collection("trainers")
    .create({ email: TRAINER.email, name: TRAINER.name, password, passwordConfirm: password });
  const trainer = client(url);
  const auth = await trainer.collection("trainers").authWithPassword(TRAINER.email, password);

  // The workshop ended eight days ago: its day-7 follow-up is due now.
  const cohort = await trainer.collection("cohorts").create({
    ...COHORT,
    trainer: trainerRecord.id,
    startsOn: dayFromToday(-9),
    endsOn: dayFromToday(-8),
  });

  const sessions = await eachInTurn(PEOPLE, (person) => join(url, cohort.joinCode, person));
  const asParticipant = (i) => client(url, sessions[i].token, sessions[i].participant);

  const commitments = await eachInTurn(COMMITMENTS, async (row) => {
    const [who, module, kind, action, trigger, measure, support, confidence, dueIn, visibility] = row;
    return asParticipant(who)
      .collection("commitments")
      .create({
        id: recordId(),
        participant: sessions[who].participant.id,
        cohort: cohort.id,
        module,
        kind,
        action,
        trigger,
        measure,
        support,
        confidence,
        dueOn: dueIn ? dayFromToday(dueIn) : "",
        visibility,
        status: "planned",
      });
  });

  await eachInTurn(CHECKINS, async ([index, status, note, shareable]) => {
    const commitment = commitments[index];
    const who = COMMITMENTS[index][0];
    await asParticipant(who)
      .collection("checkins")
      .create({ commitment: commitment.id, status, note, shareable, source: "app" });
  });

  // The job first asks every address that agreed to follow-ups to confirm (one email each). Everyone
  // confirms but PEOPLE[3], whose email the confirmation page is shown with; then one follow-up round
  // goes out, and three people answer from their email.
  const runJob = () => post(url, "/api/jiannuo/followups/run", {}, { Authorization: admin.authStore.token });
  await runJob();
  const confirmMail = mailTo(readMailbox(mailDir), PEOPLE[3], "/confirm/");
  const confirmedAt = new Date().toISOString().replace("T", " ");
  for (const [i, person] of PEOPLE.entries()) {
    if (!person.email || person === PEOPLE[3]) continue;
    await admin.collection("participants").update(sessions[i].participant.id, { emailConfirmedAt: confirmedAt });
  }
  // The first two people let their store manager see their first commitment (the supervisor's page).
  for (const who of [0, 1]) {
    const first = commitments[COMMITMENTS.findIndex((row) => row[0] === who)];
    await post(
      url,
      "/api/jiannuo/me/supervisor",
      { name: SUPERVISOR.name, email: SUPERVISOR.email, commitments: [first.id] },
      { Authorization: sessions[who].token },
    );
  }
  await runJob();
  const mails = readMailbox(mailDir);
  for (const person of [PEOPLE[6], PEOPLE[9], PEOPLE[12]]) {
    const [answer] = answerLinks(mailTo(mails, person, "/checkin/"));
    if (answer) await post(url, "/api/jiannuo/checkin", { t: answer.t, c: answer.c, s: "in_progress" });
  }
  const mail = mailTo(mails, PEOPLE[0], "/checkin/");
  const supervisorMail = mailTo(mails, SUPERVISOR, "/supervisor/");
  if (!mail || !confirmMail || !supervisorMail) throw new Error("the follow-up job sent no email to the shown people");
  const linkTo = (text, page) => text.match(new RegExp(`https?://\\S+/${page}/[?#]\\S+`))?.[0];
  // A trainer's re-join link that was already used: what a second device opening it sees.
  const rejoin = await post(
    url,
    `/api/jiannuo/cohorts/${cohort.id}/participants/${sessions[1].participant.id}/rejoin`,
    {},
    { Authorization: auth.token },
  );
  await post(url, "/api/jiannuo/rejoin", { t: rejoin.token });

  return {
    trainer: { email: TRAINER.email, password, token: auth.token, record: auth.record },
    cohort,
    participant: sessions[0],
    links: {
      checkin: answerLinks(mail)[0].url,
      unsubscribe: linkTo(mail.text, "unsubscribe"),
      confirm: linkTo(confirmMail.text, "confirm"),
      rejoinUsed: `${url}/rejoin/#t=${rejoin.token}`,
      supervisor: linkTo(supervisorMail.text, "supervisor"),
    },
    mail,
    counts: { participants: sessions.length, commitments: commitments.length, emails: mails.length },
  };
}

/** The newest email to `person` whose text links to `page` (a follow-up: /checkin/, a confirmation: /confirm/). */
function mailTo(mails, person, page) {
  return mails.filter((m) => m.envelopeTo.includes(person.email) && m.text.includes(page)).at(-1);
}

/** The answer links of a follow-up email's text, with the token and commitment each carries. */
function answerLinks(mail) {
  if (!mail) return [];
  return [...mail.text.matchAll(/https?:\/\/\S+\/checkin\/[?#]\S+/g)].map(([link]) => {
    const parsed = new URL(link);
    const params = new URLSearchParams(`${parsed.search.slice(1)}&${parsed.hash.slice(1)}`);
    return { url: link, t: params.get("t") ?? "", c: params.get("c") ?? "" };
  });
}
