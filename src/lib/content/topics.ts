/** The guidance topics, in the order the guidance index shows them. */
export const TOPICS = [
  { id: 'basics', title: 'The basics' },
  { id: 'cycle', title: 'Assess, Plan, Do, Review' },
  { id: 'plans', title: 'Plans and outcomes' },
  { id: 'meetings', title: 'Meetings and working together' },
  { id: 'next-steps', title: 'When you need more help' },
  { id: 'staff', title: 'For school staff' },
  { id: 'changes', title: 'What may change' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export function audienceLabel(audience: readonly string[]): string {
  const names = audience.map((a) => (a === 'parents' ? 'parents and carers' : 'school staff'));
  return `For ${names.join(' and ')}`;
}
