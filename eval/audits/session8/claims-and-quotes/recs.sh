#!/bin/sh
# compact record list of a dump file: file, start, C/M, kind value, text
awk '/^######## /{f=$2} /^\[/{print f, $0}' "$1"
