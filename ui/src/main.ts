import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { applyDocumentLang } from './lib/i18n.svelte';
import { applyTheme } from './lib/theme';

applyDocumentLang();
applyTheme();
mount(App, { target: document.getElementById('app')! });
