// Time zones by their local hour now, for tests and benchmarks that run the follow-up job at the real
// time: no channel message goes out in a cohort's quiet hours (pb_hooks/lib/reach-sender.js), so a run at
// any hour of the day needs a cohort that is awake for hours yet (daytimeZone), and a test of the quiet
// hours one that is asleep. Fixed-offset zones of the tz database: "Etc/GMT-5" is five hours ahead of UTC
// (the sign is POSIX's, the other way round).

/** The zone whose local hour is `hour` at `now` (ms), and how many hours it is ahead of UTC. */
export function zoneAtHour(hour, now = Date.now()) {
  let ahead = hour - new Date(now).getUTCHours();
  if (ahead < -12) ahead += 24;
  if (ahead > 14) ahead -= 24;
  return { zone: ahead === 0 ? "Etc/GMT" : `Etc/GMT${ahead > 0 ? "-" : "+"}${Math.abs(ahead)}`, ahead };
}

/** A zone in which it is early afternoon now. */
export function daytimeZone(now = Date.now()) {
  return zoneAtHour(13, now).zone;
}
