// "Download my data": the export route's JSON, saved as a file.
import { useState } from "react";
import { downloadMyData } from "./my-data";
import { useMe } from "./me-context";
import { FormError } from "../shared/FormError";

/** `button[data-download-my-data]` with what the file holds. */
export function DownloadMyData() {
  const { text } = useMe();
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState("");
  const [error, setError] = useState("");

  async function download() {
    if (working) return;
    setWorking(true);
    setError("");
    setNotice(text("common.preparingFile"));
    const failed = await downloadMyData();
    setWorking(false);
    setNotice(failed ? "" : text("me.export.done"));
    setError(failed ? text(failed) : "");
  }

  return (
    <div className="my-data-part">
      <h3>{text("me.export.heading")}</h3>
      <p>{text("me.export.body")}</p>
      <button
        type="button"
        className="button button-secondary"
        data-download-my-data=""
        aria-busy={working}
        onClick={download}
      >
        {text("me.export.heading")}
      </button>
      <p className="field-hint" aria-live="polite">
        {notice}
      </p>
      <FormError message={error} />
    </div>
  );
}
