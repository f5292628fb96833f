import { describe, expect, it } from 'vitest'
import { parsePyLiteral, pyCountDict, pyStringList } from './python-literal.ts'

describe('Python literals in the Air Force file', () => {
  it('reads a dict of counts with NaN as mentioned-without-number', () => {
    expect(pyCountDict("{'south': 11, 'west': 3, 'east': NaN}")).toEqual([
      { key: 'south', count: 11 },
      { key: 'west', count: 3 },
      { key: 'east', count: undefined },
    ])
  })
  it('reads a list of oblasts and a plain name alike', () => {
    expect(pyStringList("['Sumy oblast', 'Odesa oblast']")).toEqual(['Sumy oblast', 'Odesa oblast'])
    expect(pyStringList('Kyiv oblast')).toEqual(['Kyiv oblast'])
  })
  it('reads float counts and multi-line dicts of strings', () => {
    expect(parsePyLiteral("{'russia': 1.0}")).toEqual({ russia: 1 })
    expect(
      parsePyLiteral(
        "{        'Iskander-K': 'Kursk oblast and Voronezh oblast',        'Kalibr': 'Black Sea'    }",
      ),
    ).toEqual({ 'Iskander-K': 'Kursk oblast and Voronezh oblast', Kalibr: 'Black Sea' })
  })
  it('refuses anything that is not a literal', () => {
    expect(() => parsePyLiteral("__import__('os')")).toThrow()
  })
})
