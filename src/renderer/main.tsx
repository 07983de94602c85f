// First: the opening screen's stores and code are opened before the rest is evaluated.
import './openingScreen';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './i18n/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/undo.css';
import './styles/attention.css';
import './styles/assess.css';
import './styles/workshop.css';
import './styles/models.css';
import './styles/plan.css';
import './styles/survey.css';
import './styles/dashboards.css';
import './styles/report.css';
import './styles/sharing.css';
import './styles/backups.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
