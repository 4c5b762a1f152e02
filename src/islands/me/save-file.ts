// Hands a file made in the page to the browser's download (calendar entries, the data export).

/** How long the object URL stays valid after the click; some browsers read it after click() returns. */
const REVOKE_AFTER_MS = 60_000;

/** Downloads `blob` as `fileName` through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
