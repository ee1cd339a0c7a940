import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { DraftNote, LocalizedText } from '../../ui/localized-text';
import { pick } from '../../data/localized';
import './narrative.css';

/** The list of guided stories, for a reader new to the subject. */
export function StoryPicker({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
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
            <h3>
              <LocalizedText value={n.title} />
            </h3>
            <button
              type="button"
              className="button small primary"
              onClick={() => {
                appStore.getState().goToStory(n.id, 0);
                onClose();
              }}
              aria-label={t('story.startNamed', { title: pick(n.title, lang) })}
            >
              {t('story.start', { count: n.steps.length })}
            </button>
            <p>
              <LocalizedText value={n.intro} />
            </p>
            <DraftNote values={[n.title, n.intro]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
