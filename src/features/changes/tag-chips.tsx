import { useTranslation } from 'react-i18next';

/** A tag of the changelog in the reader's language; a word outside the vocabulary is shown as given. */
export function useTagName() {
  const { t } = useTranslation();
  return (tag: string) => (/^[a-z ]+$/.test(tag) ? t(`changes.tags.${tag}`, { defaultValue: tag }) : tag);
}

export function TagChips({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  const name = useTagName();
  if (tags.length === 0) return null;
  return (
    <ul className="change-tags" aria-label={t('changes.tagsLabel')}>
      {tags.map((tag) => (
        <li key={tag} className="change-tag" data-tag={tag}>
          {name(tag)}
        </li>
      ))}
    </ul>
  );
}
