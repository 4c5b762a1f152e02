// A cohort's time zone: what it defaults to, whether a name is one, and times written in it. Go's own
// zone database does the work (the JS engine has no Intl): the server needs the system's tzdata
// (Debian: the tzdata package); without it every zone reads as UTC, and the CSV says so.
const { findOrNull } = require("./db.js");

/** Where most cohorts meet; the migration gave it to existing cohorts too. */
const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** The zone Go loads for `name` ("UTC" for an unknown name, or for every name without tzdata). */
function loadedZone(name) {
  return findOrNull(() => new Timezone(name));
}

/** Whether `name` is a zone this server knows; any well-formed name passes when it knows none (no tzdata). */
function isKnownZone(name) {
  if (name === "UTC") return true;
  // "Local" is whatever zone the server runs in: not a place a cohort meets in.
  if (name === "Local") return false;
  const zone = loadedZone(name);
  if (zone && zone.string() === name) return true;
  const reference = loadedZone(DEFAULT_TIME_ZONE);
  return !(reference && reference.string() === DEFAULT_TIME_ZONE);
}

/** The zone times are written in for `name`, and the name to print for it (what is used, not what was asked). */
function zoneOf(name) {
  const zone = loadedZone(name || DEFAULT_TIME_ZONE);
  return zone ? { zone, name: zone.string() } : { zone: loadedZone("UTC"), name: "UTC" };
}

/** A stored PocketBase date as "YYYY-MM-DD HH:MM" in `zone` (from zoneOf); "" for no date. */
function formatInZone(date, zone) {
  if (!date) return "";
  const parsed = findOrNull(() => new DateTime(date));
  if (!parsed || parsed.isZero()) return "";
  return parsed.time().in(zone.zone).format("2006-01-02 15:04");
}

module.exports = { DEFAULT_TIME_ZONE, formatInZone, isKnownZone, zoneOf };
