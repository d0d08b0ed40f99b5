import { Notify } from 'quasar'
import { errorsOf } from '@/services/api'

/**
 * A toast saying what just happened, with an Undo button that reverts it.
 * A failing undo says so in plain words.
 */
export function notifyWithUndo(message: string, undo: () => Promise<unknown>) {
  Notify.create({
    message,
    timeout: 8000,
    actions: [
      {
        label: 'Undo',
        color: 'yellow',
        'aria-label': `Undo: ${message}`,
        handler: () => {
          undo().catch((error: unknown) => {
            Notify.create({
              type: 'negative',
              message: `Could not undo: ${errorsOf(error)[0]?.message ?? 'unknown error'}`,
            })
          })
        },
      },
    ],
  })
}
