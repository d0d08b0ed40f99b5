#!/bin/sh
# Run by the nginx image's entrypoint before it renders the templates:
# creates a self-signed certificate when none is mounted.
set -eu
/usr/local/bin/make-dev-cert.sh "$TLS_CERT" "$TLS_KEY"
