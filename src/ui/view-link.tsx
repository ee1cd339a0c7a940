/**
 * A real link to a view of the explorer. Its href follows the store as it
 * changes (a pan or a filter keeps it current), so opening it in a new tab or
 * copying it gives exactly the view a plain click shows in place.
 */
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useAppStore } from '../store';
import { linkTo, type UrlState } from '../store/url-state';

/** A click the browser should handle itself: a new tab or window, a download, another button. */
export function isModifiedClick(e: MouseEvent): boolean {
  return e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0;
}

interface ViewLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  /** What the target view changes of the current one. */
  to: Partial<UrlState>;
  /** The store action that shows the same view in place; without it, the browser follows the link. */
  onFollow?: () => void;
  /** The page the fragment belongs to; the current one by default. */
  page?: string;
  children: ReactNode;
}

export function ViewLink({ to, onFollow, page = '', children, ...rest }: ViewLinkProps) {
  const fragment = useAppStore((s) => linkTo(s, to));
  return (
    <a
      {...rest}
      href={`${page}#${fragment}`}
      onClick={(e) => {
        if (!onFollow || isModifiedClick(e)) return;
        e.preventDefault();
        onFollow();
      }}
    >
      {children}
    </a>
  );
}
