/**
 * The outcome coach: gentle hints on how an outcome is worded. Five checks, all local:
 *   vague       "improve", "better", "develop", "work on" … say what will be different
 *   time        no time frame ("by Easter", "by the end of term", "in 6 weeks", a date)
 *   measurable  nothing to count or see (a number, "by myself", "every day", "without help")
 *   voice       not in the child's voice (no "I", "my", "me")
 *   jargon      words a child or family may not use (see jargon.ts)
 * Hints are suggestions, never errors: they do not stop anyone continuing.
 */
import { JARGON } from './jargon';

export type HintId = 'vague' | 'time' | 'measurable' | 'voice' | 'jargon';

export interface CoachHint {
  id: HintId;
  /** A gentle suggestion in plain words. */
  message: string;
  /** The words in the outcome the hint is about, when there are some. */
  words?: string[];
}

/** Fewer words than this and the coach waits: the person is still starting. */
export const MIN_WORDS = 3;

const VAGUE = [
  'improve', 'improves', 'improved', 'improving', 'improvement',
  'better', 'develop', 'develops', 'developing', 'progress', 'work on', 'working on',
  'try to', 'try harder', 'be good at', 'get better', 'increase', 'increased', 'enhance', 'understand', 'be aware of', 'awareness',
  'more confident', 'confidence', 'access', 'engage', 'engagement',
];

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const SEASONS = "easter|christmas|half[- ]term|half term|summer|autumn|spring|winter|the end of (?:the )?(?:term|year|half[- ]term|school year)|end of (?:the )?(?:term|year)|this term|next term|this year|the holidays|year \\d+|my next review|the next review|(?:my|our) review";
const TIME_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:by|before|until|in|at|for|after|from|within)\\s+(?:the\\s+)?(?:${SEASONS})\\b`, 'i'),
  new RegExp(`\\b(?:by|before|until|in|from)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\b`, 'i'),
  /\b(?:by|before|until|within|in|after)\s+(?:the\s+next\s+|the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|a few)\s+(?:school\s+)?(?:days?|weeks?|months?|terms?|years?)\b/i,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/,
  /\b(?:by|before|until)\s+(?:the\s+)?(?:end|start|beginning)\b/i,
  /\bby\s+(?:year|yr)\s*\d+\b/i,
  /\b(?:termly|this half[- ]term|next half[- ]term)\b/i,
];

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half|twice|once|all|every|each|most';
const MEASURE_PATTERNS: RegExp[] = [
  /\d/,
  new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i'),
  /\b(?:by (?:my|him|her|them)sel(?:f|ves)|on my own|without (?:help|an adult|adult help|reminders?|prompts?|being reminded)|independently|with (?:one|no|a single) (?:prompt|reminder))\b/i,
  /\b(?:times?|minutes?|mins?|seconds?|hours?|pages?|words?|sentences?|days?|lessons?|out of|per|a day|a week|each day|each week|every day|every week|in a row)\b/i,
];

const VOICE = /\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|i'd|i’d|my|me|myself|mine)\b/i;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(term: string, flags: string): RegExp {
  // Whole words, allowing a hyphen or space inside phrases.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, `u${flags}`);
}

const VAGUE_PATTERNS = VAGUE.map((w) => ({ word: w, re: wordPattern(w, 'i') }));
const JARGON_PATTERNS = JARGON.map((j) => ({ entry: j, re: wordPattern(j.term, j.caseSensitive ? '' : 'i') }));

export function countWords(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

/** Vague words found in the text, as written. */
export function findVagueWords(text: string): string[] {
  const found: string[] = [];
  for (const { word, re } of VAGUE_PATTERNS) {
    const m = re.exec(text);
    if (m && !found.some((f) => f.toLowerCase().includes(word) || word.includes(f.toLowerCase()))) found.push(m[0]);
  }
  return found;
}

export function hasTimeFrame(text: string): boolean {
  return TIME_PATTERNS.some((re) => re.test(text));
}

export function isMeasurable(text: string): boolean {
  return MEASURE_PATTERNS.some((re) => re.test(text));
}

export function isInChildsVoice(text: string): boolean {
  return VOICE.test(text);
}

/** Jargon found, with a plainer way to say each. */
export function findJargon(text: string): { term: string; plain: string }[] {
  const found: { term: string; plain: string }[] = [];
  for (const { entry, re } of JARGON_PATTERNS) {
    const m = re.exec(text);
    if (m && !found.some((f) => f.term.toLowerCase().includes(entry.term.toLowerCase()))) found.push({ term: m[0], plain: entry.plain });
  }
  return found;
}

function quoteList(words: string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Hints for one outcome. Empty text, or fewer than MIN_WORDS words, gives none. */
export function coachOutcome(text: string): CoachHint[] {
  if (countWords(text) < MIN_WORDS) return [];
  const hints: CoachHint[] = [];
  const vague = findVagueWords(text);
  if (vague.length) {
    hints.push({
      id: 'vague',
      words: vague,
      message: `${quoteList(vague)} can mean different things to different people. Try saying what the child will be able to do, for example “read 20 words from my word wall”.`,
    });
  }
  if (!hasTimeFrame(text)) {
    hints.push({ id: 'time', message: 'Say by when, for example “by Easter”, “by the end of term” or “in 6 weeks”.' });
  }
  if (!isMeasurable(text)) {
    hints.push({
      id: 'measurable',
      message: 'Add something everyone can see or count, for example “3 times a week”, “by myself” or “without reminders”.',
    });
  }
  if (!isInChildsVoice(text)) {
    hints.push({ id: 'voice', message: 'Try writing it as the child would say it, using “I” and “my”, for example “I can…” or “I will…”.' });
  }
  const jargon = findJargon(text);
  if (jargon.length) {
    hints.push({
      id: 'jargon',
      words: jargon.map((j) => j.term),
      message: `Some words may not be clear to the child or family: ${jargon.map((j) => `“${j.term}” (perhaps “${j.plain}”)`).join('; ')}.`,
    });
  }
  return hints;
}
