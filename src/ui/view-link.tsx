/**
 * A real link to a view of the explorer, made from one navigation (a pure
 * patch of the store, see store/navigations.ts): its href is the link of the
 * view the patch makes, and a plain click applies the same patch in place. The
 * href follows the store as it changes (a pan or a filter keeps it current), so
 * opening it in a new tab or copying it gives exactly what the click shows.
 */
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { appStore, useAppStore } from '../store';
import { linkAfter, type Navigation } from '../store/navigations';

/** A click the browser should handle itself: a new tab or window, a download, another button. */
export function isModifiedClick(e: MouseEvent): boolean {
  return e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0;
}

interface ViewLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  /** Where the link leads from the current view. */
  go: Navigation;
  /** Whether a plain click shows the view in place; off for links the browser opens elsewhere (a new tab). */
  inPlace?: boolean;
  /** The page the fragment belongs to; the current one by default. */
  page?: string;
  children: ReactNode;
}

export function ViewLink({ go, inPlace = true, page = '', children, ...rest }: ViewLinkProps) {
  const fragment = useAppStore((s) => linkAfter(s, go));
  return (
    <a
      {...rest}
      href={`${page}#${fragment}`}
      onClick={(e) => {
        if (!inPlace || isModifiedClick(e)) return;
        e.preventDefault();
        appStore.setState(go(appStore.getState()));
      }}
    >
      {children}
    </a>
  );
}
