import { platform, setPriority } from 'node:os'

/**
 * Lowers the calling thread's priority: Linux keeps a nice value per thread and pid 0 names the
 * calling one. Elsewhere the value is the whole process's, which would slow the API's event loop
 * too, so other platforms keep the normal priority.
 */
export const lowerThreadPriority = (niceness: number): void => {
  if (niceness === 0 || platform() !== 'linux') return
  try {
    setPriority(0, niceness)
  } catch {
    // Refused (a sandbox without the right): the thread keeps the normal priority.
  }
}
