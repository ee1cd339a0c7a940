import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';

/** The list of guided stories, for a reader new to the subject. */
export function StoryPicker({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const narratives = useAppStore((s) => s.data?.dataset.narratives ?? []);
  return (
    <section className="story-picker" aria-label={t('story.pickerRegion')} data-testid="story-picker">
      <div className="story-picker-head">
        <h2>{t('story.pickerTitle')}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {t('story.closePicker')}
        </button>
      </div>
      {narratives.length === 0 && <p>{t('story.none')}</p>}
      <ul className="story-cards">
        {narratives.map((n) => (
          <li key={n.id} className="story-card">
            <h3>{n.title.en}</h3>
            <p>{n.intro.en}</p>
            <button
              type="button"
              className="button small primary"
              onClick={() => {
                appStore.getState().goToStory(n.id, 0);
                onClose();
              }}
              aria-label={t('story.startNamed', { title: n.title.en })}
            >
              {t('story.start', { count: n.steps.length })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
