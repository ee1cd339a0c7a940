import type { ReactNode } from 'react';
import './ui.css';

/** A small tag beside a name: a role in an incident, or the kind of an actor. */
export function RoleTag({ children }: { children: ReactNode }) {
  return <span className="role-tag">{children}</span>;
}
