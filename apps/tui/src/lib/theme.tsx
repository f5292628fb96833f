import { createContext, useContext } from 'react'

/** Colours by role, so NO_COLOR turns every one of them off in one place. */
export interface Theme {
  readonly accent: string | undefined
  readonly fresh: string | undefined
  readonly muted: string | undefined
  readonly danger: string | undefined
  readonly ok: string | undefined
  readonly warn: string | undefined
}

const colours: Theme = {
  accent: 'cyan',
  fresh: 'green',
  muted: 'gray',
  danger: 'red',
  ok: 'green',
  warn: 'yellow',
}
const plain: Theme = {
  accent: undefined,
  fresh: undefined,
  muted: undefined,
  danger: undefined,
  ok: undefined,
  warn: undefined,
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export const themeFor = (env: Readonly<Record<string, string | undefined>>): Theme =>
  env.NO_COLOR ? plain : colours

export const ThemeContext = createContext<Theme>(colours)
export const useTheme = (): Theme => useContext(ThemeContext)
