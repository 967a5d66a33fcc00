#!/usr/bin/env bash
# One command from a fresh clone to a working project: system packages (Chromium for PDFs,
# poppler for the PDF tests, LibreOffice's Writer and Arial's metric twin Liberation Sans for the
# test that opens the Word export), npm dependencies, the build, then the main job on examples/:
# validate, build the portal of the examples' MPP (every unit's site under it) into site/, and each
# unit's site with its PDFs into site/pdf/.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 atau lebih baru diperlukan (terpasang: $(node --version 2>/dev/null || echo tidak ada))." >&2
  echo "Node.js 20 or newer is required." >&2
  exit 1
fi

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -n "$(fc-list 'Liberation Sans' 2>/dev/null)" ] || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  say "Memasang paket sistem: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); elif command -v sudo >/dev/null 2>&1; then apt_get=(sudo apt-get); else apt_get=(); fi
  if [ ${#apt_get[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    "${apt_get[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Tidak dapat memasang ${missing[*]} otomatis (perlu root dan apt-get)." >&2
    echo "Pasang sendiri: sudo apt-get install -y ${missing[*]}" >&2
    echo "atau arahkan PUPPETEER_EXECUTABLE_PATH ke Chromium/Chrome yang sudah ada." >&2
    echo "Cannot install ${missing[*]} automatically (needs root and apt-get); install them yourself." >&2
    exit 1
  fi
fi

say "Memasang dependensi npm"
# .puppeteerrc.cjs skips puppeteer's browser download: Debian's Chromium is used.
if ! npm ci --no-audit --no-fund --loglevel=error; then
  # A lock written on another platform can miss optional packages this registry serves differently.
  echo "npm ci menolak package-lock.json; memasang dengan npm install." >&2
  npm install --no-audit --no-fund --loglevel=error
fi

say "Membangun (TypeScript → dist/)"
npm run build --silent

say "Memeriksa examples/"
node bin/standar.js validate examples/

say "Membangun portal Mal Pelayanan Publik dari examples/ ke site/, dengan dasbor kesiapan dokumen"
node bin/standar.js build examples/ --out site/ --audit

say "Membangun situs dan PDF setiap unit ke site/pdf/"
for unit in examples/*/; do
  node bin/standar.js build "$unit" --to pdf --out "site/pdf/$(basename "$unit")"
done

say "Selesai. Buka site/index.html (portal MPP) di peramban; PDF setiap unit di site/pdf/."
