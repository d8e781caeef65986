/**
 * Where an answer lives, and the id of the element that receives focus for it. Template ids
 * allow only letters, digits and hyphens, so "_" separates the parts without any clash.
 */

/** A top-level field, or one field of one item of a repeating group. */
export type FieldPath = { fieldId: string } | { fieldId: string; index: number; leafId: string };

export function isItemPath(path: FieldPath): path is { fieldId: string; index: number; leafId: string } {
  return 'index' in path;
}

/** Base element id of a field: "f_childName", "f_outcomes_2_keyPerson". */
export function fieldDomId(path: FieldPath): string {
  return isItemPath(path) ? `f_${path.fieldId}_${path.index}_${path.leafId}` : `f_${path.fieldId}`;
}

/** Id of a group item's container (its heading receives focus after removals). */
export function itemDomId(groupId: string, index: number): string {
  return `item_${groupId}_${index}`;
}

/** Id of a group's "Add another" button. */
export function addButtonDomId(groupId: string): string {
  return `add_${groupId}`;
}

/** A stable string key for a path, used in maps of errors. */
export function pathKey(path: FieldPath): string {
  return isItemPath(path) ? `${path.fieldId}.${path.index}.${path.leafId}` : path.fieldId;
}

/** Id of the first box of a field of this kind (the one a "Change" link or "Add another" focuses). */
export function inputDomId(kind: string, path: FieldPath): string {
  const base = fieldDomId(path);
  if (kind === 'date') return `${base}_day`;
  if (kind === 'person') return `${base}_name`;
  return base;
}
