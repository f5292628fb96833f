export { actorById, actors } from './actors.ts'
