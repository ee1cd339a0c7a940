import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { LocalizedText } from '../../ui/localized-text';
import { placeName } from '../../data/localized';
import { useAppStore } from '../../store';

/** The places a source names for the event without pairing them with its parts. */
export function PlaceSet({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const set = incident.placeSet;
  if (!set) return null;
  const names = set.places.map((id) => {
    const place = data.dataset.places.get(id);
    return place ? placeName(place, lang) : id;
  });
  return (
    <span className="fact-note place-set">
      {t(set.relation === 'each' ? 'details.placesEach' : 'details.placesOneOf', { places: names.join(', ') })}
    </span>
  );
}

/** Shown when a link named a retired id that now leads to this record, with the data's reason. */
export function RedirectNote({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const from = useAppStore((s) => s.redirectedFrom);
  const redirect = from === null ? undefined : data.dataset.redirects.get(from);
  if (!redirect || redirect.to !== incident.id) return null;
  return (
    <p className="redirect-note" role="note" data-testid="redirect-note">
      {t('details.redirected', { from: redirect.from })} <LocalizedText value={redirect.note} />
    </p>
  );
}
