// Plain text from a template, shown as paragraphs (a blank line starts a new paragraph). Text is
// always rendered as text, never as HTML.
export function PlainText({ text, className }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={className}>
          {p}
        </p>
      ))}
    </>
  );
}
