/**
 * The only script of content pages, kept tiny: "/" jumps to search, and copy buttons (hidden
 * until this runs, since they need it) copy a section link or a summary for a ticket. The copied
 * URL is the one in the address bar, so it is right wherever the site is served.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function pageUrl(): string {
  return `${location.origin}${location.pathname}`;
}

function textFor(button: HTMLElement): string | undefined {
  const anchor = button.dataset['copyLink'];
  if (anchor) return `${pageUrl()}${anchor}`;
  const text = button.dataset['copyText'];
  return text === undefined ? undefined : `${text}\n${pageUrl()}`;
}

async function copy(button: HTMLButtonElement, status: HTMLElement | null): Promise<void> {
  const text = textFor(button);
  if (text === undefined) return;
  const label = button.textContent ?? '';
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
  }
  const message = (ok ? status?.dataset['copied'] : status?.dataset['failed']) ?? '';
  if (status) status.textContent = message;
  if (ok) {
    button.textContent = message;
    setTimeout(() => { button.textContent = label; }, 2000);
  }
}

export function startPageTools(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector<HTMLInputElement>('main input[name="q"]')
      ?? document.querySelector<HTMLInputElement>('header input[name="q"]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  if (!navigator.clipboard) return; // without the Clipboard API the buttons stay hidden; the # links remain
  for (const el of document.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
  const status = document.getElementById('copy-status');
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-link], button[data-copy-text]') : null;
    if (button) void copy(button, status);
  });
}
