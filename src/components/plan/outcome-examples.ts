/**
 * Vague and clearer outcomes by area of need (src/content/outcome-examples/), handed to the
 * builder by the page and read where an outcome is written, through context rather than props
 * threaded through every view.
 */
import { createContext } from 'react';

export interface OutcomeExample {
  /** Broad area of need, as the content collection names it. */
  area: 'communication' | 'cognition' | 'semh' | 'sensory-physical';
  vague: string;
  better: string;
}

export const AREA_NAMES: Record<OutcomeExample['area'], string> = {
  communication: 'Communication and interaction',
  cognition: 'Cognition and learning',
  semh: 'Social, emotional and mental health',
  'sensory-physical': 'Sensory and/or physical',
};

export const OutcomeExamples = createContext<OutcomeExample[]>([]);
