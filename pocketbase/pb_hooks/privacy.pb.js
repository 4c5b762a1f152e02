/// <reference path="../../pb_data/types.d.ts" />
// PocketBase hides emails whose owner did not make them visible, but still lets a list be SORTED by
// them, which leaks their order (a trainer joining with chosen addresses could bisect a participant's
// email). Only superusers may sort by an email, directly or through a relation.

onRecordsListRequest((e) => {
  const { sortsByEmail } = require(`${__hooks}/lib/email-sort.js`);
  if (!e.hasSuperuserAuth() && sortsByEmail(e.requestInfo().query["sort"])) {
    throw new BadRequestError("Sorting by email is not allowed.", {
      sort: new ValidationError("jiannuo_sort_not_allowed", "Sorting by email is not allowed."),
    });
  }
  e.next();
});
