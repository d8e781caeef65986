/**
 * Answers as plain text, for the check-your-answers page, the printable view and the list of
 * answers changed in a PDF reader.
 */
import { formatDate } from './dates';
import type { LeafField, LeafValue } from './schema';

/** A leaf answer as the person would read it; '' when empty. */
export function displayLeaf(field: LeafField, value: LeafValue | undefined): string {
  if (value === undefined) return '';
  switch (field.kind) {
    case 'date':
      return typeof value === 'string' ? formatDate(value) : '';
    case 'choice':
      return typeof value === 'string' ? (field.options.find((o) => o.value === value)?.label ?? value) : '';
    case 'choices':
      return Array.isArray(value) ? value.map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(', ') : '';
    case 'person': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
      const name = value.name.trim();
      const role = value.role.trim();
      return name && role ? `${name} (${role})` : name || role;
    }
    default:
      return typeof value === 'string' ? value : '';
  }
}
