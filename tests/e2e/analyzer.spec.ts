import { expect, test } from '@playwright/test';
import { analyzerStrings } from '../../src/i18n/analyzer';

const LANGS = ['en', 'it', 'pt', 'ca'] as const;

const POSTFIX_DSN = `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1
    <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)

Reporting-MTA: dns; mail.example.net
Arrival-Date: Mon, 23 Nov 2026 10:55:01 +0100 (CET)

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table
`;

for (const lang of LANGS) {
  test(`explains a Postfix bounce in ${lang} and links the code pages`, async ({ page }) => {
    const s = analyzerStrings(lang);
    await page.goto(`/${lang}/analyze/`);
    await page.getByLabel(s.inputLabel).fill(POSTFIX_DSN);
    await page.getByRole('button', { name: s.explainButton }).click();
    await expect(page.locator('.analysis-reason')).toHaveText(s.reasons['recipient-unknown'].title);
    await expect(page.locator('.analysis-outcome')).toHaveText(s.outcomes.permanent.label);
    await expect(page.locator('#result-list + p')).toHaveText(s.listAdvice.remove);
    const codes = await page.locator('.analysis-codes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(codes).toContain(`/${lang}/5.1.1/`);
    expect(codes).toContain(`/${lang}/550/`);
    expect(await page.locator('.analysis-evidence li').count()).toBeGreaterThan(0);
    await page.locator('.analysis-actors a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/5\\.1\\.1/#(sender|admin|recipient)$`));
  });
}

test('answers calmly to empty text, text without codes and hostile text', async ({ page }) => {
  const s = analyzerStrings('pt');
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.goto('/pt/analyze/');
  const input = page.getByLabel(s.inputLabel);
  const explain = page.getByRole('button', { name: s.explainButton });
  await explain.click();
  await expect(page.locator('#analyzer-status')).toHaveText(s.flags.empty);
  await input.fill('Olá, tudo bem? Reunião amanhã às 10:30, sala 550B, ramal 4421.');
  await explain.click();
  await expect(page.locator('#analyzer-status')).toContainText(s.flags['no-code']);
  await input.fill('<html><body><script>alert(1)</script><img src=x onerror=alert(2)><p>550 5.7.1 <b>Relay access denied</b></p></body></html>');
  await explain.click();
  await expect(page.locator('.analysis-reason')).toHaveText(s.reasons['relay-denied'].title);
  expect(await page.locator('#analyzer-result img, #analyzer-result b, #analyzer-result script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a megabyte of pasted text is analysed without freezing the page, offline', async ({ page, context }) => {
  const s = analyzerStrings('en');
  await page.goto('/en/analyze/');
  await expect(page.getByLabel(s.inputLabel)).toBeVisible();
  await context.setOffline(true);
  const filler = 'Received: from relay.example.net (relay.example.net [198.51.100.7]) by mx.example.com with ESMTPS id 4Xy550abc; Mon, 23 Nov 2026 10:55:01 +0100\n';
  // A report followed by a megabyte of returned message, as when a big attachment bounces.
  const text = `Final-Recipient: rfc822; ann@example.org\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 The recipient's inbox is out of storage space.\n\n${filler.repeat(Math.ceil(1_048_576 / filler.length))}`;
  // Paste, let the browser lay the text out, then measure the longest gap between animation
  // frames from "Explain" to the result: the page's own work, not the browser's drawing of the paste.
  await page.evaluate((t) => { (document.querySelector('textarea') as HTMLTextAreaElement).value = t; }, text);
  await page.waitForTimeout(1500);
  const started = Date.now();
  await page.evaluate(() => {
    const w = window as unknown as { maxGap: number };
    w.maxGap = 0;
    let last = performance.now();
    const tick = () => { const now = performance.now(); w.maxGap = Math.max(w.maxGap, now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    (document.querySelector('#analyzer-form') as HTMLFormElement).requestSubmit();
  });
  await expect(page.locator('.analysis-reason')).toHaveText(s.reasons['mailbox-full'].title, { timeout: 20_000 });
  const took = Date.now() - started;
  const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
  const ms = await page.locator('#analyzer-result').getAttribute('data-ms');
  console.log(`1 MB bounce: result after ${took} ms (analysis ${ms} ms), longest frame gap ${Math.round(maxGap)} ms`);
  // The analysis runs in a Web Worker, so the page keeps drawing. (The bound is generous: the test
  // machine runs other browsers at the same time.)
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/analysis-worker/)]);
  expect(maxGap).toBeLessThan(800);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what the tool needs and links to search', async ({ page }) => {
    const s = analyzerStrings('ca');
    await page.goto('/ca/analyze/');
    await expect(page.getByText(s.noScriptNote)).toBeVisible();
    await expect(page.locator('#analyzer-form')).toBeHidden();
    await page.getByRole('link', { name: s.noScriptSearchLink }).click();
    await expect(page).toHaveURL('/ca/search/');
  });
});

test('a bounce line pasted into search can be handed to the analyzer', async ({ page }) => {
  const s = analyzerStrings('it');
  const line = '552-5.2.2 The email account that you tried to reach is over quota.';
  await page.goto(`/it/search/?q=${encodeURIComponent(line)}`);
  await expect(page.locator('#search-analyze')).toHaveAttribute('href', /#text=552-5\.2\.2/);
  await page.locator('#search-analyze').click();
  await expect(page).toHaveURL('/it/analyze/'); // the text travelled in the fragment, then left the URL
  await expect(page.getByLabel(s.inputLabel)).toHaveValue(line);
  await expect(page.locator('.analysis-reason')).toHaveText(s.reasons['mailbox-full'].title);
});
