/** Small shared pieces: page title, headings that take focus, banners, the back link. */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { applyPendingFocus, HEADING_ID } from './focus';

/** The site name, from the title the layout wrote ("Plan builder | School name"). */
let siteSuffix: string | null = null;
function suffix(): string {
  if (siteSuffix === null) {
    const parts = document.title.split(' | ');
    siteSuffix = parts.length > 1 ? parts.slice(1).join(' | ') : document.title;
  }
  return siteSuffix;
}

/** Sets the document title for a view, prefixed "Error: " while errors are shown (GOV.UK). */
export function usePageTitle(title: string, error = false): void {
  useEffect(() => {
    const site = suffix();
    document.title = `${error ? 'Error: ' : ''}${title}${site ? ` | ${site}` : ''}`;
  }, [title, error]);
}

/**
 * What the builder shows around every view's heading: banners (another tab, storage full, a done
 * action) go above it, as GOV.UK places notification banners, and the "Saved" status just below.
 */
export const HeadingSlots = createContext<{ before: ReactNode; after: ReactNode }>({ before: null, after: null });

/** The view's main heading; the builder focuses it after moving to a new view. */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string | undefined }) {
  const slots = useContext(HeadingSlots);
  // A view that loaded on demand takes the focus the builder asked for, once it is on the page.
  useEffect(() => {
    applyPendingFocus();
  }, []);
  return (
    <>
      {slots.before}
      <h1 id={HEADING_ID} tabIndex={-1} className="plan-heading">
        {caption && <span className="caption">{caption} </span>}
        {children}
      </h1>
      {slots.after}
    </>
  );
}

export function BackLink({ href, children, onClick }: { href: string; children: ReactNode; onClick?: () => void }) {
  return (
    <a className="back-link no-print" href={href} onClick={onClick}>
      {children}
    </a>
  );
}

interface BannerProps {
  kind: 'success' | 'important' | 'error';
  title: string;
  children?: ReactNode;
  /** Where a change came from elsewhere (another tab): read at once. */
  alert?: boolean;
  id?: string;
}

/** GOV.UK notification banner (success/important), or an error panel. */
export function Banner({ kind, title, children, alert, id }: BannerProps) {
  const titleId = `${id ?? kind}-banner-title`;
  return (
    <div className={`banner banner--${kind} no-print`} role={alert ? 'alert' : 'region'} aria-labelledby={titleId} id={id}>
      <h2 className="banner__title" id={titleId} tabIndex={-1}>
        {title}
      </h2>
      {children && <div className="banner__content">{children}</div>}
    </div>
  );
}

export function Warning({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}

/** "5 March 2026 at 2:32pm" in the person's time zone. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const h = d.getHours();
  const time = `${h % 12 || 12}:${String(d.getMinutes()).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
  return `${date} at ${time}`;
}
