// The made-up workshop the screenshots show: a bank branch's front-line staff, 40 people, the kind of
// commitments such a room writes (some vague, one bundle of several actions, one with a long address),
// check-ins a week later. Names and text are invented.

export const TRAINER = { name: "林晓华", email: "lin.xiaohua@example.com" };
/** The store manager two of the people name as their supervisor. */
export const SUPERVISOR = { name: "王店长", email: "wang.dianzhang@example.com" };

export const COHORT = {
  name: "城东支行服务提升班（第三期）",
  organization: "示例银行城东支行",
  locale: "zh-CN",
  followUpDays: [7, 21, 45, 90],
  showNamesOnWall: true,
};

/** 40 participants; `email` ones agreed to follow-ups, `named` ones to their name in the report. */
export const PEOPLE = [
  "王芳",
  "李娜",
  "张伟",
  "刘洋",
  "陈静",
  "杨帆",
  "赵磊",
  "黄丽",
  "周杰",
  "吴婷",
  "徐明",
  "孙悦",
  "胡斌",
  "朱琳",
  "高翔",
  "林晓",
  "何敏",
  "郭强",
  "马丽娟",
  "罗文",
  "梁志华",
  "宋佳",
  "郑浩",
  "谢雨欣",
  "韩冰",
  "唐晓东",
  "冯雪",
  "于海",
  "董洁",
  "萧然",
  "程俊",
  "曹颖",
  "袁野",
  "邓超群",
  "许诺",
  "傅红",
  "沈丹",
  "曾凡",
  "彭玲",
  "吕建国",
].map((name, i) => ({
  name,
  email: i % 3 === 0 ? `staff${String(i + 1).padStart(2, "0")}@example.com` : "",
  named: i % 4 !== 3,
}));

/**
 * [person index, module, kind, action, trigger, measure, support, confidence, due in days or 0, visibility]
 * The first row is the participant the participant pages are shown as (several commitments, check-ins).
 */
// One commitment a line: it reads as the table it is.
// prettier-ignore
export const COMMITMENTS = [
  [0, "eoac", "personal", "每周五下班前，用 EOAC 给一位同事一条具体的反馈", "当我周五整理一周工作时，挑一件同事做得好的具体事情", "连续四周，每周至少一条，记在工作笔记里", "组长帮我看前两条是否够具体", 8, 28, "cohort"],
  [0, "service-mindset", "personal", "办理业务前先问客户今天最想办好哪件事，再推荐产品", "当客户在我的窗口坐下时", "每天记下三位客户的回答，一周后和组长一起看", "", 9, 7, "cohort"],
  [0, "belonging", "team", "每周一晨会留出十分钟，请一位同事讲一次让客户满意的服务经历", "当我主持周一晨会时", "一个月后，团队里每个人都分享过至少一次", "网点主任", 6, 30, "private"],
  [1, "above-standard-demands", "personal", "客户提出超出标准的要求时，先复述他真正要解决的问题，再说明能做和不能做的", "当客户说“你们就不能通融一下吗”时", "一个月内，升级给值班经理的投诉从每月三次降到一次以内", "值班经理", 7, 30, "cohort"],
  [2, "service-mindset", "personal", "客户等候超过十分钟时，主动过去说明进度并致歉", "当叫号屏显示等候超过十分钟时", "每周投诉里“等太久”的条数", "大堂经理", 8, 14, "cohort"],
  [3, "service-mindset", "personal", "我会更好地服务客户", "", "", "", 9, 0, "cohort"],
  [4, "relationship-trust", "personal", "对来过三次以上的熟客叫出他的姓", "当熟客走进大堂时", "一个月内能叫出二十位熟客的姓", "", 7, 30, "cohort"],
  [5, "relationship-trust", "personal", "答应客户回电的事，当天下班前一定回", "每次我在系统里记下“待回电”时", "回电及时率百分之百，每周五自查", "", 9, 7, "cohort"],
  [6, "above-standard-demands", "personal", "先安抚客户情绪，再解释规定，然后帮他填好表，最后送到门口并留下我的电话", "当客户在柜台前提高声音时", "", "", 6, 14, "cohort"],
  [7, "eoac", "personal", "晨会上点名表扬前一天的一个具体服务细节", "当我主持周二和周四的晨会时", "每次晨会一条，记在晨会本上", "", 8, 21, "cohort"],
  [8, "belonging", "personal", "同事窗口排队超过五人时，我主动过去帮忙分流", "当叫号屏上同事的窗口超过五人时", "每周至少两次", "", 8, 14, "cohort"],
  [9, "service-mindset", "personal", "老年客户来办业务时，放慢语速，并把关键金额写在纸上给他看", "当客户年过六十或说听不清时", "一个月内没有老年客户因为没听懂而回来重办", "", 9, 30, "cohort"],
  [10, "action-commitment", "personal", "把今天写下的承诺贴在显示器边上，每天开工前看一眼", "每天早上开机时", "连续三十天", "", 10, 30, "cohort"],
  [11, "relationship-trust", "personal", "客户的理财到期前一周主动打电话提醒", "每周一查看到期名单时", "到期提醒覆盖率从六成提高到九成", "理财经理", 7, 45, "cohort"],
  [12, "eoac", "personal", "给新同事反馈时先讲事例和结果，再一起商量下次怎么做", "当新同事办完一笔复杂业务后", "两周后请他说说反馈有没有用", "", 7, 14, "cohort"],
  [13, "belonging", "team", "新员工入职第一周，每天陪他吃一次午饭，介绍一位老同事给他认识", "新员工报到当天", "一周五次", "", 8, 7, "cohort"],
  [14, "above-standard-demands", "personal", "遇到不能办的业务，至少给客户一个可以办的替代方案", "当我不得不说“这个办不了”之前", "每周记下替代方案被接受的次数", "", 8, 21, "cohort"],
  [15, "service-mindset", "personal", "客户离开时说一句“还有什么我可以帮您的吗”", "每笔业务办完、客户起身时", "", "", 10, 0, "cohort"],
  [16, "above-standard-demands", "team", "把常见的五种超标准要求和应对话术整理成一页纸放在每个柜台", "本周三午休时", "月底前全组都用上", "网点主任", 7, 10, "cohort"],
  [17, "relationship-trust", "personal", "每天下班前给当天办理大额业务的客户发一条确认短信", "当天营业结束、轧账之后", "客户回访满意度从八十五分提高到九十分", "", 6, 30, "cohort"],
  [18, "eoac", "personal", "每周和搭档互相给一次 EOAC 反馈，先说事例再说结果", "每周四下午业务低峰时", "连续六周不间断", "搭档周敏", 8, 42, "cohort"],
  [19, "service-mindset", "personal", "尽量微笑服务", "", "", "", 5, 0, "cohort"],
  [20, "belonging", "organization", "建议支行每月评一次“客户口碑之星”，由客户留言投票", "下个月支行例会上", "例会纪要里写进这个提议", "行长", 5, 30, "cohort"],
  [21, "above-standard-demands", "personal", "客户要求加急时，先查清能不能加急，十分钟内给他明确答复", "当客户说“我很急，能不能快点”时", "每次都在十分钟内答复", "", 8, 14, "cohort"],
  [22, "relationship-trust", "personal", "把客户常问的问题整理进知识库 https://kb.example.com/branch/east/faq/customer-service-2026-revised-edition?section=counter", "每次遇到知识库里没有的问题时", "一个月内补充二十条", "", 7, 30, "cohort"],
  [23, "eoac", "personal", "发现同事做得好的地方当天就告诉他，不等到月底总结", "当我看到同事把一位难缠的客户安抚好时", "每周至少两次", "", 9, 21, "cohort"],
  [24, "action-commitment", "team", "每两周和组长一起回看一次全组承诺的进展", "隔周周五下午四点", "三个月六次，缺一次就补上", "组长", 8, 90, "cohort"],
  [25, "service-mindset", "personal", "排队的客户我都先打个招呼，让他知道有人看见他了", "当我叫下一位号之前", "每天抽查五位客户的感受", "", 8, 14, "cohort"],
  [26, "belonging", "personal", "每周给一位其他部门的同事写一张感谢卡", "每周三午休时", "连续八周", "", 9, 56, "cohort"],
  [27, "above-standard-demands", "personal", "客户情绪激动时先请他坐下、递一杯水，再听他说完", "当客户在大堂大声说话时", "一个月内没有现场冲突升级", "保安小李", 7, 30, "private"],
  [28, "relationship-trust", "personal", "办完开户给客户一张写着我名字和电话的卡片", "每次开户结束时", "一个月送出五十张，记下回访的人数", "", 8, 30, "cohort"],
  [29, "eoac", "personal", "提意见之前先说清楚我看到的具体事情，不说“你总是”", "当我想给同事提意见时", "", "", 6, 0, "cohort"],
  [30, "service-mindset", "team", "把大堂的等候区重新布置，让老人和带孩子的客户先有座位", "本周六盘点之后", "下周一开门前完成", "大堂经理", 7, 9, "cohort"],
  [31, "action-commitment", "personal", "每周日晚上花五分钟写下这周兑现了哪条承诺", "每周日晚饭后", "连续十二周", "", 8, 84, "cohort"],
  [32, "relationship-trust", "personal", "客户投诉后三天内回访一次，问问问题解决了没有", "每次处理完投诉、在系统里结单时", "回访率百分之百", "", 9, 30, "cohort"],
  [33, "belonging", "personal", "多关心同事", "", "", "", 7, 0, "cohort"],
  [34, "above-standard-demands", "personal", "对超出权限的要求，当场打电话问主管，而不是让客户改天再来", "当客户的要求超出我的审批权限时", "每月让客户“改天再来”的次数降到两次以内", "主管", 6, 30, "cohort"],
  [35, "eoac", "personal", "每周复盘一次自己接待得不好的一位客户，按事例、结果、行动、改变写下来", "每周五轧账后", "连续四周，和组长一起看", "组长", 8, 28, "cohort"],
  [36, "service-mindset", "personal", "接电话时先报姓名和网点，再问客户需要什么", "每次电话响起时", "一周后请同事抽听三次", "", 9, 7, "cohort"],
  [37, "relationship-trust", "personal", "记住常来的商户客户的经营情况，下次来时问一句生意怎么样", "当商户客户来存营业款时", "一个月内和十位商户客户聊过", "", 8, 30, "cohort"],
  [38, "action-commitment", "personal", "把承诺告诉搭档，请他每周问我一次做到了没有", "今天下班前", "每周一次，连续四周", "搭档", 9, 28, "cohort"],
  [39, "belonging", "team", "组里每月一起吃一次饭，轮流由一位同事讲讲他家乡的事", "每月最后一个周五", "三个月三次", "组长", 7, 90, "cohort"],
  [4, "service-mindset", "personal", "客户填错单子时，我来改，不让他重新排队", "当客户拿着填错的单子回到窗口时", "", "", 8, 14, "cohort"],
  [9, "eoac", "personal", "每月给大堂经理一条具体的正面反馈", "每月第一个周一", "三个月三条", "", 7, 90, "cohort"],
  [14, "relationship-trust", "personal", "客户说的事情当场记在本子上，办完念一遍给他听", "客户开始讲需求时", "一个月内没有客户说“我不是这个意思”", "", 8, 30, "cohort"],
  [20, "action-commitment", "personal", "月底把承诺的进展发到班级群里", "每月最后一个工作日", "三个月三次", "", 6, 90, "cohort"],
  [27, "eoac", "team", "班组例会改成先讲一件做得好的事，再讲问题", "每周一早上的班组例会", "连续四周", "网点主任", 8, 28, "cohort"],
  [33, "service-mindset", "personal", "在客户面前不和同事聊私事", "上班时间", "", "", 9, 0, "cohort"],
];

/** [commitment index, status, note, may be quoted]: check-ins the participants wrote in the app. */
export const CHECKINS = [
  [0, "in_progress", "这周给小李和王姐各写了一条，王姐说第一次有人说得这么具体。", true],
  [1, "done", "一周问了二十多位客户，有一半说的和我原来猜的不一样。", true],
  [4, "in_progress", "周三人多，我过去说明了两次，客户没有再催。", true],
  [7, "done", "", false],
  [9, "in_progress", "周二做了，周四忘了，下周继续。", false],
  [11, "done", "张阿姨说终于看清楚了，还夸了我们网点。", true],
  [13, "dropped", "理财经理那边已经在做了，我这边就不重复了。", false],
  [16, "in_progress", "有两位客户接受了替代方案，一位还是很不满意。", true],
  [19, "in_progress", "已经整理了三种，剩下两种下周补。", false],
  [23, "done", "", false],
  [28, "in_progress", "这周换了三次，效果不错。", true],
];
