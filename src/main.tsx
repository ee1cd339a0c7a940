import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './lib/i18n';
import './app/tokens.css';
import './app/app.css';
import { App } from './app/app';
import { applyDataFreeParts } from './app/url-sync';
import { appStore } from './store';
import { startMapFit } from './store/map-fit';
import { startMapArea } from './store/map-area';

// Before the first render: the map and timeline are created where the link points.
applyDataFreeParts(appStore, window.location.hash);
// A fresh map fits the country to its own size, and the shown incidents after each filter change.
startMapFit(appStore);
// "Only what the map shows" follows the reader's moves of the map.
startMapArea(appStore);

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

createRoot(document.getElementById('root') as HTMLElement, {
  // A pane's error boundary has already shown the failure and offers a retry: not an uncaught error.
  onCaughtError: (error) => console.warn('A pane stopped and shows why:', error),
}).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
