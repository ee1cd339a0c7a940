import { useEffect, useRef, type ReactNode } from 'react';
import './own-file.css';

/** A modal dialog (Escape and its Close button end it; focus stays inside while it is open). */
export function Dialog({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="own-file-dialog" aria-label={label} onClose={onClose} data-testid="own-file-dialog">
      {children}
    </dialog>
  );
}
