/** How a reference is named in running text: "Code of Practice 6.48", "Children and Families Act 2014, s36". */
export interface ReferenceLike {
  source: string;
  locator: string;
  status: 'confirmed' | 'unconfirmed';
}

const SHORT_SOURCE: Record<string, string> = {
  'SEND Code of Practice 2015': 'SEND Code of Practice',
  'Children and Families Act 2014': 'Children and Families Act 2014',
  'SEND Regulations 2014': 'SEND Regulations 2014',
  'Schools White Paper 2026': 'Schools White Paper 2026',
};

export function referenceLabel(ref: ReferenceLike): string {
  const source = SHORT_SOURCE[ref.source] ?? ref.source;
  if (/^\d/.test(ref.locator)) return `${source}, paragraph ${ref.locator}`;
  return `${source}, ${ref.locator}`;
}

/** A compact label for inline citations: "CoP 6.48", "CFA 2014 s36". */
export function shortReferenceLabel(ref: ReferenceLike): string {
  const short: Record<string, string> = {
    'SEND Code of Practice 2015': 'Code of Practice',
    'Children and Families Act 2014': 'Children and Families Act',
    'SEND Regulations 2014': 'SEND Regulations',
    'Schools White Paper 2026': 'White Paper',
  };
  const source = short[ref.source] ?? ref.source;
  return /^\d/.test(ref.locator) ? `${source} ${ref.locator}` : `${source}, ${ref.locator}`;
}
