import { SitrepApiError } from '@sitrep/client'
import { notFound } from 'next/navigation'

/** The API's 404 becomes the page's 404; any other failure goes to the route's error.tsx. */
export const orNotFound = async <T>(pending: Promise<T>): Promise<T> => {
  try {
    return await pending
  } catch (error) {
    if (error instanceof SitrepApiError && error.status === 404) notFound()
    throw error
  }
}
