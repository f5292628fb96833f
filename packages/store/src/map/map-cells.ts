/**
 * The fine grid a map counts events on before binning them: cells of 0.05° of latitude by 0.05°
 * of longitude (about 5.5 by 3.5 km over Ukraine), numbered row-major from the south-west corner
 * of the globe. Fine enough for the smallest hexagon (10 km), coarse enough that a whole country's
 * events group into a few thousand cells.
 */
export const CELL_DEGREES = 0.05
const COLUMNS = Math.round(360 / CELL_DEGREES)

export const cellOf = (lat: number, lon: number): number => {
  const row = Math.floor((lat + 90) / CELL_DEGREES)
  const column = Math.min(COLUMNS - 1, Math.floor((lon + 180) / CELL_DEGREES))
  return row * COLUMNS + column
}

/** A cell's centre. */
export const cellCentre = (cell: number): { lat: number; lon: number } => {
  const row = Math.floor(cell / COLUMNS)
  const column = cell - row * COLUMNS
  return {
    lat: (row + 0.5) * CELL_DEGREES - 90,
    lon: (column + 0.5) * CELL_DEGREES - 180,
  }
}
