import type { Stance, Statement } from '@sitrep/domain'

/** A statement that corrects or denies a record, with the stance its words carry. */
export interface AnsweringStatement {
  readonly statement: Statement
  readonly stance: Stance
}

/**
 * Statements about a record that correct or deny it: "Moscow denied striking the city" asserts
 * no figure of the attack, so it is kept as the denier's statement about it (domain README) and
 * shown on the record beside its facts. A denial is listed before a correction.
 */
export const answeringStatements = (
  recordId: string,
  statements: readonly Statement[],
): AnsweringStatement[] =>
  statements
    .flatMap((statement) => {
      const stance = statement.claims.find((c) => c.stance)?.stance
      return stance && statement.aboutIds.includes(recordId) ? [{ statement, stance }] : []
    })
    .sort((a, b) => Number(b.stance.type === 'denial') - Number(a.stance.type === 'denial'))
