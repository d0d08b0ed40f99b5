#!/bin/sh
# Runs the background-job worker of the production build (api/build),
# with the same APP_KEY fallback as bin/start.sh.
set -eu

if [ -z "${APP_KEY:-}" ] && [ -n "${APP_KEY_FILE:-}" ] && [ -s "$APP_KEY_FILE" ]; then
  APP_KEY=$(cat "$APP_KEY_FILE")
  export APP_KEY
fi

exec node ace queue:work
