#!/bin/sh
# Creates a self-signed certificate for local development when none is
# supplied. Usage: make-dev-cert.sh <cert-file> <key-file>
# Existing files are left untouched. The key never leaves this machine:
# nginx/certs/ is git-ignored.
set -eu

cert=${1:?usage: make-dev-cert.sh <cert-file> <key-file>}
key=${2:?usage: make-dev-cert.sh <cert-file> <key-file>}

if [ -s "$cert" ] && [ -s "$key" ]; then
  exit 0
fi

mkdir -p "$(dirname "$cert")" "$(dirname "$key")"
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -days 825 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
  -addext "keyUsage=digitalSignature" \
  -addext "extendedKeyUsage=serverAuth" \
  -keyout "$key" -out "$cert" 2>/dev/null
chmod 644 "$cert"
echo "Created a self-signed development certificate: $cert"
