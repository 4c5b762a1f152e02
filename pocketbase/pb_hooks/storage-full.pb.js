/// <reference path="../../pb_data/types.d.ts" />
// A write that fails because the disk is full answers 503 (a passing server problem: the commitment
// outbox keeps the entry and sends it again later), not PocketBase's 400, which clients take for a
// refusal of what was typed. The operator sees one line in the server's output.

routerUse((e) => {
  try {
    return e.next();
  } catch (err) {
    const { isStorageFull, MESSAGE } = require(`${__hooks}/lib/storage-full.js`);
    if (!isStorageFull(err)) throw err;
    console.error(`Jiannuo: a write was refused because the disk of the data folder is full (${e.request.method} ${e.request.url.path}). Free some space: until then every write is refused.`);
    throw new ApiError(503, MESSAGE, {});
  }
});
