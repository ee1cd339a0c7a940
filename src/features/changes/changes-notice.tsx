/**
 * The notice of a link made with another version of the published dataset:
 * which of the incidents the link showed changed since, and why, with the
 * way to the whole changelog.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import type { Notice } from '../../store/slices/ui';
import { changesSince, type IncidentChange } from '../../data/changes-since';
import { pick } from '../../data/localized';
import { changelogQuery, localEntry, type LoadedChangelog } from './changelog-query';
import { InlineText } from '../../ui/inline-text';
import { TagChips, useTagName } from './tag-chips';
import './changes.css';

/** Above this many changed incidents, the notice counts them per kind of change instead of listing them. */
const LIST_AT_MOST = 6;

export function ChangesNotice({ changes }: { changes: NonNullable<Notice['changes']> }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.published);
  const query = useQuery(changelogQuery(lang));
  const { from, current, visibleIds } = changes;
  const summary = useMemo(
    () =>
      query.data && data
        ? changesSince(query.data.en, current, from, visibleIds, [...data.dataset.redirects.values()])
        : null,
    [query.data, data, current, from, visibleIds],
  );
  const openPanel = (
    <button type="button" className="button small" onClick={() => appStore.getState().openChanges(from)}>
      {t('changes.seeChanges', { from })}
    </button>
  );
  if (query.isError) return <p className="notice-message">{t('changes.noticeFailed', { from, current })}</p>;
  if (!summary || !query.data) return <p className="notice-message">{t('changes.noticeLoading', { from })}</p>;
  if (summary.status !== 'older')
    return (
      <div className="changes-notice">
        <p className="notice-message">
          {t(summary.status === 'newer' ? 'changes.noticeNewer' : 'changes.noticeUnknown', { from, current })}
        </p>
        {summary.status === 'unknown' && openPanel}
      </div>
    );
  const { changed, shown, byTag } = summary;
  return (
    <div className="changes-notice" data-changed={changed.length}>
      <p className="notice-message" id="changes-notice-message">
        {changed.length === 0
          ? t('changes.noticeNone', { from, count: shown })
          : t('changes.noticeOlder', { from, count: changed.length, shown })}
      </p>
      {changed.length > 0 && changed.length <= LIST_AT_MOST && (
        // Scrolls when long: focusable, so that a keyboard can scroll it too.
        <ul className="changes-notice-list" tabIndex={0} aria-labelledby="changes-notice-message">
          {changed.map((c) => (
            <ChangedIncident key={c.id} change={c} log={query.data} />
          ))}
        </ul>
      )}
      {changed.length > LIST_AT_MOST && <TagCounts byTag={byTag} />}
      {openPanel}
    </div>
  );
}

function TagCounts({ byTag }: { byTag: { tag: string; count: number }[] }) {
  const { t } = useTranslation();
  const name = useTagName();
  return (
    <p className="changes-notice-tags">
      {t('changes.byTag')}{' '}
      {byTag.map(({ tag, count }, k) => (
        <span key={tag}>
          {k > 0 && ', '}
          <span className="change-tag">{name(tag)}</span> {count}
        </span>
      ))}
    </p>
  );
}

function ChangedIncident({ change, log }: { change: IncidentChange; log: LoadedChangelog }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => s.published);
  const i = data?.idToIndex.get(change.id);
  const title = i === undefined || !data ? change.id : pick(data.title(i), lang);
  const tags = [...new Set(change.changes.flatMap((c) => c.entry.tags))];
  if (change.renamedFrom.length > 0 && !tags.includes('id') && !tags.includes('merged')) tags.push('id');
  return (
    <li data-incident={change.id}>
      <span className="change-title">{title}</span> <TagChips tags={tags} />
      {change.changes.map((c) => {
        const { entry, translated } = localEntry(log, c.entry);
        return entry.why ? (
          <p
            key={`${c.version}-${entry.line}`}
            className="change-why"
            lang={translated || lang === 'en' ? undefined : 'en'}
          >
            {c.version}: <InlineText text={entry.why} />
          </p>
        ) : null;
      })}
      {change.renamedFrom.length > 0 && (
        <p className="change-why">
          {t('changes.renamed')}:{' '}
          {change.renamedFrom.map((x) => (
            <code key={x}>{x}</code>
          ))}
        </p>
      )}
    </li>
  );
}
