/** The two SQL grammars the migrations speak; D1 is SQLite. */
export type SqlFamily = 'sqlite' | 'postgres'
