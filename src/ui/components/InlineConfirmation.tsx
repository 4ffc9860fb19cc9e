// A short confirmation shown next to the control that did something, for people whose view does not
// include the notice at the top of the page. It is not a live region: the layout's live region already
// reads the same words out.
export function InlineConfirmation({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="inline-confirmation">
      <span className="inline-confirmation__mark" aria-hidden="true" />
      {message}
    </p>
  );
}
