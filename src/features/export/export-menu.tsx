import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefStatus } from '../../ui/use-brief-status';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import { viewLink } from '../../store/link-state';
import { formatNumber } from '../../lib/format';
import { toCsv } from './csv';
import { toGeoJson } from './geojson';
import { CITE_STYLES, citationFacts, citeView, describeView, type CiteStyle } from './citation';
import '../../ui/ui.css';
import './export.css';
import './print.css';
import { download } from '../../ui/download';

type Status = { kind: 'downloaded'; file: string; count: number } | { kind: 'copied' } | { kind: 'copy-failed' };

const STATUS_MS = 5000;

/** The reader's calendar day, not UTC: "accessed" means the day on their own clock. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const STYLE_LABEL: Record<CiteStyle, string> = {
  plain: 'export.stylePlain',
  apa: 'export.styleApa',
  chicago: 'export.styleChicago',
  bibtex: 'export.styleBibtex',
};

/** Download the incidents in view as CSV or GeoJSON, or cite the view. */
export function ExportMenu() {
  const { t } = useTranslation();
  const hasData = useAppStore((s) => s.data !== null);
  // A reader's own file is theirs to cite; the citation names the published dataset.
  const published = useAppStore((s) => s.origin.kind === 'published');
  const lang = useAppStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useBriefStatus<Status>(STATUS_MS);
  // Kept here, not in the panel, so a reader who reopens it finds the style they chose.
  const [style, setStyle] = useState<CiteStyle>('plain');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  if (!hasData) return null;

  const save = (format: 'csv' | 'geojson') => {
    const state = appStore.getState();
    const view = selectView(state);
    if (!state.data || !view) return;
    const accessed = today();
    const meta = { link: viewLink(state, window.location.href), accessed, lang: state.lang };
    const stem =
      state.origin.kind === 'file'
        ? `${state.origin.name.replace(/\.[^.]+$/, '') || 'file'}-view`
        : `kz-incidents-${state.data.dataset.version}`;
    const file = `${stem}-${accessed}.${format}`;
    if (format === 'csv') download(toCsv(state.data, view.visible, meta), 'text/csv;charset=utf-8', file);
    else download(JSON.stringify(toGeoJson(state.data, view.visible, meta)), 'application/geo+json', file);
    setStatus({ kind: 'downloaded', file, count: view.visible.length });
  };

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="export-menu" role="group" aria-label={t('export.title')}>
      <button type="button" className="button small" onClick={() => save('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button small" onClick={() => save('geojson')}>
        {t('export.geojson')}
      </button>
      {published && (
        <button
          ref={toggleRef}
          type="button"
          className="button small"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen(!open)}
        >
          {t('export.cite')}
        </button>
      )}
      {open && published && (
        <CitationPanel id={panelId} style={style} onStyle={setStyle} onClose={close} onStatus={setStatus} />
      )}
      <p role="status" className="export-status">
        {status?.kind === 'downloaded'
          ? t('export.downloaded', { file: status.file, count: status.count, shown: formatNumber(status.count, lang) })
          : status?.kind === 'copied'
            ? t('export.copied')
            : status?.kind === 'copy-failed'
              ? t('export.copyFailed')
              : ''}
      </p>
    </div>
  );
}

function CitationPanel({
  id,
  style,
  onStyle,
  onClose,
  onStatus,
}: {
  id: string;
  style: CiteStyle;
  onStyle: (style: CiteStyle) => void;
  onClose: () => void;
  onStatus: (status: Status) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.filters);
  const w = useAppStore((s) => s.timeWindow);
  const set = useAppStore((s) => s.incidentSet);
  const count = useAppStore((s) => selectView(s)?.visible.length ?? 0);
  const link = useAppStore((s) => viewLink(s, window.location.href));
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  if (!data) return null;
  const input = {
    version: data.dataset.version,
    released: data.dataset.updated,
    link,
    accessed: today(),
    count,
    lang,
    view: describeView(filters, w, data, lang, t, set),
  };
  const facts = citationFacts(input, t);
  const citation = citeView(input, style, t);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      onStatus({ kind: 'copied' });
    } catch {
      // Leave the text selected so the reader can copy it by hand.
      textRef.current?.focus();
      textRef.current?.select();
      onStatus({ kind: 'copy-failed' });
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Stops the open incident from closing on the same key press.
    e.preventDefault();
    onClose();
  };

  return (
    <div className="export-citation popover-panel" id={id} onKeyDown={onKeyDown}>
      <dl className="export-citation-facts">
        <div>
          <dt>{t('export.publisher')}</dt>
          <dd>{facts.publisher}</dd>
        </div>
        <div>
          <dt>{t('export.dataset')}</dt>
          <dd>{facts.dataset}</dd>
        </div>
        <div>
          <dt>{t('export.view')}</dt>
          <dd>{facts.view}</dd>
        </div>
      </dl>
      <fieldset className="export-citation-styles">
        <legend className="export-citation-label">{t('export.style')}</legend>
        {CITE_STYLES.map((s) => (
          <label key={s}>
            <input type="radio" name={`${fieldId}-style`} value={s} checked={style === s} onChange={() => onStyle(s)} />{' '}
            {t(STYLE_LABEL[s])}
          </label>
        ))}
      </fieldset>
      <label htmlFor={fieldId} className="export-citation-label">
        {t('export.citationLabel')}
      </label>
      <textarea
        ref={textRef}
        id={fieldId}
        className={style === 'bibtex' ? 'export-citation-text is-code' : 'export-citation-text'}
        readOnly
        // BibTeX is code: one field a line, and no spelling marks under its field names.
        rows={style === 'bibtex' ? 10 : 5}
        spellCheck={style !== 'bibtex'}
        value={citation}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="export-citation-actions">
        <button type="button" className="button small" onClick={() => void copy()}>
          {t('export.copy')}
        </button>
      </div>
    </div>
  );
}
