/**
 * A repeating group (outcomes), as the GOV.UK "add another" pattern: each item under its own
 * heading, "Remove outcome 2" buttons, and "Add another outcome", which moves focus into the new
 * item's first box. A gentle note shows outside the recommended number; it never stops anyone.
 */
import { memo } from 'react';
import { addButtonDomId, fieldDomId, itemDomId, pathKey, type FieldPath } from '../../lib/forms/paths';
import type { GroupField, GroupItem, LeafField } from '../../lib/forms/schema';
import { ErrorMessage, FieldControl, Hint, type LeafChange } from './fields';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

interface Props {
  group: GroupField;
  leaves: LeafField[];
  items: GroupItem[];
  errors: Map<string, string>;
  /** Heading level of each item ("Outcome 1"). */
  level: 2 | 3;
  onChange: LeafChange;
  onAdd: (groupId: string) => void;
  onRemove: (groupId: string, index: number) => void;
}

interface ItemProps {
  group: GroupField;
  leaves: LeafField[];
  index: number;
  item: GroupItem;
  count: number;
  errors: Map<string, string>;
  level: 2 | 3;
  onChange: LeafChange;
  onRemove: (groupId: string, index: number) => void;
}

const Item = memo(function Item({ group, leaves, index, item, count, errors, level, onChange, onRemove }: ItemProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = itemDomId(group.id, index);
  const name = `${group.itemLabel} ${index + 1}`;
  return (
    <div className="group-item" role="group" aria-labelledby={headingId}>
      <Heading className="group-item__heading" id={headingId} tabIndex={-1}>
        {name}
      </Heading>
      {leaves.map((leaf) => {
        const path: FieldPath = { fieldId: group.id, index, leafId: leaf.id };
        return <FieldControl key={leaf.id} field={leaf} path={path} value={item[leaf.id]} error={errors.get(pathKey(path))} onChange={onChange} />;
      })}
      {count > group.min && (
        <button type="button" id={`remove_${group.id}_${index}`} className="button button--secondary" onClick={() => onRemove(group.id, index)}>
          Remove {name.toLowerCase()}
        </button>
      )}
    </div>
  );
});

export const GroupControl = memo(function GroupControl({ group, leaves, items, errors, level, onChange, onAdd, onRemove }: Props) {
  const count = items.length;
  const name = group.itemLabel.toLowerCase();
  const groupError = errors.get(group.id);
  const rec = group.recommended;
  const outside = rec && (count < rec.min || count > rec.max);
  // Errors for items are keyed by item; give each item only its own, so typing in one item
  // does not re-render the others.
  return (
    <div className={`group${groupError ? ' form-group--error' : ''}`}>
      {group.hint && <Hint id={`${fieldDomId({ fieldId: group.id })}-hint`}>{group.hint}</Hint>}
      {items.map((item, index) => (
        <Item
          key={index}
          group={group}
          leaves={leaves}
          index={index}
          item={item}
          count={count}
          errors={itemErrors(errors, group.id, index)}
          level={level}
          onChange={onChange}
          onRemove={onRemove}
        />
      ))}
      {outside && (
        <div className="inset-text">
          <p>
            You have {inWords(count)} {count === 1 ? name : `${name}s`}. {group.recommendedNote ?? `Most plans have ${rec.min} to ${rec.max}.`}
          </p>
        </div>
      )}
      {groupError && <ErrorMessage id={`${addButtonDomId(group.id)}-error`} message={groupError} />}
      {count < group.max ? (
        <button
          type="button"
          id={addButtonDomId(group.id)}
          className="button button--secondary"
          aria-describedby={groupError ? `${addButtonDomId(group.id)}-error` : undefined}
          onClick={() => onAdd(group.id)}
        >
          {count === 0 ? `Add ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}` : `Add another ${name}`}
        </button>
      ) : (
        <p className="hint" id={addButtonDomId(group.id)} tabIndex={-1}>
          You have added {inWords(group.max)} {name}s, the most this plan allows.
        </p>
      )}
    </div>
  );
});

/** Cache of per-item error maps, so an item whose errors did not change keeps the same map. */
const EMPTY = new Map<string, string>();
const cache = new WeakMap<Map<string, string>, Map<string, Map<string, string>>>();
function itemErrors(errors: Map<string, string>, groupId: string, index: number): Map<string, string> {
  if (errors.size === 0) return EMPTY;
  let byItem = cache.get(errors);
  if (!byItem) {
    byItem = new Map();
    cache.set(errors, byItem);
  }
  const key = `${groupId}.${index}`;
  let map = byItem.get(key);
  if (!map) {
    map = new Map([...errors].filter(([k]) => k.startsWith(`${key}.`)));
    if (map.size === 0) map = EMPTY;
    byItem.set(key, map);
  }
  return map;
}
