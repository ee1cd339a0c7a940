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

/**
 * A changelog version's introduction and its changes to every record, as the
 * panel and the page without JavaScript both show them; each names the list
 * under a heading of its own level.
 */
export function ChangelogProse(props: {
  intro: readonly string[];
  general: readonly string[];
  generalHeading: string;
  headingLevel: 'h3' | 'h4';
  listClass?: string;
}) {
  const Heading = props.headingLevel;
  return (
    <>
      {props.intro.map((p, k) => (
        <p key={k}>
          <InlineText text={p} />
        </p>
      ))}
      {props.general.length > 0 && (
        <>
          <Heading>{props.generalHeading}</Heading>
          <ul className={props.listClass}>
            {props.general.map((g, k) => (
              <li key={k}>
                <InlineText text={g} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
