// What `npm start` passes on of PocketBase's own output. PocketBase's start banner, its superuser
// installer link (which names `go run . superuser upsert` and a one-time admin token) and the
// first-start note are replaced by our own summary, printed once the server answers; everything else
// (errors, hook logs) goes through as PocketBase wrote it.

/** Lines of PocketBase's start banner and installer advice. */
const BANNER = [
  /Server started at /,
  /^[├└]─ (REST API|Dashboard):/,
  /^\(!\) Launch the URL below/,
  /\/_\/#\/pbinstall\//,
  /create your first superuser by running/,
];
/** A log line's date prefix with nothing after it (PocketBase prints one before a multi-line message). */
const EMPTY_LOG_LINE = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\s*$/;
const NOTE_START = /^Jiannuo: first trainer account/;
const NOTE_END = /^\(saved in /;

/** A line filter with memory (the first-start note spans several lines); returns the lines to print. */
export function pocketbaseOutputFilter() {
  let inNote = false;
  return (line) => {
    if (inNote) {
      if (NOTE_END.test(line)) inNote = false;
      return false;
    }
    if (NOTE_START.test(line)) {
      inNote = true;
      return false;
    }
    return !(line.trim() === "" || EMPTY_LOG_LINE.test(line) || BANNER.some((re) => re.test(line)));
  };
}
