#!/bin/sh
# Starts the production build: prepares the database, then serves.
# The same commands run in the api container, under `npm start` and in
# the end-to-end tests. Run from the build directory (api/build).
set -eu

# Without a configured APP_KEY (a bare `docker compose up`), use a key
# generated once and kept in APP_KEY_FILE, so sessions survive restarts.
if [ -z "${APP_KEY:-}" ] && [ -n "${APP_KEY_FILE:-}" ]; then
  if [ ! -s "$APP_KEY_FILE" ]; then
    mkdir -p "$(dirname "$APP_KEY_FILE")"
    node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url'))" > "$APP_KEY_FILE"
  fi
  APP_KEY=$(cat "$APP_KEY_FILE")
  export APP_KEY
fi

node ace db:create
node ace migration:run --force
exec node bin/server.js
