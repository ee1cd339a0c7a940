import { useEffect, useState } from 'react';
import { Dialog } from './dialog';
import { useTranslation } from 'react-i18next';
import { appStore } from '../../store';
import { openOwnFile, type OpenedFile, type OwnDataset } from '../../data/load-own-file';
import { ImportSummary } from './import-summary';
import { ProblemsTable } from './problems-table';
import './own-file.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string; fraction: number; opened: OpenedFile }
  | { kind: 'read'; own: OwnDataset }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

/** Choosing a file, reading it (with progress and Cancel), and what was read: summary, problems, explore. */
export function OwnFileDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const reading = step.kind === 'reading' ? step.opened : null;
  // Closing the dialog while a file is read stops reading it.
  useEffect(() => () => reading?.cancel(), [reading]);

  const choose = (file: File | undefined) => {
    if (!file) return;
    const opened = openOwnFile(file, (fraction) =>
      setStep((s) => (s.kind === 'reading' && s.opened === opened ? { ...s, fraction } : s)),
    );
    setStep({ kind: 'reading', name: file.name, fraction: 0, opened });
    opened.result.then(
      (own) => setStep((s) => (s.kind === 'reading' && s.opened === opened ? { kind: 'read', own } : s)),
      (e: unknown) =>
        setStep((s) =>
          s.kind === 'reading' && s.opened === opened
            ? e instanceof DOMException && e.name === 'AbortError'
              ? { kind: 'stopped' }
              : { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
            : s,
        ),
    );
  };

  const explore = (own: OwnDataset) => {
    if (!own.index) return;
    appStore
      .getState()
      .showOwnFile(own.index, { kind: 'file', name: own.name, problems: own.problems, summary: own.summary });
    onClose();
  };

  return (
    <Dialog label={t('ownFile.title')} onClose={onClose}>
      <div className="own-file-head">
        <h2>{t('ownFile.title')}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {t('ownFile.close')}
        </button>
      </div>
      <p className="own-file-privacy">{t('ownFile.privacy')}</p>
      <p>
        {t('ownFile.formats')}{' '}
        <a href="templates/incidents-template.csv" download>
          {t('ownFile.template')}
        </a>
      </p>
      {step.kind !== 'reading' && (
        // The native control speaks the browser's language; the visible button speaks the reader's.
        <label className="own-file-choose">
          <span className="button primary" aria-hidden="true">
            {t('ownFile.choose')}
          </span>
          <input
            className="own-file-input"
            aria-label={t('ownFile.choose')}
            type="file"
            accept=".csv,.tsv,.txt,.geojson,.json,text/csv,text/tab-separated-values,application/geo+json"
            onChange={(e) => {
              choose(e.target.files?.[0]);
              // The same file can be chosen again after it was fixed.
              e.target.value = '';
            }}
          />
        </label>
      )}
      {step.kind === 'reading' && (
        <div className="own-file-reading" role="status">
          <p>{t('ownFile.reading', { name: step.name, percent: Math.round(step.fraction * 100) })}</p>
          <progress max={100} value={Math.round(step.fraction * 100)} aria-label={t('ownFile.choose')} />
          <button type="button" className="button small" onClick={() => step.opened.cancel()}>
            {t('ownFile.cancel')}
          </button>
        </div>
      )}
      {step.kind === 'stopped' && <p role="status">{t('ownFile.cancelled')}</p>}
      {step.kind === 'failed' && <p role="alert">{t('ownFile.failed', { message: step.message })}</p>}
      {step.kind === 'read' && (
        <div className="own-file-result" role="status" aria-live="polite">
          <h3 className="own-file-name">{step.own.name}</h3>
          <ImportSummary summary={step.own.summary} />
          {step.own.index ? (
            <button type="button" className="button primary" onClick={() => explore(step.own)}>
              {t('ownFile.explore')}
            </button>
          ) : (
            <p className="own-file-nothing">{t('ownFile.nothing')}</p>
          )}
          <ProblemsTable problems={step.own.problems} fileName={step.own.name} />
        </div>
      )}
    </Dialog>
  );
}
