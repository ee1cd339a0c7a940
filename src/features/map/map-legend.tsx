import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS } from '../../data/vocabulary';
import { CATEGORY_STYLE } from '../../ui/categories';
import { useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import './map.css';

/** Explains colours, symbols and the precision markers; lists only categories in view. */
export function MapLegend() {
  const { t } = useTranslation();
  // One click away: open, it lies over the map's west (markers included) at every size.
  const [open, setOpen] = useState(false);
  const counts = useAppStore((s) => selectView(s)?.counts.categories);
  const shown = CATEGORY_IDS.filter((_, k) => (counts?.[k] ?? 0) > 0);
  return (
    <div className="map-legend" data-open={open}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('legend.title')}
      </button>
      {open && (
        <div className="legend-body">
          <ul className="legend-list">
            {shown.map((c) => (
              <li key={c}>
                <span className="swatch" style={{ background: CATEGORY_STYLE[c].color }} aria-hidden="true">
                  {CATEGORY_STYLE[c].symbol}
                </span>
                {t(`category.${c}`)}
              </li>
            ))}
          </ul>
          <ul className="legend-list legend-precision">
            <li>
              <span className="swatch solid" aria-hidden="true" />
              {t('legend.exact')}
            </li>
            <li>
              <span className="swatch hollow" aria-hidden="true" />
              {t('legend.region')}
            </li>
            <li>
              <span className="swatch cluster" aria-hidden="true">
                5
              </span>
              {t('legend.cluster')}
            </li>
            <li>
              <span className="swatch nationwide" aria-hidden="true" />
              {t('legend.nationwide')}
            </li>
            <li>
              <span className="swatch unlocated" aria-hidden="true">
                8
              </span>
              {t('legend.unlocated')}
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
