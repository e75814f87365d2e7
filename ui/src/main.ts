import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { backend } from './lib/app';
import { applyDocumentLang, setLang } from './lib/i18n.svelte';
import { LANGS, type Lang } from './lib/lang';
import { applyTheme } from './lib/theme';

applyDocumentLang();
applyTheme();
mount(App, { target: document.getElementById('app')! });

// The language saved with the signed-in account wins over this browser's last choice.
backend
  .accountLanguage?.()
  .then((l) => {
    if (l && (LANGS as readonly string[]).includes(l)) setLang(l as Lang);
  })
  .catch((e) => console.warn(`cannot read the account's language: ${e}`));
