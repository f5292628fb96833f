import type { FieldIssue } from '@sitrep/domain'

/** A URL the filters could not read: which parameter, and what is wrong with it. */
export function QueryIssues({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <div role="alert" className="notice error">
      <h2>These filters cannot be read</h2>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
