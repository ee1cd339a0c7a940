import type { ReactNode } from 'react';

interface Props {
  checked: boolean;
  count: number;
  label: string;
  onToggle: () => void;
  marker?: ReactNode;
  indent?: number;
  hint?: string;
}

/** One checkbox of a facet, with the live count it would match under the other filters. */
export function FacetOption({ checked, count, label, onToggle, marker, indent = 0, hint }: Props) {
  return (
    <li
      className="facet-option"
      data-empty={count === 0 && !checked}
      style={indent ? { paddingInlineStart: `${indent * 14}px` } : undefined}
    >
      <label>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {marker}
        <span className="facet-label">
          <bdi>{label}</bdi>
          {hint && <span className="facet-hint"> {hint}</span>}
        </span>
        <span className="facet-count">{count}</span>
      </label>
    </li>
  );
}
