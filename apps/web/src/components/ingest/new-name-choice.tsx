import { addValue } from '../../app/ingest/add-value.ts'
import type { EntryOption, ReviewNewName } from '../../app/ingest/ingest-state.ts'

/** The datalist every new place's field suggests from; rendered once per form (see ReviewForm). */
export const PLACE_ENTRIES = 'ingest-place-entries'

/** The control's element id, which the draft cards link to. */
export const nameControlId = (field: string) => field.replaceAll('.', '-')

/** A draft card's element id, which a name's list of drafts links to. */
export const draftCardId = (draftId: string) => `draft-${draftId}`

const groups = (options: readonly EntryOption[]) => {
  const byGroup = new Map<string, EntryOption[]>()
  for (const o of options) byGroup.set(o.group, [...(byGroup.get(o.group) ?? []), o])
  return [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))
}

/**
 * One name no dictionary holds, for every draft that reads it: kept new under its proposed id
 * unless the editor maps it to an existing entry. Actors are few enough for a select; places
 * come from a datalist of the gazetteer, which accepts an id or a name and works without
 * JavaScript.
 */
export function NewNameChoice({
  newName,
  actors,
  actorKinds,
}: {
  newName: ReviewNewName
  actors: readonly EntryOption[]
  /** What a new actor may be added to the dictionary as. */
  actorKinds: readonly string[]
}) {
  const id = nameControlId(newName.field)
  const hint = `${id}-hint`
  const uses = `${id}-uses`
  return (
    <div className="field new-name" data-new-name={newName.proposedId}>
      <label htmlFor={id}>
        “{newName.name}” ({newName.type})
      </label>
      {newName.type === 'actor' ? (
        // Keyed on the choice: React applies a select's defaultValue only when it mounts, and
        // the form resets to it after each answer of the action (a check of the mappings).
        <select
          key={newName.value}
          id={id}
          name={newName.field}
          defaultValue={newName.value}
          aria-describedby={`${hint} ${uses}`}
        >
          <option value="">Keep as a new actor ({newName.proposedId})</option>
          <optgroup label="add to the dictionary as a new">
            {actorKinds.map((kind) => (
              <option key={kind} value={addValue(kind)}>
                {kind.replaceAll('-', ' ')}: {newName.name}
              </option>
            ))}
          </optgroup>
          {groups(actors).map(([group, options]) => (
            <optgroup key={group} label={group.replaceAll('-', ' ')}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={newName.field}
          list={PLACE_ENTRIES}
          defaultValue={newName.value}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${hint} ${uses}`}
        />
      )}
      <span id={hint} className="muted">
        {newName.mappedTo ? (
          <strong data-testid="name-mapped">
            Mapped to {newName.mappedTo.name} ({newName.mappedTo.id})
          </strong>
        ) : newName.adds ? (
          <strong data-testid="name-added">
            Added to the dictionary on publishing: a new {newName.adds.replaceAll('-', ' ')},{' '}
            <code>{newName.proposedId}</code>
          </strong>
        ) : (
          <>
            New: published as <code>{newName.proposedId}</code>
            {newName.type === 'place' ? '; type a place of the gazetteer to map it instead' : ''}
          </>
        )}
      </span>
      <span id={uses} className="muted" data-testid="name-used-in">
        {newName.usedIn.length === 1 ? 'In ' : `In ${newName.usedIn.length} drafts: `}
        {newName.usedIn.map((use, i) => (
          <span key={use.draftId}>
            {i ? ', ' : ''}
            <a href={`#${draftCardId(use.draftId)}`}>“{use.title}”</a>
          </span>
        ))}
      </span>
    </div>
  )
}
