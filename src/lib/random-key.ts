// Secrets and ids a device makes for itself: a join key, the device id the server's guess limiter counts by.

/** 32 random bytes as unpadded base64url (43 characters). */
export function newRandomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
