// Percent-encoding as the providers' signatures define it (RFC 3986: only A-Z a-z 0-9 - _ . ~ stay as
// they are; a space is %20, never +), and the sorted query strings built from it. Alibaba Cloud's and
// Tencent Cloud's canonical requests and DingTalk's signed robot URL all depend on it byte for byte.
// goja has encodeURIComponent (ECMAScript), which leaves ! ' ( ) * unencoded: those are added here.

/** `value` percent-encoded by RFC 3986 (UTF-8, uppercase hex). */
function percentEncode(value) {
  return encodeURIComponent(String(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `params` as a query string: names in code-unit order, each name and value percent-encoded, joined
 * with = and &. Undefined values are left out; an empty string stays as `name=`.
 * @param {Record<string, string | number | undefined>} params
 */
function canonicalQuery(params) {
  return Object.keys(params)
    .filter((name) => params[name] !== undefined)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join("&");
}

/** `baseUrl` + `path` with `query`'s values URI-encoded, in the order given. */
function apiUrl(baseUrl, path, query) {
  const parts = Object.keys(query).map((name) => `${name}=${encodeURIComponent(query[name])}`);
  return `${baseUrl}${path}?${parts.join("&")}`;
}

module.exports = { percentEncode, canonicalQuery, apiUrl };
