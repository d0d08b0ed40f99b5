/*
|--------------------------------------------------------------------------
| Scheduler
|--------------------------------------------------------------------------
|
| Recurring jobs, registered when the worker starts (`node ace
| queue:work`) and run by it.
|
*/

import app from '@adonisjs/core/services/app'
import PurgeTrashJob from '#jobs/purge_trash_job'
import PhotoCleanupJob from '#jobs/photo_cleanup_job'
import ImportCleanupJob from '#jobs/import_cleanup_job'

/**
 * Only the worker registers schedules: other commands (migrations at
 * deploy time) must not wait on Redis, and codegen only assembles the
 * app without running it.
 */
const isWorker = process.argv.includes('queue:work')

if (isWorker && app.getMode() === 'run') {
  await PurgeTrashJob.schedule({}).id('purge-trash').every('1h').run()
  await PhotoCleanupJob.schedule({}).id('photo-cleanup').every('24h').run()
  await ImportCleanupJob.schedule({}).id('import-cleanup').every('1h').run()
}
