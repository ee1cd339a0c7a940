import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { DraftNote, LocalizedText } from '../../ui/localized-text';
import './narrative.css';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) ||
    target.closest('.maplibregl-canvas-container, .vis-timeline') !== null
  );
}

/** The open story: where we are, the step's caption and the way forward and back. */
export function StoryPanel() {
  const { t } = useTranslation();
  const story = useAppStore((s) => s.story);
  const data = useAppStore((s) => s.data);
  const narrative = story ? data?.narrativeById.get(story.id) : undefined;

  useEffect(() => {
    if (!story) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'ArrowRight') appStore.getState().goToStory(story.id, story.step + 1);
      else if (e.key === 'ArrowLeft') appStore.getState().goToStory(story.id, story.step - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [story]);

  if (!story || !narrative || !data) return null;
  const step = narrative.steps[story.step];
  if (!step) return null;
  const go = (k: number) => appStore.getState().goToStory(story.id, k);
  const last = narrative.steps.length - 1;
  return (
    <section className="story-panel" aria-label={t('story.region')} data-testid="story-panel">
      {/* Leaving sits with the story's name, so the step buttons fit one row, even on a phone. */}
      <div className="story-head">
        <p className="story-kicker">{t('story.kicker')}</p>
        <button type="button" className="button small" onClick={() => appStore.getState().leaveStory()}>
          {t('story.leave')}
        </button>
      </div>
      <h2 className="story-title">
        <LocalizedText value={narrative.title} />
      </h2>
      <p className="story-progress" aria-live="polite">
        {t('story.progress', { step: story.step + 1, total: narrative.steps.length })}
      </p>
      <ol className="story-dots" aria-hidden="true">
        {narrative.steps.map((_, k) => (
          <li key={k} data-current={k === story.step} />
        ))}
      </ol>
      <p className="story-caption">
        <LocalizedText value={step.caption} />
      </p>
      <DraftNote key={`${story.id}/${story.step}`} values={[narrative.title, step.caption]} />
      {step.incidents.length > 1 && (
        <ul className="story-incidents">
          {step.incidents.map((id) => {
            const i = data.idToIndex.get(id);
            const inc = i === undefined ? undefined : data.incident(i);
            if (!inc) return null;
            return (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => appStore.getState().select(id, 'story')}>
                  <LocalizedText value={inc.title} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="story-nav">
        <button type="button" className="button small" disabled={story.step === 0} onClick={() => go(story.step - 1)}>
          <span aria-hidden="true">◀ </span>
          {t('story.previous')}
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={story.step === last}
          onClick={() => go(story.step + 1)}
        >
          {t('story.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <p className="story-keys">{t('story.keys')}</p>
    </section>
  );
}
