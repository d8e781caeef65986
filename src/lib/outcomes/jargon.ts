/**
 * Words that families and children often do not use, with plainer ways to say them.
 * Matched as whole words, case-insensitive (abbreviations case-sensitive).
 */
export interface JargonEntry {
  /** Words or phrase to find. */
  term: string;
  /** A plainer way to say it. */
  plain: string;
  /** Match case exactly (for abbreviations such as "TA"). */
  caseSensitive?: boolean;
}

export const JARGON: readonly JargonEntry[] = [
  { term: 'SALT', plain: 'speech and language therapist', caseSensitive: true },
  { term: 'ELSA', plain: 'the adult who helps with feelings (name them)', caseSensitive: true },
  { term: 'TA', plain: 'the teaching assistant (name them)', caseSensitive: true },
  { term: 'LSA', plain: 'the learning support assistant (name them)', caseSensitive: true },
  { term: 'SENCO', plain: 'the teacher who leads on special needs (name them)', caseSensitive: true },
  { term: 'SENDCo', plain: 'the teacher who leads on special needs (name them)', caseSensitive: true },
  { term: 'EHCP', plain: 'education, health and care plan', caseSensitive: true },
  { term: 'SEMH', plain: 'feelings, friendships or behaviour', caseSensitive: true },
  { term: 'SLCN', plain: 'talking and understanding', caseSensitive: true },
  { term: 'SpLD', plain: 'the specific difficulty, in everyday words', caseSensitive: true },
  { term: 'MLD', plain: 'what I find hard, in everyday words', caseSensitive: true },
  { term: 'ASD', plain: 'what helps me, in everyday words', caseSensitive: true },
  { term: 'ADHD', plain: 'what helps me, in everyday words', caseSensitive: true },
  { term: 'IEP', plain: 'my plan', caseSensitive: true },
  { term: 'SMART', plain: 'clear (say what, how much and by when)', caseSensitive: true },
  { term: 'fine motor', plain: 'using my hands and fingers' },
  { term: 'gross motor', plain: 'moving, running and balancing' },
  { term: 'executive function', plain: 'planning and remembering what to do' },
  { term: 'receptive language', plain: 'understanding what people say' },
  { term: 'expressive language', plain: 'saying what I mean' },
  { term: 'phonological awareness', plain: 'hearing the sounds in words' },
  { term: 'phonics', plain: 'sounding out words' },
  { term: 'emotional regulation', plain: 'calming down when I feel upset' },
  { term: 'self-regulation', plain: 'calming down when I feel upset' },
  { term: 'self-regulate', plain: 'calm down when I feel upset' },
  { term: 'dysregulated', plain: 'upset or overwhelmed' },
  { term: 'dysregulation', plain: 'feeling upset or overwhelmed' },
  { term: 'sensory diet', plain: 'movement breaks and things that help me feel calm' },
  { term: 'sensory processing', plain: 'noise, light or touch' },
  { term: 'social skills', plain: 'playing and talking with friends' },
  { term: 'interventions', plain: 'extra help' },
  { term: 'intervention', plain: 'extra help' },
  { term: 'differentiated', plain: 'changed to suit me' },
  { term: 'differentiation', plain: 'work changed to suit me' },
  { term: 'scaffolding', plain: 'step-by-step help' },
  { term: 'scaffolded', plain: 'broken into steps' },
  { term: 'attainment', plain: 'what I can do' },
  { term: 'age-related expectations', plain: 'what most children my age can do' },
  { term: 'working memory', plain: 'remembering things while I work' },
  { term: 'processing speed', plain: 'how long I need to think' },
  { term: 'task avoidance', plain: 'not wanting to start' },
  { term: 'non-compliant', plain: 'finding it hard to do what is asked' },
  { term: 'compliance', plain: 'doing what is asked' },
  { term: 'on-task', plain: 'working on my activity' },
  { term: 'off-task', plain: 'not working on my activity' },
  { term: 'CVC words', plain: 'short words like "cat" and "dog"' },
  { term: 'high-frequency words', plain: 'common words' },
  { term: 'zones of regulation', plain: 'my feelings colours' },
];
