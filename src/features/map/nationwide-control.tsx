/**
 * Incidents known only to a country are not drawn over the middle of it:
 * they sit behind this labelled button on the map, which lists them like a
 * marker does. Highlighted while one of them is open.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { mapGroups } from './map-groups';

export function NationwideControl() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const visible = useAppStore((s) => selectView(s)?.visible);
  const open = useAppStore((s) => s.mapChooser?.kind === 'nationwide');
  const selectedId = useAppStore((s) => s.selectedId);
  const openChooser = useAppStore((s) => s.openMapChooser);
  const closeChooser = useAppStore((s) => s.closeMapChooser);
  if (!data || !visible) return null;
  const groups = mapGroups(data, visible);
  if (groups.countryTotal === 0) return null;
  const selected = selectedId !== null && data.spread[data.idToIndex.get(selectedId) ?? -1] === 2;
  return (
    <button
      type="button"
      className="nationwide-control"
      data-testid="nationwide"
      data-selected={selected}
      aria-expanded={open}
      onClick={() =>
        open ? closeChooser() : openChooser({ kind: 'nationwide', keys: groups.countryLevel.map((g) => g.key) })
      }
    >
      <span className="nationwide-mark" aria-hidden="true" />
      {t('map.nationwide', { count: groups.countryTotal })}
    </button>
  );
}
