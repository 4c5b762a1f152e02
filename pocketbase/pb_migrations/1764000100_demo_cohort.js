/// <reference path="../../pb_data/types.d.ts" />
// First start on an empty data folder: a first trainer account with a generated password (printed once
// and written to <data>/first-trainer.txt) and a demo cohort with made-up participants and commitments,
// so a newcomer sees a working Jiannuo at once. As a migration it runs exactly once per data folder.

const DEMO = {
  trainer: "demotrainer0001",
  cohort: "democohort00001",
  participants: ["demopartic00001", "demopartic00002", "demopartic00003"],
};

migrate(
  (app) => {
    const { upsertTrainer } = require(`${__hooks}/lib/trainers.js`);
    const email = $os.getenv("JIANNUO_TRAINER_EMAIL") || "trainer@example.com";
    const trainer = upsertTrainer(app, email, "演示培训师", DEMO.trainer);

    const today = new Date();
    const day = (offset) => new Date(today.getTime() + offset * 86400000).toISOString().slice(0, 10) + " 00:00:00.000Z";

    const cohort = new Record(app.findCollectionByNameOrId("cohorts"));
    cohort.set("id", DEMO.cohort);
    cohort.set("name", "演示班：以客户为中心的服务");
    cohort.set("organization", "示例银行城东支行");
    cohort.set("trainer", trainer.record.id);
    cohort.set("startsOn", day(0));
    cohort.set("endsOn", day(1));
    cohort.set("locale", "zh-CN");
    cohort.set("showNamesOnWall", true);
    app.save(cohort); // pb_hooks/lib/cohorts.js generates the join code and the follow-up schedule

    const people = [
      { name: "王小雨", locale: "zh-CN" },
      { name: "李强", locale: "zh-CN" },
      { name: "陈梅", locale: "zh-CN" },
    ];
    const participants = app.findCollectionByNameOrId("participants");
    people.forEach((p, i) => {
      const r = new Record(participants);
      r.set("id", DEMO.participants[i]);
      r.set("cohort", cohort.id);
      r.set("name", p.name);
      r.set("locale", p.locale);
      const password = r.getRaw("password");
      password.hash = "!no-password-sign-in"; // demo people never sign in
      r.setRaw("password", password);
      app.save(r);
    });

    const samples = [
      [
        0,
        "eoac",
        "personal",
        "每周五下班前，用 EOAC 给一位同事一条具体的反馈",
        "当我周五整理一周工作时，我会挑一件同事做得好的具体事情，按事例、结果、行动、改变写下来，当面告诉他",
        7,
        "连续四周，每周至少一条，记在工作笔记里",
        "组长帮我看前两条是否够具体",
        8,
        "cohort",
        "planned",
      ],
      [
        1,
        "above-standard-demands",
        "personal",
        "客户提出超出标准的要求时，先复述他真正要解决的问题，再说明能做和不能做的，并给出至少一个替代方案",
        "当客户提出超出规定的要求时，我会先说：“我确认一下，您最需要解决的是……”",
        14,
        "一个月内，需要升级给值班经理的投诉从每月三次降到一次以内",
        "值班经理",
        7,
        "cohort",
        "in_progress",
      ],
      [
        2,
        "belonging",
        "team",
        "每周一晨会留出十分钟，请一位同事讲一次让客户满意的服务经历",
        "当我主持周一晨会时，我会先请一位同事分享，再开始布置工作",
        7,
        "一个月后，团队里每个人都分享过至少一次",
        "网点主任",
        6,
        "private",
        "planned",
      ],
      [
        0,
        "service-mindset",
        "personal",
        "办理业务前先问客户今天最想解决什么，再推荐产品",
        "当客户坐到我的窗口前时，我会先问：“您今天最想办好的是哪件事？”",
        3,
        "每天记下三位客户的回答，一周后和组长一起看",
        "",
        9,
        "cohort",
        "done",
      ],
    ];
    const commitments = app.findCollectionByNameOrId("commitments");
    samples.forEach((s, i) => {
      const r = new Record(commitments);
      r.set("id", `democommitmt00${i + 1}`);
      r.set("participant", DEMO.participants[s[0]]);
      r.set("cohort", cohort.id);
      r.set("module", s[1]);
      r.set("kind", s[2]);
      r.set("action", s[3]);
      r.set("trigger", s[4]);
      r.set("dueOn", day(1 + s[5]));
      r.set("measure", s[6]);
      r.set("support", s[7]);
      r.set("confidence", s[8]);
      r.set("visibility", s[9]);
      r.set("status", s[10]);
      app.save(r);
    });

    const code = cohort.getString("joinCode");
    const note = [
      "Jiannuo: first trainer account (created on first start)",
      `Email:    ${trainer.email}`,
      `Password: ${trainer.password}`,
      `Demo cohort join code: ${code}`,
      "Reset the password with: npm run trainer -- add EMAIL",
      "",
    ].join("\n");
    $os.writeFile(`${app.dataDir()}/first-trainer.txt`, note, 0o600);
    console.log(`\n${note}(saved in ${app.dataDir()}/first-trainer.txt)\n`);
  },
  (app) => {
    // Deleting the cohort cascades to its participants and their commitments.
    for (const [collection, id] of [
      ["cohorts", DEMO.cohort],
      ["trainers", DEMO.trainer],
    ]) {
      try {
        app.delete(app.findRecordById(collection, id));
      } catch (_) {}
    }
  },
);
