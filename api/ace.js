/*
|--------------------------------------------------------------------------
| JavaScript entrypoint for running ace commands
|--------------------------------------------------------------------------
|
| Registers the TypeScript loader, then imports the console entrypoint.
| The production build replaces this file with a plain JavaScript one.
|
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
