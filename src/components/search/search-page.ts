/**
 * The search page's behaviour. Loads Pagefind's JS API on first use, searches as the person
 * types (debounced) or submits, applies audience and type filters, and announces the number
 * of results through a polite live region. The URL keeps the query so results can be shared.
 */
import { buildFilters, describeResultCount, type PagefindFilters } from '../../lib/search/query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: { baseUrl: string; ranking?: { pageLength?: number } }): Promise<void>;
  preload(term: string, o?: { filters?: PagefindFilters }): Promise<void>;
  search(term: string, o?: { filters?: PagefindFilters }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Results loaded per batch: each one costs a fragment request, so load ten, then more on request. */
const BATCH = 10;

export function startSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !status || !list || !more) return;
  const base = form.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let pending: { data(): Promise<PagefindResultData> }[] = [];

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      // pageLength 0: a short reference page must not outrank the article a parent is after
      // ("review" should find the Review article first, not a one-paragraph summary).
      await module.options({ baseUrl: base, ranking: { pageLength: 0 } });
      return module;
    }));

  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

  async function run() {
    const term = input!.value.trim();
    const audience = checked('audience');
    const types = checked('type');
    const params = new URLSearchParams();
    if (term) params.set('q', term);
    audience.forEach((a) => params.append('audience', a));
    types.forEach((t) => params.append('type', t));
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    const ticket = ++latest;
    if (!term) {
      list!.replaceChildren();
      status!.textContent = '';
      more!.hidden = true;
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const api = await load();
      const found = await api.search(term, { filters: buildFilters(audience, types) });
      const data = await Promise.all(found.results.slice(0, BATCH).map((r) => r.data()));
      if (ticket !== latest) return; // a newer search has started
      pending = found.results.slice(BATCH);
      list!.replaceChildren(...data.map(renderResult));
      more!.hidden = pending.length === 0;
      status!.textContent = describeResultCount(found.results.length, term, BATCH);
    } catch (error) {
      console.error('Search failed', error);
      if (ticket !== latest) return;
      status!.textContent = 'Search is not working right now. Try again, or browse the guidance pages.';
    }
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const type = document.createElement('p');
    type.className = 'result-type';
    type.textContent = data.filters.type?.[0] ?? 'Page';
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title?.replace(/\s*\|.*$/, '') ?? data.url;
    h2.append(a);
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is text from our own pages with <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    li.append(type, h2, excerpt);
    return li;
  }

  async function showMore() {
    const ticket = latest;
    const batch = pending.slice(0, BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (ticket !== latest) return;
    pending = pending.slice(BATCH);
    const items = data.map(renderResult);
    list!.append(...items);
    more!.hidden = pending.length === 0;
    // Move focus to the first new result so keyboard and screen reader users carry on from there.
    items[0]?.querySelector('a')?.focus();
    status!.textContent = `Showing ${list!.children.length} results.`;
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
    // Fetch the index chunks for what is typed so far while the debounce waits, so the search
    // itself finds them already loaded.
    const term = input.value.trim();
    if (term) void load().then((api) => api.preload(term, { filters: buildFilters(checked('audience'), checked('type')) })).catch(() => {});
  };
  more.addEventListener('click', () => void showMore());
  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) schedule();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  // Arriving from the header search form or a shared link: fill in and search at once.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of ['audience', 'type']) {
    const values = params.getAll(name);
    form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((box) => (box.checked = values.includes(box.value)));
  }
  if (input.value) void run();
}
