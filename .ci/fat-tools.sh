#!/usr/bin/env bash
# Makes sure the FAT write tests (VfatMount) can mount a FAT image: mkfs.vfat (dosfstools), and fusefat where the
# kernel has no FAT driver. Under CI=true those tests fail rather than skip without them.
# Safe to run again: it installs only what is missing.
set -euo pipefail

log() { printf '[fat-tools] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# A user's PATH often leaves the system folders out.
has() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ]; }

missing=()
has mkfs.vfat || missing+=(dosfstools)
grep -qw vfat /proc/filesystems 2>/dev/null || has fusefat || missing+=(fusefat)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
