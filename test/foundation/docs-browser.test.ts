import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, resolveSystemTool } from '../support/system-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
const SCREENSHOT_DIR = path.resolve('test-results');

describe('Swagger UI in a real browser', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    // Debian's Chromium, never a downloaded browser (npm test installs it when it may); the flags keep it off the network.
    const executablePath = resolveSystemTool(CHROMIUM);
    app = await startTestApp();
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders the API operations and is captured in a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${app.url}/docs`, { waitUntil: 'load' });
    await page.waitForSelector('.opblock', { timeout: 20_000 });

    const title = await page.locator('.information-container .title').first().innerText();
    expect(title).toContain('MedChat API');
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    expect(paths.map((p) => p.replace(/\u200b/g, ''))).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/health/live', '/api/v1/health/ready']),
    );
    // The Authorize button exists because the document declares bearer auth.
    expect(await page.locator('button.authorize').count()).toBeGreaterThan(0);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, 'swagger-ui.png');
    await page.screenshot({ path: file, fullPage: false });
    await page.close();
  });
});
