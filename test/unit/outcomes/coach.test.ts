import { describe, expect, it } from 'vitest';
import { coachOutcome, findJargon, findVagueWords, hasTimeFrame, isInChildsVoice, isMeasurable } from '../../../src/lib/outcomes/coach';

const ids = (text: string) => coachOutcome(text).map((h) => h.id);

describe('outcome coach', () => {
  it('is quiet for a good outcome', () => {
    expect(ids('By Easter, I can read the 20 words on my word wall by myself.')).toEqual([]);
    expect(ids('By the end of term, I can tell an adult when I feel worried, using my feelings cards, once a day.')).toEqual([]);
    expect(ids('In 6 weeks I will write 3 sentences on my own.')).toEqual([]);
  });

  it('waits until there is something to coach', () => {
    expect(coachOutcome('')).toEqual([]);
    expect(coachOutcome('Read')).toEqual([]);
  });

  it('flags the classic vague outcome on every count', () => {
    expect(ids('Improve his reading.')).toEqual(['vague', 'time', 'measurable', 'voice']);
    expect(ids('To develop better social skills')).toEqual(['vague', 'time', 'measurable', 'voice', 'jargon']);
  });

  it('finds vague words as written', () => {
    expect(findVagueWords('Sam will Improve and get better at maths')).toEqual(['Improve', 'better']);
    expect(findVagueWords('I can read 20 words')).toEqual([]);
    const hint = coachOutcome('I will improve my reading by Easter, 20 words')[0]!;
    expect(hint.message).toContain('“improve”');
  });

  it('recognises time frames', () => {
    for (const text of ['by Easter', 'by the end of term', 'before half-term', 'by the end of the year', 'in 6 weeks', 'within three weeks', 'by 15 March', 'by March', 'by 20/03/2026', 'by Christmas', 'by my next review', 'by Year 5']) {
      expect(hasTimeFrame(`I can do it ${text}`), text).toBe(true);
    }
    for (const text of ['I can read', 'I will be better', 'in the library', 'in maths']) expect(hasTimeFrame(text), text).toBe(false);
  });

  it('recognises something to count or see', () => {
    for (const text of ['read 20 words', 'three times a week', 'by myself', 'without reminders', 'every day', 'on my own', 'for 10 minutes']) {
      expect(isMeasurable(text), text).toBe(true);
    }
    expect(isMeasurable('be happier at school')).toBe(false);
  });

  it('looks for the child\'s own voice', () => {
    expect(isInChildsVoice('I can')).toBe(true);
    expect(isInChildsVoice("I'm able to")).toBe(true);
    expect(isInChildsVoice('my reading')).toBe(true);
    expect(isInChildsVoice('Sam will read')).toBe(false);
    expect(isInChildsVoice('In the library')).toBe(false);
  });

  it('finds jargon, whole words only, and suggests plain words', () => {
    expect(findJargon('Weekly SALT sessions with the TA for fine motor skills')).toEqual([
      { term: 'SALT', plain: 'speech and language therapist' },
      { term: 'TA', plain: 'the teaching assistant (name them)' },
      { term: 'fine motor', plain: 'using my hands and fingers' },
    ]);
    expect(findJargon('I like salt on my chips and TAKE turns')).toEqual([]);
    expect(findJargon('self-regulation')).toEqual([{ term: 'self-regulation', plain: 'calming down when I feel upset' }]);
  });
});
