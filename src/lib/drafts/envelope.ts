/**
 * The draft envelope: what is stored in the browser and written to "Download your answers".
 *
 *   { app, schemaVersion, templateId, templateVersion, id, title, createdAt, savedAt, data, review? }
 *
 * schemaVersion is the envelope format. Every released format keeps a fixture in
 * test/fixtures/drafts/ that must keep loading (through the chain in migrations.ts).
 *   v1 (first release): the fields above; `review` present only on a plan started with "Start a review".
 */
import type { PlanData } from '../forms/schema';

/** Marks a file or storage entry as ours. */
export const APP_ID = 'sen-support-portal';

/** The envelope format this code writes. Bump it, add a migration and a fixture together. */
export const SCHEMA_VERSION = 1;

/** Set on a plan started from an earlier one with "Start a review". */
export interface ReviewInfo {
  /** 2 for the first review of a plan, 3 for the next, and so on. */
  cycle: number;
  /** Id of the draft it was started from. */
  previousId: string;
  /** Title of that draft when the review started. */
  previousTitle: string;
}

export interface DraftEnvelope {
  app: typeof APP_ID;
  schemaVersion: typeof SCHEMA_VERSION;
  /** Template the answers belong to, and its version when last saved. */
  templateId: string;
  templateVersion: number;
  /** Random, stable id of the draft; the same across downloads and re-opens. */
  id: string;
  /** Name the person gave the draft; '' means "use the child's name". */
  title: string;
  /** ISO 8601 times. */
  createdAt: string;
  savedAt: string;
  data: PlanData;
  review?: ReviewInfo;
}

/** Limits on envelope fields accepted from files and storage. */
export const LIMITS = {
  title: 200,
  id: /^[A-Za-z0-9-]{1,64}$/,
  time: 40,
  maxCycle: 999,
};
