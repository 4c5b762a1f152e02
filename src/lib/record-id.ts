// Record ids chosen on the device, so a retried create is recognised as the same record.

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A PocketBase-style record id: 15 characters of [a-z0-9], without modulo bias. */
export function newRecordId(): string {
  let id = "";
  const limit = 256 - (256 % ID_ALPHABET.length);
  while (id.length < 15) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && id.length < 15) id += ID_ALPHABET[byte % ID_ALPHABET.length];
    }
  }
  return id;
}
