import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { FileDropZone } from './features/workspace/FileDropZone';
import { createQueryClient } from './lib/query-client';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders client={createQueryClient()}>
      <FileDropZone>
        <App />
      </FileDropZone>
    </AppProviders>
  </StrictMode>,
);
