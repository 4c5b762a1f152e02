// Answer-link tokens never reach PocketBase's request log. New emails carry them in the page address's
// fragment (#t=..., which browsers never send) and the pages POST them in a body; where a URL must
// carry one (RFC 8058's one-click List-Unsubscribe POSTs to a URL, and links in emails sent before),
// the token is moved out of the request's query into the request's store before anything else runs,
// and the query keeps `t=hidden`. The request logger writes the URL after the answer, so it writes that.
const STORE_KEY = "linkToken";
const RAW_QUERY_KEY = "linkRawQuery";
const MASK = "hidden";

/** Middleware body: takes a `t` query parameter out of the request's URL into its store. */
function keepTokenOutOfLog(e) {
  const url = e.request.url;
  if (!/(^|[&;])t=/.test(url.rawQuery)) return;
  const query = url.query();
  e.set(STORE_KEY, query.get("t"));
  e.set(RAW_QUERY_KEY, url.rawQuery);
  query.set("t", MASK);
  url.rawQuery = query.encode();
}

/** The token the request's query carried ("" when none). */
function queryToken(e) {
  const token = e.get(STORE_KEY);
  return typeof token === "string" ? token : "";
}

/** The request's query as it arrived, token included (for a redirect that must keep it). */
function arrivedQuery(e) {
  const raw = e.get(RAW_QUERY_KEY);
  return typeof raw === "string" ? raw : e.request.url.rawQuery;
}

module.exports = { arrivedQuery, keepTokenOutOfLog, queryToken };
