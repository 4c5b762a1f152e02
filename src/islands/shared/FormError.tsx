// The error of a whole form or action (network, server, a refused request) rather than of one field (see
// ./FieldTexts for those), announced at once.
/** A form's error that belongs to no single field (network, server, a refused request), announced at once. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
