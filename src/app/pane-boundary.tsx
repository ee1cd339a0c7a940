import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { failedPart, isChunkFailure, wasRedeployed } from './load-failure';
import './pane-boundary.css';

type Pane = 'map' | 'timeline';

interface BoundaryProps {
  pane: Pane;
  onRetry: () => void;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  redeployed: boolean;
}

/** Keeps a failure inside its pane: the rest of the explorer goes on working. */
class PaneBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, redeployed: false };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('unknown failure') };
  }

  override componentDidCatch(error: unknown) {
    if (!isChunkFailure(error)) return;
    void wasRedeployed(error).then((redeployed) => {
      if (redeployed && this.state.error === error) this.setState({ redeployed });
    });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <PaneError
        part={failedPart(this.state.error, this.props.pane)}
        redeployed={this.state.redeployed}
        onRetry={this.props.onRetry}
      />
    );
  }
}

function PaneError({ part, redeployed, onRetry }: { part: string; redeployed: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pane-error" role="alert" data-testid="pane-error" data-part={part}>
      <p className="pane-error-title">{t(`pane.failed.${part}`, { defaultValue: t('pane.failed.map') })}</p>
      <p>{redeployed ? t('pane.redeployed') : t('pane.othersWork')}</p>
      <div className="pane-error-actions">
        {redeployed && (
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('pane.reload')}
          </button>
        )}
        <button type="button" className={redeployed ? 'button' : 'button primary'} onClick={onRetry}>
          {t('pane.retry')}
        </button>
      </div>
    </div>
  );
}

/**
 * A lazily loaded pane inside its own error boundary. Retry creates a fresh
 * lazy component, so the chunk is really requested again, and a fresh
 * boundary, so the pane mounts (and its map or timeline is created) anew.
 */
export function LazyPane({
  pane,
  load,
  loadingText,
}: {
  pane: Pane;
  load: () => Promise<ComponentType>;
  loadingText: string;
}) {
  const create = () => lazy(() => load().then((c) => ({ default: c })));
  const [attempt, setAttempt] = useState(() => ({ n: 0, Pane: create() }));
  const { Pane: Lazy } = attempt;
  const retry = () => setAttempt(({ n }) => ({ n: n + 1, Pane: create() }));
  return (
    <PaneBoundary key={attempt.n} pane={pane} onRetry={retry}>
      <Suspense fallback={<div className="pane-loading">{loadingText}</div>}>
        <Lazy />
      </Suspense>
    </PaneBoundary>
  );
}
