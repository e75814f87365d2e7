import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import Welcome from './Welcome.svelte';
import { useSystemLang, welcomeState } from './lib/welcome';
import { backend } from './lib/app';
import { applyDocumentLang, setLang } from './lib/i18n.svelte';
import { LANGS, type Lang } from './lib/lang';
import { applyTheme } from './lib/theme';

applyDocumentLang();
applyTheme();

// The desktop app's first start without a config shows the welcome screen (in the system's
// language) instead of the dashboard; once a config runs, the page reloads into the dashboard.
void welcomeState()
  .catch((e) => {
    console.warn(`cannot read the welcome state: ${e}`);
    return null;
  })
  .then((welcome) => {
    if (welcome?.needed) {
      useSystemLang(welcome.lang);
      mount(Welcome, { target: document.getElementById('app')!, props: { initial: welcome } });
      return;
    }
    mount(App, { target: document.getElementById('app')! });
    // The language saved with the signed-in account wins over this browser's last choice.
    backend
      .accountLanguage?.()
      .then((l) => {
        if (l && (LANGS as readonly string[]).includes(l)) setLang(l as Lang);
      })
      .catch((e) => console.warn(`cannot read the account's language: ${e}`));
  });
