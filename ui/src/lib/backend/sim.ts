// A synthetic backend for the frame-time benchmark only (`?sim=1000` in the URL): N components
// with a stream of sample and status events, generated in the page. Never used otherwise.
import { BackendError, type Backend, type ComponentView, type EngineEvent, type StreamEvent, type Overview, type SamplesView } from './types';

const REGIONS = ['us-east', 'us-west', 'eu-west', 'eu-central', 'asia-pacific', 'sa-east'] as const;
const STATUSES = ['healthy', 'healthy', 'healthy', 'healthy', 'degraded', 'failed'] as const;

export class SimBackend implements Backend {
  readonly kind = 'http' as const;
  private comps: ComponentView[];
  private t0 = Date.now();
  constructor(private n: number, private eventsPerSecond = 1000) {
    this.comps = Array.from({ length: n }, (_, i) => ({
      name: `svc-${String(i).padStart(4, '0')}`,
      region: REGIONS[i % 6],
      critical: i % 17 === 0,
      status: 'healthy',
      since_ms: this.t0,
      last_check_ms: this.t0,
      latency_ms: 5 + (i % 50),
      issues: [],
      metrics: { cpu_usage: 0.05, memory_bytes: 50e6 + i * 1e4, response_time_seconds: 0.005, error_rate: 0 },
      check_kind: 'http',
      check_interval_ms: 1000,
      supervised: false,
      pid: null,
      instances: 1,
      restarts: 0,
      checks_total: 100,
      checks_failed: 0,
      availability: { ratio: 1, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 },
      availability_24h: { ratio: 1, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 },
      tags: [`team-${i % 7}`],
      heartbeat: { cap: 30, statuses: 'h'.repeat(30), last_ms: this.t0, gaps_ms: Array.from({ length: 29 }, () => 1000), latency_ms: Array.from({ length: 30 }, () => 5 + (i % 50)) },
      depends_on: [],
      sla: 99.9,
      memory_limit_bytes: null,
      paused: false,
    }));
  }
  private counts() {
    const c = { healthy: 0, degraded: 0, failed: 0, unknown: 0 };
    for (const x of this.comps) c[x.status] += 1;
    return c;
  }
  async session() {
    return null;
  }
  async overview(): Promise<Overview> {
    const counts = this.counts();
    const healing = { enabled: false, paused: false, paused_components: [], maintenance: [], active_healings: 0, open_incidents: 0, success_rate: null, unhealable: [], affected: [], last_actions: [] };
    return { mode: counts.failed + counts.degraded ? 'degraded' : 'healthy', counts, components: this.n, regions: [], availability: { ratio: 1, from_ms: 0, to_ms: 86_400_000, up_ms: 86_400_000, degraded_ms: 0, down_ms: 0, outages: 0 }, started_at_ms: this.t0, now_ms: Date.now(), restarts: 0, critical_failed: [], healing };
  }
  async components(names?: readonly string[]) {
    const pick = names ? new Set(names) : null;
    return this.comps.filter((c) => !pick || pick.has(c.name)).map((c) => ({ ...c, metrics: { ...c.metrics } }));
  }
  async component(name: string) {
    return { ...this.comps.find((c) => c.name === name)! };
  }
  async samples(name: string, metric: string, from: number, to: number, step: number): Promise<SamplesView> {
    const buckets = [];
    for (let ts = from; ts < to; ts += step) buckets.push({ ts, mean: 0.005 + 0.002 * Math.sin(ts / 60), min: 0.004, max: 0.008, count: step });
    return { component: name, metric, from, to, step, buckets };
  }
  async timeline() {
    return [];
  }
  async incidents() {
    return null;
  }
  async healingStats() {
    return null;
  }
  async healingActions() {
    return null;
  }
  async heal(): Promise<never> {
    throw new Error('simulation');
  }
  async setHealingPaused() {}
  async plan() {
    return null;
  }
  async findings() {
    return null;
  }
  async forecast() {
    return null;
  }
  async rules() {
    return null;
  }
  chartUrl() {
    return null;
  }
  async regions() {
    return [];
  }
  async setRegionActive(): Promise<never> {
    throw new Error('simulation');
  }
  async validateDataOperation(): Promise<never> {
    throw new Error('simulation');
  }
  async report(): Promise<never> {
    throw new Error('simulation');
  }
  async exportReport(): Promise<never> {
    throw new Error('simulation');
  }
  async saveReport(): Promise<never> {
    throw new Error('simulation');
  }
  async users() {
    return [];
  }
  async addUser() {}
  async setUserRole() {}
  async setUserDisabled() {}
  async eraseUser(): Promise<never> {
    throw new Error('simulation');
  }
  async apiTokens() {
    return [];
  }
  async issueToken(): Promise<never> {
    throw new Error('simulation');
  }
  async revokeToken() {}
  async auditLog() {
    return [];
  }
  async auditVerify() {
    return { ok: true };
  }
  async securityFindings() {
    return [];
  }
  async addMaintenance() {}
  async incidentAssignees() {
    return [];
  }
  acknowledgeIncident(): Promise<never> {
    return Promise.reject(new BackendError('not_found', 'no incidents in the simulation'));
  }
  assignIncident(): Promise<never> {
    return Promise.reject(new BackendError('not_found', 'no incidents in the simulation'));
  }
  addIncidentNote(): Promise<never> {
    return Promise.reject(new BackendError('not_found', 'no incidents in the simulation'));
  }
  async deliveries() {
    return [];
  }
  async channels() {
    return [];
  }
  async testChannel(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async channelDeliveries(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async addChannel(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async replaceChannel(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async removeChannel(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async autoscale() {
    return [];
  }
  async componentAutoscale(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async setComponentAutoscale(): Promise<never> {
    throw new Error('simulation');
  }
  async componentConfig(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  async addComponent(): Promise<never> {
    throw new Error('simulation');
  }
  async replaceComponent(): Promise<never> {
    throw new Error('simulation');
  }
  async setComponentPaused(): Promise<never> {
    throw new Error('simulation');
  }
  async deleteComponent(): Promise<never> {
    throw new Error('simulation');
  }
  async autoscaleDecisions() {
    return [];
  }
  async healingQueue() {
    return { slots: 0, busy: [], waiting: [], queued: [], queue_method: null, last_plan: [], method: null };
  }
  async optimalRegion(): Promise<never> {
    throw new Error('simulation');
  }
  async regionLocations() {
    return [];
  }
  async front(): Promise<never> {
    throw new BackendError('not_found', 'simulation');
  }
  subscribe(onEvent: (e: StreamEvent) => void, onConnection: (up: boolean) => void) {
    onConnection(true);
    let i = 0;
    const perTick = Math.max(1, Math.round(this.eventsPerSecond / 20));
    const id = setInterval(() => {
      const now = Date.now();
      for (let k = 0; k < perTick; k++) {
        const c = this.comps[i++ % this.n];
        const status = STATUSES[(i * 7 + Math.floor(now / 3000)) % 6 === 0 ? 5 : (i * 13) % 4];
        if (status !== c.status) {
          onEvent({ type: 'status_changed', component: c.name, at_ms: now, from: c.status, to: status });
          c.status = status;
        }
        onEvent({ type: 'sample', component: c.name, at_ms: now, status: c.status, latency_ms: 3 + Math.random() * 40, metrics: { cpu_usage: Math.random() * 0.5, memory_bytes: 5e7 + Math.random() * 1e7 }, issues: [] });
      }
    }, 50);
    return () => clearInterval(id);
  }
}
