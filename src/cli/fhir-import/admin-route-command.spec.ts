import { adminRouteCommand, embeddedStoreRefusal, serverBaseUrl } from './admin-route-command.js';

describe('the admin-route command import:fhir prints on the embedded store', () => {
  it('reaches a wildcard-bound server on loopback at its PORT', () => {
    expect(serverBaseUrl({})).toBe('http://127.0.0.1:8000');
    expect(serverBaseUrl({ HOST: '0.0.0.0', PORT: '9100' })).toBe('http://127.0.0.1:9100');
    expect(serverBaseUrl({ HOST: 'medchat.local', PORT: '80' })).toBe('http://medchat.local:80');
    expect(serverBaseUrl({ HOST: '::1' })).toBe('http://[::1]:8000');
  });

  it('posts one file directly and several in a loop, the key taken from the shell', () => {
    const one = adminRouteCommand(['/data/a.json'], {});
    expect(one).toBe(
      `curl -sS --fail-with-body -X POST 'http://127.0.0.1:8000/api/admin/patients/import' -H "Authorization: Bearer $ADMIN_API_KEY" -H 'Content-Type: application/json' --data-binary @/data/a.json`,
    );
    const many = adminRouteCommand(['/data/a.json', "/data/it's b.json"], {});
    expect(many).toMatch(/^for f in \/data\/a\.json '\/data\/it'\\''s b\.json'; do curl .* @"\$f" && echo; done$/);
  });

  it('never prints the key itself', () => {
    expect(embeddedStoreRefusal(['/a.json'], { ADMIN_API_KEY: 'super-secret-key' })).not.toContain('super-secret-key');
  });
});
