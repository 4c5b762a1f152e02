// One input of the cohort form: the shared field with the form's ids (`cohort-<name>`), required, and
// no autofill (browsers would offer a person's details for a cohort's name).
import type { ComponentProps } from "react";
import { InputField } from "../../shared/InputField";

/** A text or date input (`name` is the record field, the e2e tests fill fields by it). */
export function CohortInput(props: Omit<ComponentProps<typeof InputField>, "id">) {
  return <InputField id={`cohort-${props.name}`} required autoComplete="off" {...props} />;
}
