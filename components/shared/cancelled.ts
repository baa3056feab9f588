/** Why a job stopped when its signal aborted (worker-job.ts, and the slices that work on the page instead). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}
