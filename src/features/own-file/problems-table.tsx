import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../data/import/index';
// The module itself, not the importer's index: the page loads the importer only in its worker.
import { problemsCsv } from '../../data/import/problems-csv';
import { download } from '../../ui/download';
import { problemText } from './problem-text';
import { useAppStore } from '../../store';

const SHOWN = 500;

/** Every problem as line · column · value · reason, and the whole list as a CSV to fix the file with. */
export function ProblemsTable({ problems, fileName }: { problems: ImportProblem[]; fileName: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (problems.length === 0) return <p className="own-file-ok">{t('ownFile.noProblems')}</p>;
  const save = () => {
    const translated = problems.map((p) => ({ ...p, message: problemText(p, t, lang) }));
    const base = fileName.replace(/\.[^.]+$/, '') || 'file';
    download(problemsCsv(translated), 'text/csv;charset=utf-8', `${base}-problems.csv`);
  };
  return (
    <div className="own-file-problems">
      <div className="own-file-problems-head">
        <h3>{t('ownFile.showProblems', { count: problems.length })}</h3>
        <button type="button" className="button small" onClick={save}>
          {t('ownFile.downloadProblems')}
        </button>
      </div>
      <div className="own-file-table-wrap" tabIndex={0} role="region" aria-label={t('ownFile.problems')}>
        <table className="own-file-table" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('ownFile.line')}</th>
              <th scope="col">{t('ownFile.column')}</th>
              <th scope="col">{t('ownFile.value')}</th>
              <th scope="col">{t('ownFile.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((p, k) => (
              <tr key={k} data-severity={p.severity}>
                <td>{p.line ?? t('ownFile.wholeFile')}</td>
                <td>{p.column ?? ''}</td>
                <td className="own-file-value">{p.value}</td>
                <td>
                  <span className="own-file-severity">
                    {p.line === null ? '' : p.severity === 'error' ? t('ownFile.rowSkipped') : t('ownFile.rowKept')}
                  </span>{' '}
                  {problemText(p, t, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
