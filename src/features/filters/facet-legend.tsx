import { useTranslation } from 'react-i18next';

/** A facet's name, and for multi-value facets how its values combine ("any of"). */
export function FacetLegend({ label, anyOf = false }: { label: string; anyOf?: boolean }) {
  const { t } = useTranslation();
  return (
    <legend>
      {label}
      {anyOf && <span className="facet-rule"> ({t('filters.anyOf')})</span>}
    </legend>
  );
}
