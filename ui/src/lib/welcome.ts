// The desktop app's welcome screen (src-tauri/src/welcome.rs): whether it is needed, and the
// operator's choice. Only the app has it; a browser always gets the dashboard.
import { welcome, welcomeChoose } from './backend/tauri';
import type { Commands } from './backend/commands';
import type { WelcomeChoice } from './bindings/WelcomeChoice';
import { LANGS, type Lang } from './lang';
import { i18n, applyDocumentLang } from './i18n.svelte';

type View = Commands['welcome']['result'];

/** The welcome state, or `null` outside the app (the browser UI of `serve`). */
export async function welcomeState(): Promise<View | null> {
  if (typeof window === 'undefined' || !('__TAURI_INTERNALS__' in window)) return null;
  return welcome();
}

/** Start on `choice`; the answer says whether the welcome screen is still needed (and why). */
export function choose(choice: WelcomeChoice): Promise<Commands['welcome_choose']['result']> {
  return welcomeChoose(choice);
}

/** The system's language (from the app's environment), unless the operator picked one in the UI. */
export function useSystemLang(lang: string) {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem('pipeline-guard.lang');
  } catch {
    /* storage blocked */
  }
  if (!saved && (LANGS as readonly string[]).includes(lang)) {
    i18n.lang = lang as Lang;
    applyDocumentLang();
  }
}
