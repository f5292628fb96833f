import type { StatementRow } from '../lib/statement-figures.ts'

/** A count per speaker or channel as a plain table: read in order by screen readers, unlike an SVG. */
export function StatementTable({
  caption,
  heading,
  rows,
}: {
  caption: string
  heading: string
  rows: readonly StatementRow[]
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              Statements
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.statements}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
