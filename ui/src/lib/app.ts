import { pickBackend } from './backend';
/** The backend the running UI talks to (HTTP in a browser, Tauri in the app). */
export const backend = pickBackend();
