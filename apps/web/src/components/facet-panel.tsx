import { type FacetCount, type FacetName, type Facets, facetFilterParam } from '@sitrep/domain'
import Link from 'next/link'
import { hrefWith } from '../lib/query-params.ts'
import { kindLabels } from '../lib/record-view.ts'

const headings: { [F in FacetName]: string } = {
  kind: 'Kind',
  oblast: 'Oblast or region',
  attacker: 'Attacker',
  weapon: 'Weapon',
  dataset: 'Dataset or outlet',
  disputed: 'Disputes',
}

const labelOf = (facet: FacetName, entry: FacetCount): string =>
  facet === 'kind' && entry.value && entry.value in kindLabels
    ? kindLabels[entry.value as keyof typeof kindLabels]
    : entry.label

/** "1,234", or "1,234+" when the API stopped counting (a lower bound). */
const countText = (entry: FacetCount) =>
  `${entry.count.toLocaleString('en-GB')}${entry.exact ? '' : '+'}`

interface Props {
  readonly path: string
  /** The page URL's parameters, cursor included (each link starts the list again). */
  readonly params: Readonly<Record<string, string>>
  readonly facets: Facets
}

/**
 * The list's matches counted by facet, beside the filters, as Datasette shows them: each value
 * a link that adds its filter to the view (from the first page); a set value links to its removal.
 */
export function FacetPanel({ path, params, facets }: Props) {
  const { cursor: _cursor, ...view } = params
  const shown = (Object.keys(headings) as FacetName[]).filter((f) => facets[f]?.length)
  if (shown.length === 0) return null
  return (
    <aside className="facets" aria-label="Facets">
      {shown.map((facet) => {
        const param = facetFilterParam[facet]
        const { [param]: current, ...without } = view
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`}>{headings[facet]}</h3>
            <ul>
              {facets[facet]?.map((entry) => (
                <li key={entry.value ?? 'other'}>
                  {entry.value === null ? (
                    <span className="muted">{labelOf(facet, entry)}</span>
                  ) : entry.value === current ? (
                    <>
                      <strong>{labelOf(facet, entry)}</strong>{' '}
                      <Link
                        href={hrefWith(path, without)}
                        aria-label={`Remove ${labelOf(facet, entry)}`}
                      >
                        ×
                      </Link>
                    </>
                  ) : (
                    <Link href={hrefWith(path, { ...without, [param]: entry.value })}>
                      {labelOf(facet, entry)}
                    </Link>
                  )}{' '}
                  <span className="count">{countText(entry)}</span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </aside>
  )
}
