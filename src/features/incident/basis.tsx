import { useTranslation } from 'react-i18next';
import type { Basis } from '../../data/schema';
import type { TranslatedText } from '../../data/translations';
import { LocalizedText } from '../../ui/localized-text';

/**
 * Where a date or place comes from, said in words next to it: a reader who
 * quotes the record must be able to tell a dated source from our inference or
 * from outside knowledge.
 */
export function BasisNote({ basis, note }: { basis: Basis; note: TranslatedText | undefined }) {
  const { t } = useTranslation();
  if (basis === 'source' && !note) return null;
  return (
    <span className="fact-note basis-note" data-basis={basis}>
      {basis !== 'source' && <span className="basis-tag">{t(`details.basis.${basis}`)}</span>}
      {note && <LocalizedText value={note} />}
    </span>
  );
}
