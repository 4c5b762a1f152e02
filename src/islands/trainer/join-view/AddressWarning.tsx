// The warning on a join QR code that phones cannot open (127.0.0.1, localhost): what is wrong and what
// to do, in the trainer's words. The join screen and the empty wall both show it.
import type { PublicAddress } from "../../../lib/public-address";

interface AddressWarningProps {
  address: PublicAddress;
  /** The trainer's language, when the page around speaks the room's. */
  lang?: string;
  title: string;
  /** The explanation, with the address already filled in. */
  body: string;
}

/** `[data-address-warning]`, or nothing when the address is reachable. */
export function AddressWarning({ address, lang, title, body }: AddressWarningProps) {
  if (address.reachable) return null;
  return (
    <div className="address-warning" role="alert" lang={lang} data-address-warning={address.host}>
      <p className="address-warning-title">{title}</p>
      <p>{body}</p>
    </div>
  );
}
