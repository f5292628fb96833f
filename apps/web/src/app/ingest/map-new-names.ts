import { Draft, type EntityRename, renameEntity } from '@sitrep/domain'

export type MappedDraft =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly error: string }

/**
 * The draft with the names the editor mapped linked to their existing entries, and those names
 * no longer flagged as new. The result is parsed again: mapping both parties of a talk onto one
 * actor would leave a record the API refuses, and the editor should hear why here.
 */
export const mapNewNames = (draft: Draft, renames: readonly EntityRename[]): MappedDraft => {
  if (renames.length === 0) return { ok: true, draft }
  const mapped = (n: Draft['newNames'][number]) =>
    renames.some((r) => r.type === n.type && r.from === n.proposedId)
  const candidate: Draft = {
    record: renames.reduce((record, rename) => renameEntity(record, rename), draft.record),
    newNames: draft.newNames.filter((n) => !mapped(n)),
  }
  const parsed = Draft.safeParse(candidate)
  if (parsed.success) return { ok: true, draft: candidate }
  const issue = parsed.error.issues[0]
  const where = issue?.path.filter((p) => typeof p !== 'symbol').join('.') ?? ''
  return {
    ok: false,
    error: `With these names mapped, “${draft.record.title}” is no longer a valid record (${where}: ${issue?.message ?? 'invalid'}); keep a name new or map it elsewhere.`,
  }
}
