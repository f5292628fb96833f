export {
  type DeliveryWorker,
  type DeliveryWorkerOptions,
  deliveryWorker,
  type RoundReport,
  startDeliveryLoop,
} from './delivery-worker.ts'
export { newSealingKey, type SecretBox, secretBox } from './secret-box.ts'
