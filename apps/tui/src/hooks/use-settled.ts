import { useEffect, useState } from 'react'

/**
 * `value` once it has stopped changing for `ms`: a bulk import announces thousands of writes,
 * and the dashboard should refetch once they pause, not once per write.
 */
export const useSettled = <T>(value: T, ms: number): T => {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
