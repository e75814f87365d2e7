import { describe, expect, it } from 'vitest';
import { fromConfig, toConfig, fieldOf, problemsByField, emptyModel } from './componentForm';

describe('component form model', () => {
  it('round-trips an entry, keeping what the form has no field for', () => {
    const cfg = {
      name: 'api',
      region: 'eu-west',
      critical: true,
      depends_on: ['db', 'cache'],
      sla: 99.9,
      paused: true,
      check: { http: { url: 'http://127.0.0.1:8080/health', expect_status: 204, tls_verify: false, timeout: '2s' }, interval: '5s' },
      process: { command: ['./api', '--port', '8080'], env: { MODE: 'prod', EMPTY: '' }, log_max: '1MB' },
      limits: { memory: '512MB', cpu: 1.5 },
      recovery: ['restart', 'notify'],
      scale: { port: 8080, max_instances: 3 },
      tags: { service: 'api' },
    };
    const m = fromConfig(cfg);
    expect(m.kind).toBe('http');
    expect(m.kindFields.url).toBe('http://127.0.0.1:8080/health');
    expect(m.tlsVerify).toBe(false);
    expect(m.command).toBe('./api\n--port\n8080');
    expect(JSON.parse(m.raw)).toEqual({ check: { http: { timeout: '2s' } }, scale: { port: 8080, max_instances: 3 }, tags: { service: 'api' } });
    const back = toConfig(m);
    expect(back).toEqual({ config: cfg });
  });

  it('says what is wrong with the other settings', () => {
    const m = emptyModel();
    m.name = 'x';
    m.raw = '{ nope';
    expect('rawError' in toConfig(m)).toBe(true);
    m.raw = '[1]';
    expect('rawError' in toConfig(m)).toBe(true);
  });

  it('keeps numbers the operator typed wrongly as text for the validator to name', () => {
    const m = emptyModel();
    m.name = 'x';
    m.kindFields.url = 'http://h';
    m.kindFields.expect_status = 'two hundred';
    m.sla = '99.5';
    const r = toConfig(m);
    expect(r).toEqual({ config: { name: 'x', sla: 99.5, check: { http: { url: 'http://h', expect_status: 'two hundred' } } } });
  });

  it('maps each problem to the input it is about', () => {
    const p = (field: string | null) => ({ field, message: `lab.yaml:3:5: ${field}` });
    expect(fieldOf(p('/check/http/url'), 'http')).toBe('/check/http/url');
    expect(fieldOf(p('/depends_on/1'), 'http')).toBe('/depends_on');
    expect(fieldOf(p('/check/http'), 'http')).toBe('/check');
    expect(fieldOf(p('/colour'), 'http')).toBe(null);
    expect(fieldOf(p(null), 'tcp')).toBe(null);
    expect(fieldOf(p('/check/tcp/addr'), 'tcp')).toBe('/check/tcp/addr');
    const by = problemsByField([p('/name'), p('/scale/port'), p('/name')], 'http');
    expect(by.get('/name')?.length).toBe(2);
    expect(by.get('')?.length).toBe(1);
  });
});
