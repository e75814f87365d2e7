import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import Welcome from './Welcome.svelte';
import { useSystemLang, welcomeState } from './lib/welcome';
import { backend } from './lib/app';
import { applyDocumentLang, savedPseudoLang, setLang, setPseudoLang } from './lib/i18n.svelte';
import { isPseudo, offeredPseudoLangs } from './lib/pseudo';
import { LANGS, type Lang } from './lib/lang';
import { applyTheme } from './lib/theme';

applyDocumentLang();
applyTheme();

// The desktop app's first start without a config shows the welcome screen (in the system's
// language) instead of the dashboard; once a config runs, the page reloads into the dashboard.
// A pseudo-locale saved in this browser, when the server offers it (development only).
const pseudo = savedPseudoLang();
const offered = isPseudo(pseudo) ? offeredPseudoLangs() : Promise.resolve([]);

void offered
  .then((langs) => {
    if (isPseudo(pseudo) && langs.includes(pseudo)) setPseudoLang(pseudo);
  })
  .then(() => welcomeState())
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
        if (l && (LANGS as readonly string[]).includes(l) && !isPseudo(pseudo)) setLang(l as Lang);
      })
      .catch((e) => console.warn(`cannot read the account's language: ${e}`));
  });
