/**
 * The builder's views live in the URL hash, so Back works, a reload returns to the same view
 * and two tabs can hold two different drafts:
 *   #/                                   your plans (home)
 *   #/open                               open a saved file
 *   #/plan/<id>                          task list of one draft
 *   #/plan/<id>/section/<sectionId>?from=check&field=<element id>
 *   #/plan/<id>/check                    check your answers
 *   #/plan/<id>/print                    printable view
 * Any other hash (the skip link's #main, an error link) is not a route and is ignored.
 */
export type Route =
  | { name: 'home' }
  | { name: 'open' }
  | { name: 'tasks'; id: string }
  | { name: 'section'; id: string; sectionId: string; fromCheck?: boolean; field?: string }
  | { name: 'check'; id: string }
  | { name: 'print'; id: string };

const ID = '([A-Za-z0-9-]{1,64})';
const PLAN = new RegExp(`^#/plan/${ID}(?:/(section)/([a-zA-Z0-9-]{1,80})|/(check|print))?/?$`);

/** The route for a hash, or null when the hash is not one of ours. */
export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'home' };
  if (hash === '#/open') return { name: 'open' };
  const [path = '', query = ''] = hash.split('?', 2);
  const m = PLAN.exec(path);
  if (!m) return null;
  const id = m[1]!;
  if (m[2] === 'section') {
    const params = new URLSearchParams(query);
    const field = params.get('field');
    return {
      name: 'section',
      id,
      sectionId: m[3]!,
      ...(params.get('from') === 'check' ? { fromCheck: true } : {}),
      ...(field && /^[A-Za-z0-9_-]{1,120}$/.test(field) ? { field } : {}),
    };
  }
  if (m[4] === 'check') return { name: 'check', id };
  if (m[4] === 'print') return { name: 'print', id };
  return { name: 'tasks', id };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'open':
      return '#/open';
    case 'tasks':
      return `#/plan/${route.id}`;
    case 'check':
      return `#/plan/${route.id}/check`;
    case 'print':
      return `#/plan/${route.id}/print`;
    case 'section': {
      const params = new URLSearchParams();
      if (route.fromCheck) params.set('from', 'check');
      if (route.field) params.set('field', route.field);
      const q = params.toString();
      return `#/plan/${route.id}/section/${route.sectionId}${q ? `?${q}` : ''}`;
    }
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHash(a) === routeHash(b);
}
