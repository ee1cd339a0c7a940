import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './own-file.css';

// Only a reader who opens a file needs the dialog's code.
const OwnFileDialog = lazy(() => import('./own-file-dialog').then((m) => ({ default: m.OwnFileDialog })));

/** The header's way in: opens the dialog that reads a reader's own file. */
export function OwnFileControl() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* Phones show the short label; the one shown is the button's name (the other is display: none). */}
      <button type="button" className="button own-file-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="label-long">{t('ownFile.openFile')}</span>
        <span className="label-short">{t('ownFile.openFileShort')}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <OwnFileDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
