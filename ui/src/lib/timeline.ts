// Human text for a component timeline entry (status change or process event), shared by the
// component detail and incidents pages.
import type { TimelineEntry } from './backend';
import { t } from './i18n.svelte';

export function timelineText(e: TimelineEntry): string {
  if (e.kind.startsWith('status_')) return t('ui-timeline-status', { status: t(`status-${e.kind.slice(7)}`) });
  if (e.kind === 'process_started') return t('ui-timeline-process-started');
  if (e.kind === 'process_exited') return t('ui-timeline-process-exited');
  return e.kind;
}
