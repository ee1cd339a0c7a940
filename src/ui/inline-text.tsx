import { inlineParts } from '../data/changelog.ts';

/** Changelog text with its code spans and emphasis as elements React builds; never HTML. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((p, k) =>
        p.kind === 'code' ? (
          <code key={k}>{p.text}</code>
        ) : p.kind === 'em' ? (
          <em key={k}>{p.text}</em>
        ) : p.kind === 'strong' ? (
          <strong key={k}>{p.text}</strong>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
