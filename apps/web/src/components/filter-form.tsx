import { AidCategory, AidStage, type RecordFilter, RecordKind, TalkStatus } from '@sitrep/domain'
import type { Dictionaries } from '../lib/api.ts'
import { DEFAULT_SORT, type ListSort, sortLabels } from '../lib/list-order.ts'
import { kindLabels } from '../lib/record-view.ts'

type Field = 'kind' | 'dates' | 'place' | 'actor' | 'status' | 'stage' | 'category' | 'q' | 'sort'

const SORTS: readonly ListSort[] = ['-date', 'date']

interface Props {
  /** The page the form submits to, with GET: the filters end up in the URL. */
  readonly action: string
  readonly values: Partial<RecordFilter>
  readonly fields: readonly Field[]
  readonly dict: Dictionaries
}

function Select<T extends string>(props: {
  name: string
  label: string
  value: T | undefined
  options: readonly { value: T; label: string }[]
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ''}>
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

const asOptions = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: value }))

/** Filters set from the facet links, which the form has no field for: kept when it is applied. */
const facetFilters = (values: Partial<RecordFilter>): [string, string][] =>
  (['attackerId', 'weapon', 'dataset', 'disputed'] as const).flatMap((name) => {
    const value = values[name]
    return value === undefined ? [] : [[name, String(value)]]
  })

/**
 * The analyst's filters as a plain GET form: it works without JavaScript, and the resulting URL
 * is the shareable view. The page parses it back with the domain's `RecordQuery`.
 */
export function FilterForm({ action, values, fields, dict }: Props) {
  const has = (f: Field) => fields.includes(f)
  const places = [...dict.places]
    .filter((p) => p.kind !== 'airport' && p.kind !== 'venue')
    .sort((a, b) => a.name.localeCompare(b.name))
  const actors = [...dict.actors].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <form action={action} method="get" className="filters" aria-label="Filters">
      {facetFilters(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {has('q') ? (
        <label>
          <span>Text</span>
          <input type="search" name="q" defaultValue={values.q ?? ''} />
        </label>
      ) : null}
      {has('kind') ? (
        <fieldset>
          <legend>Kinds</legend>
          {RecordKind.options.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                name="kind"
                value={kind}
                defaultChecked={values.kind?.includes(kind) ?? false}
              />
              {kindLabels[kind]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {has('dates') ? (
        <>
          <label>
            <span>From</span>
            <input type="date" name="from" defaultValue={values.from ?? ''} />
          </label>
          <label>
            <span>To</span>
            <input type="date" name="to" defaultValue={values.to ?? ''} />
          </label>
        </>
      ) : null}
      {has('place') ? (
        <Select
          name="placeId"
          label="Place"
          value={values.placeId}
          options={places.map((p) => ({ value: p.id, label: `${p.name} (${p.kind})` }))}
        />
      ) : null}
      {has('actor') ? (
        <Select
          name="actorId"
          label="Actor"
          value={values.actorId}
          options={actors.map((a) => ({ value: a.id, label: a.name }))}
        />
      ) : null}
      {has('status') ? (
        <Select
          name="status"
          label="Talk status"
          value={values.status}
          options={asOptions(TalkStatus.options)}
        />
      ) : null}
      {has('stage') ? (
        <Select
          name="stage"
          label="Aid stage"
          value={values.stage}
          options={asOptions(AidStage.options)}
        />
      ) : null}
      {has('category') ? (
        <Select
          name="category"
          label="Aid category"
          value={values.category}
          options={asOptions(AidCategory.options)}
        />
      ) : null}
      {has('sort') ? (
        <label>
          <span>Order</span>
          <select name="sort" defaultValue={values.sort ?? DEFAULT_SORT}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {sortLabels[sort]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="actions">
        <button type="submit">Apply filters</button>
        <a href={action}>Clear</a>
      </div>
    </form>
  )
}
