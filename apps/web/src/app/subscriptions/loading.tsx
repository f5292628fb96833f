import { RouteLoading } from '../../components/route-loading.tsx'

export default function Loading() {
  return <RouteLoading what="the webhooks" />
}
